package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "Tokayev discussed the incident by telephone with Vladimir Putin, who accused Ukraine of
 * terrorism, the Kremlin said": the parser hangs "with Vladimir Putin" on the closing "said"
 * ({@code obl:with(said, Putin)}), so the talk loses whom it was with. A closing attribution
 * ({@code parataxis(discussed, said)}, its subject after the comma before it) takes nothing told
 * before that comma: a prepositional phrase there goes back to the clause it closes ({@code
 * obl:with(discussed, Putin)}).
 */
public final class PhraseHungOnClosingAttribution implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency closing : sentence) {
      int clause = closing.governor();
      int saying = closing.dependent();
      if (clause < 0 || !closing.relation().equals("parataxis") || saying < clause || !RepairWords.isSaying(tokens.get(saying))) {
        continue;
      }
      int speaker = sentence.stream().filter(d -> d.governor() == saying && d.relation().equals("nsubj") && d.dependent() < saying)
          .mapToInt(Dependency::dependent).findFirst().orElse(-1);
      int comma = speaker < 0 ? -1 : lastCommaBefore(tokens, speaker, clause);
      if (comma < 0) {
        continue;
      }
      for (Dependency phrase : sentence) {
        if (phrase.governor() == saying && phrase.baseRelation().equals("obl") && phrase.dependent() > clause && phrase.dependent() < comma) {
          return DependencyEdits.replaced(sentence, phrase, new Dependency(clause, phrase.dependent(), phrase.relation()));
        }
      }
    }
    return sentence;
  }

  /** The comma right before the speaker's phrase ("..., the Kremlin said"), after the clause's verb. */
  private static int lastCommaBefore(List<Token> tokens, int speaker, int clause) {
    for (int i = speaker - 1; i > clause; i--) {
      if (tokens.get(i).text().equals(",")) {
        return i;
      }
      if (!tokens.get(i).tag().startsWith("NN") && !tokens.get(i).tag().equals("DT") && !tokens.get(i).tag().equals("JJ")
          && !tokens.get(i).tag().equals("POS")) {
        return -1;
      }
    }
    return -1;
  }
}
