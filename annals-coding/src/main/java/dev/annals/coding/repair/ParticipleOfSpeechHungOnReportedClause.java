package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Burkina Faso's government denied that the attackers had come from its territory, accusing Togo
 * of looking for scapegoats": the parser may hang the closing participle on the verb of the
 * reported clause ({@code dep(come, accusing)}), so that the attackers accuse. A participle of
 * speech after a comma, at the end of a that-clause of a verb of saying or denying, is the
 * speaker's: {@code advcl(denied, accusing)}.
 */
public final class ParticipleOfSpeechHungOnReportedClause implements ParseRepair {
  /** Participles that say something of someone: "accusing Togo", "calling the move illegal", "urging calm". */
  private static final Set<String> SPEECH = Set.of("accuse", "say", "call", "insist", "warn", "urge", "blame", "describe", "add", "claim", "argue", "note", "charge");
  private static final Set<String> HUNG = Set.of("dep", "advcl", "conj:and", "xcomp");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency hung : sentence) {
      int participle = hung.dependent();
      int clause = hung.governor();
      if (!HUNG.contains(hung.relation()) || clause < 0 || !tokens.get(participle).tag().equals("VBG") || !SPEECH.contains(tokens.get(participle).lemma())
          || participle == 0 || !tokens.get(participle - 1).text().equals(",")) {
        continue;
      }
      Optional<Dependency> reported = sentence.stream().filter(d -> d.dependent() == clause && d.relation().equals("ccomp") && d.governor() >= 0 && d.governor() < clause).findFirst();
      boolean thatClause = sentence.stream().anyMatch(d -> d.governor() == clause && d.relation().equals("mark") && tokens.get(d.dependent()).lemma().equalsIgnoreCase("that"));
      if (reported.isEmpty() || !thatClause) {
        continue;
      }
      int speaker = reported.get().governor();
      return DependencyEdits.mapped(sentence, d -> d == hung ? new Dependency(speaker, participle, "advcl") : d);
    }
    return sentence;
  }
}
