package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Villagers blocked the only road into an estate that Kiribati owns on Fiji's island of Vanua
 * Levu on Saturday": the parser hangs the closing day on the nearest verb, the relative clause's
 * "owns" ({@code obl:on(owns, Saturday)}). A relative clause in the simple present tells what
 * stands, on no one day; the day is the past verb's that takes the clause's noun, or the noun
 * it hangs inside ({@code obl:on(blocked, Saturday)}).
 */
public final class DayHungOnPresentRelativeClause implements ParseRepair {
  /** Tags of a verb in the simple present. */
  private static final Set<String> PRESENT = Set.of("VBZ", "VBP");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int clause = time.governor();
      int day = time.dependent();
      if (clause < 0 || !time.relation().equals("obl:on") || !RepairWords.isDay(tokens.get(day)) || !PRESENT.contains(tokens.get(clause).tag())
          || sentence.stream().anyMatch(d -> d.governor() == clause && d.relation().startsWith("aux"))) {
        continue;
      }
      Optional<Integer> noun = sentence.stream().filter(d -> d.dependent() == clause && d.relation().equals("acl:relcl")).map(Dependency::governor).findFirst();
      if (noun.isEmpty()) {
        continue;
      }
      // The noun may hang inside the verb's object: "blocked [the only road into an estate] that …".
      int held = noun.get();
      Optional<Integer> verb = Optional.empty();
      for (int step = 0; step < 3 && verb.isEmpty(); step++) {
        int current = held;
        verb = RepairWords.verbTakingNoun(tokens, sentence, current, "VBD"::equals);
        Optional<Integer> up = sentence.stream().filter(d -> d.dependent() == current && d.governor() >= 0 && d.relation().startsWith("nmod"))
            .map(Dependency::governor).findFirst();
        if (up.isEmpty()) {
          break;
        }
        held = up.get();
      }
      if (verb.isEmpty()) {
        continue;
      }
      int act = verb.get();
      return DependencyEdits.mapped(sentence, d -> d == time ? new Dependency(act, day, "obl:on") : d);
    }
    return sentence;
  }
}
