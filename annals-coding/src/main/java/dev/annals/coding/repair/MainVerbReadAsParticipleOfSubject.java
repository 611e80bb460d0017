package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "The Sudan People's Liberation Movement-in-Opposition accused Kampala of taking sides": after a
 * long name the tagger may take the main verb for a participle, and the parser then describes the
 * name by it ({@code acl(Movement, accused)}) and leaves the sentence with no verb at its root (the
 * article "The", with the name hung on it as {@code dep}). A sentence whose root is no verb, where
 * the noun at its root (or hung on the root article) is followed by a past verb with an object
 * of its own, has that verb for its root and the noun for its subject.
 */
public final class MainVerbReadAsParticipleOfSubject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int root = DependencyEdits.root(sentence);
    if (root < 0 || tokens.get(root).isVerb() || sentence.stream().anyMatch(d -> d.dependent() != root && d.governor() < 0)) {
      return sentence;
    }
    // The noun: the root itself, or the noun hung on a root article.
    Optional<Dependency> hung = tokens.get(root).tag().equals("DT")
        ? sentence.stream().filter(d -> d.governor() == root && d.relation().equals("dep") && tokens.get(d.dependent()).tag().startsWith("NN")).findFirst()
        : Optional.empty();
    int noun = hung.map(Dependency::dependent).orElse(root);
    if (!tokens.get(noun).tag().startsWith("NN")) {
      return sentence;
    }
    Optional<Dependency> participle = sentence.stream()
        .filter(d -> d.governor() == noun && d.relation().equals("acl") && d.dependent() > noun && RepairWords.isPastVerb(tokens.get(d.dependent()))
            && sentence.stream().anyMatch(o -> o.governor() == d.dependent() && o.relation().equals("obj")))
        .findFirst();
    // No clause of its own before the participle, but a relative clause on the name and its auxiliaries.
    if (participle.isEmpty() || sentence.stream().anyMatch(d -> tokens.get(d.dependent()).isVerb() && d.dependent() < participle.get().dependent()
        && !d.relation().startsWith("acl") && !d.relation().startsWith("aux") && !d.relation().equals("cop"))) {
      return sentence;
    }
    int verb = participle.get().dependent();
    return DependencyEdits.rootedAt(sentence, root, verb, d -> {
      if (d == participle.get()) {
        return new Dependency(verb, noun, "nsubj");
      }
      return hung.isPresent() && d == hung.get() ? new Dependency(noun, root, "det") : d;
    });
  }
}
