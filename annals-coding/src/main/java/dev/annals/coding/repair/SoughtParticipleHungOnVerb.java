package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Danish police arrested three people on Monday suspected of spying": with the day between them,
 * the parser hangs the participle that describes the people on the verb ({@code obl(arrested,
 * suspected)}) and the day on the participle ({@code obl:on(suspected, Monday)}). Being suspected
 * or wanted is what the object is, not how the act was done: the participle, right after the
 * object but for a day, describes the object ({@code acl(people, suspected)}), and the day is the
 * act's ({@code obl:on(arrested, Monday)}). The parser may also hang the participle on the day
 * itself ({@code acl(Monday, suspected)}).
 */
public final class SoughtParticipleHungOnVerb implements ParseRepair {
  /** Relations the parser gives such a participle on the verb. */
  private static final Set<String> LOOSE_RELATIONS = Set.of("obl", "advcl", "dep", "xcomp");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency loose : sentence) {
      int participle = loose.dependent();
      int verb = verbOfLooseParticiple(tokens, sentence, loose);
      if (verb < 0 || !tokens.get(participle).tag().equals("VBN")
          || !SceneOfActHungOnWanted.STATES_OF_BEING_SOUGHT.contains(tokens.get(participle).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Integer> object = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("obj") && d.dependent() < participle)
          .map(Dependency::dependent).findFirst();
      if (object.isEmpty() || !onlyADayBetween(tokens, object.get(), participle)) {
        continue;
      }
      int noun = object.get();
      return DependencyEdits.mapped(sentence, d -> {
        if (d == loose) {
          return new Dependency(noun, participle, "acl");
        }
        if (d.governor() == participle && d.relation().startsWith("obl") && RepairWords.isDay(tokens.get(d.dependent()))) {
          return new Dependency(verb, d.dependent(), d.relation());
        }
        return d;
      });
    }
    return sentence;
  }

  /**
   * The verb the participle hangs on, as the verb's loose dependent or as a clause of the day
   * hung on the verb ({@code obl:on(arrested, Monday)}, {@code acl(Monday, suspected)}); -1 if
   * neither.
   */
  private static int verbOfLooseParticiple(List<Token> tokens, List<Dependency> sentence, Dependency loose) {
    int governor = loose.governor();
    if (governor < 0) {
      return -1;
    }
    if (LOOSE_RELATIONS.contains(loose.relation())) {
      return tokens.get(governor).isVerb() ? governor : -1;
    }
    if (!loose.relation().equals("acl") || !RepairWords.isDay(tokens.get(governor))) {
      return -1;
    }
    return sentence.stream().filter(d -> d.dependent() == governor && d.relation().startsWith("obl") && d.governor() >= 0 && tokens.get(d.governor()).isVerb())
        .map(Dependency::governor).findFirst().orElse(-1);
  }

  /** "people on Monday suspected": between the two words, a day and its preposition only (or nothing). */
  private static boolean onlyADayBetween(List<Token> tokens, int noun, int participle) {
    for (int t = noun + 1; t < participle; t++) {
      Token token = tokens.get(t);
      boolean dayWord = RepairWords.isDay(token) || token.lemma().equalsIgnoreCase("on") || token.lemma().equalsIgnoreCase("last");
      if (!dayWord) {
        return false;
      }
    }
    return true;
  }
}
