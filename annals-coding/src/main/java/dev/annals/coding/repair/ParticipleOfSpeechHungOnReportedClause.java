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
 * speaker's: {@code advcl(denied, accusing)}. So is one hung on a clause deeper inside what a
 * saying reports, a relative or subordinate clause of it, "that" or no "that".
 */
public final class ParticipleOfSpeechHungOnReportedClause implements ParseRepair {
  /** Participles that say something of someone: "accusing Togo", "calling the move illegal", "urging calm". */
  static final Set<String> SPEECH = Set.of("accuse", "say", "call", "insist", "warn", "urge", "blame", "describe", "add", "claim", "argue", "note", "charge");
  private static final Set<String> HUNG = Set.of("dep", "advcl", "conj:and", "xcomp");

  /** How a clause hangs inside the reported one: a relative clause or a subordinate one ("until Canberra paid the instalment it owed"). */
  private static final Set<String> SUBORDINATE = Set.of("acl:relcl", "acl", "advcl");

  /**
   * "Nauru's government said it would stop accepting people deported from Australia until
   * Canberra paid the second instalment it owed, accusing Australia of breaking its word": the
   * saying verb above a clause that lies inside a subordinate or relative clause of what it
   * reports, so deep that a participle closing the sentence cannot be that clause's.
   */
  private static Optional<Integer> speakerAboveSubordinate(List<Token> tokens, List<Dependency> sentence, int clause) {
    boolean subordinate = false;
    int current = clause;
    for (int steps = 0; steps < 8; steps++) {
      Optional<Dependency> head = DependencyEdits.headEdge(sentence, current);
      if (head.isEmpty()) {
        return Optional.empty();
      }
      subordinate |= SUBORDINATE.contains(head.get().relation()) || head.get().relation().startsWith("advcl:");
      if (head.get().relation().equals("ccomp") && RepairWords.isSaying(tokens.get(head.get().governor()))) {
        // The sentence's own saying, not one inside a relative clause ("defend not paying an
        // architect who said he was stiffed after he designed a clubhouse, saying, …": the
        // architect says nothing after it).
        return subordinate && isMainVerb(sentence, head.get().governor()) ? Optional.of(head.get().governor()) : Optional.empty();
      }
      current = head.get().governor();
    }
    return Optional.empty();
  }

  /** The sentence's root, or a verb joined to it. */
  private static boolean isMainVerb(List<Dependency> sentence, int verb) {
    int root = DependencyEdits.root(sentence);
    return verb == root || sentence.stream().anyMatch(d -> d.governor() == root && d.dependent() == verb && (d.relation().startsWith("conj") || d.relation().equals("parataxis")));
  }

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
      Optional<Integer> deepSpeaker = reported.isEmpty() || !thatClause ? speakerAboveSubordinate(tokens, sentence, clause) : Optional.empty();
      if ((reported.isEmpty() || !thatClause) && deepSpeaker.isEmpty()) {
        continue;
      }
      int speaker = deepSpeaker.orElseGet(() -> reported.get().governor());
      return DependencyEdits.mapped(sentence, d -> d == hung ? new Dependency(speaker, participle, "advcl") : d);
    }
    return sentence;
  }
}
