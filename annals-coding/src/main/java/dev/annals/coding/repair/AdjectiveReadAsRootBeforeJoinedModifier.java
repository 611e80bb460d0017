package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Australian and New Zealand military aircraft flew tents … to Tonga": opening a sentence, two
 * joined modifiers of its subject may be read as a root adjective joined to the main verb ({@code
 * root(Australian)}, {@code conj:and(Australian, flew)}), so that the aircraft are New Zealand's
 * alone. When the root is the sentence's first word, an adjective or name, "and" follows it, and
 * the verb joined to it has a subject after it that carries the second modifier, the verb is the
 * root and the first word modifies the subject beside the second: {@code amod(aircraft,
 * Australian)}, {@code conj:and(Australian, Zealand)}.
 */
public final class AdjectiveReadAsRootBeforeJoinedModifier implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int root = DependencyEdits.root(sentence);
    int first = sentence.stream().mapToInt(Dependency::dependent).min().orElse(-1);
    if (root < 0 || root != first || !(tokens.get(root).tag().startsWith("JJ") || tokens.get(root).tag().equals("NNP"))
        || root + 1 >= tokens.size() || !tokens.get(root + 1).tag().equals("CC")) {
      return sentence;
    }
    Optional<Dependency> joined = sentence.stream().filter(d -> d.governor() == root && d.relation().startsWith("conj") && tokens.get(d.dependent()).isVerb()).findFirst();
    if (joined.isEmpty()) {
      return sentence;
    }
    int verb = joined.get().dependent();
    Optional<Integer> subject = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj") && d.dependent() > root + 1 && d.dependent() < verb)
        .map(Dependency::dependent).findFirst();
    if (subject.isEmpty()) {
      return sentence;
    }
    int noun = subject.get();
    // The second modifier: the subject's compound or adjective nearest after "and".
    Optional<Integer> second = sentence.stream().filter(d -> d.governor() == noun && (d.relation().equals("compound") || d.relation().equals("amod"))
        && d.dependent() > root + 1).map(Dependency::dependent).min(Integer::compare);
    Optional<Dependency> and = sentence.stream().filter(d -> d.dependent() == root + 1 && d.relation().equals("cc")).findFirst();
    if (second.isEmpty() || and.isEmpty()) {
      return sentence;
    }
    List<Dependency> mended = new ArrayList<>(DependencyEdits.rootedAt(sentence, root, verb, d -> {
      if (d == joined.get()) {
        return new Dependency(noun, root, tokens.get(root).tag().startsWith("JJ") ? "amod" : "compound");
      }
      if (d == and.get()) {
        return new Dependency(second.get(), root + 1, "cc");
      }
      return d;
    }));
    mended.add(new Dependency(root, second.get(), "conj:and"));
    return mended;
  }
}
