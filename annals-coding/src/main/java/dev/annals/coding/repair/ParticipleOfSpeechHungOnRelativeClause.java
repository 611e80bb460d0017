package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "A Kenyan court halted work on a power plant that Iceland has helped to finance, ruling that
 * families had been moved off the land": the parser may hang the closing participle on the last
 * verb of a relative clause ({@code dep(finance, ruling)}), so that Iceland rules. A participle of
 * speech or judgment after a comma, with no subject of its own, hung on a verb inside a relative
 * clause whose noun the sentence's main verb takes, is the main verb's: {@code advcl(halted,
 * ruling)}. (Inside a that-clause of saying, ParticipleOfSpeechHungOnReportedClause gives it to the
 * speaker.)
 */
public final class ParticipleOfSpeechHungOnRelativeClause implements ParseRepair {
  /** Participles that say or judge: those of speech ("accusing Togo", "calling the move illegal"), and "ruling that …". */
  private static final Set<String> SPEECH_OR_JUDGMENT = java.util.stream.Stream.concat(ParticipleOfSpeechHungOnReportedClause.SPEECH.stream(),
      java.util.stream.Stream.of("rule", "cite", "find")).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final Set<String> HUNG = Set.of("dep", "advcl", "conj:and", "xcomp");
  /** How a verb hangs inside the relative clause: the clause's own verb, or one it takes. */
  private static final Set<String> INSIDE = Set.of("xcomp", "ccomp", "conj:and");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int root = DependencyEdits.root(sentence);
    for (Dependency hung : sentence) {
      int participle = hung.dependent();
      if (!HUNG.contains(hung.relation()) || hung.governor() < 0 || hung.governor() == root || !tokens.get(participle).tag().equals("VBG")
          || !SPEECH_OR_JUDGMENT.contains(tokens.get(participle).lemma()) || participle == 0 || !tokens.get(participle - 1).text().equals(",")
          || sentence.stream().anyMatch(d -> d.governor() == participle && d.relation().startsWith("nsubj") && !d.relation().equals("nsubj:xsubj"))) {
        continue;
      }
      Optional<Integer> noun = relativeClausesNoun(sentence, hung.governor());
      if (noun.isEmpty() || sentence.stream().noneMatch(d -> d.governor() == root && d.dependent() == noun.get() && root < participle)) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == hung ? new Dependency(root, participle, "advcl") : d);
    }
    return sentence;
  }

  /** The noun whose relative clause the verb is, or lies inside. */
  private static Optional<Integer> relativeClausesNoun(List<Dependency> sentence, int verb) {
    int current = verb;
    for (int steps = 0; steps < 4; steps++) {
      Optional<Dependency> head = DependencyEdits.headEdge(sentence, current);
      if (head.isEmpty()) {
        return Optional.empty();
      }
      if (head.get().relation().equals("acl:relcl")) {
        return Optional.of(head.get().governor());
      }
      if (!INSIDE.contains(head.get().relation())) {
        return Optional.empty();
      }
      current = head.get().governor();
    }
    return Optional.empty();
  }
}
