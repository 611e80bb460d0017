package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Villagers blocked the railway that carries iron ore from the Simandou mine near Kerouane on
 * Tuesday": the parser hangs the closing day on the last noun of the relative clause ({@code
 * nmod:on(mine, Tuesday)}), so the blockade has no day. A relative clause in the present tense
 * tells what a thing does all the time, on no one day, and a mine has no day; the day is the verb's
 * that takes the clause's noun: {@code obl:on(blocked, Tuesday)}.
 */
public final class DayHungOnPlaceOfHabitualClause implements ParseRepair {
  /** Relations by which a noun hangs inside a clause: "carries ore [from the mine [near Kerouane]]". */
  private static final Set<String> INSIDE_CLAUSE = Set.of("obj", "obl:from", "obl:to", "obl:in", "obl:at", "obl:through", "obl:across", "obl:between",
      "nmod:near", "nmod:in", "nmod:of", "nmod:at");
  /** Present tenses: what a thing does, not what it did that day. */
  private static final Set<String> PRESENT = Set.of("VBZ", "VBP");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int noun = time.governor();
      if (noun < 0 || !time.relation().equals("nmod:on") || !RepairWords.isDay(tokens.get(time.dependent())) || tokens.get(noun).isVerb()) {
        continue;
      }
      Optional<Integer> verb = verbOfNewsAbove(tokens, sentence, noun);
      if (verb.isEmpty()) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == time ? new Dependency(verb.get(), time.dependent(), "obl:on") : d);
    }
    return sentence;
  }

  /** Up from the noun to a present-tense relative clause, and on to the verb whose object it describes. */
  private static Optional<Integer> verbOfNewsAbove(List<Token> tokens, List<Dependency> sentence, int noun) {
    int word = noun;
    for (int step = 0; step < 4; step++) {
      int current = word;
      Optional<Dependency> up = sentence.stream().filter(d -> d.dependent() == current && d.governor() >= 0 && INSIDE_CLAUSE.contains(d.relation())).findFirst();
      if (up.isEmpty()) {
        return Optional.empty();
      }
      word = up.get().governor();
      if (tokens.get(word).isVerb()) {
        int clause = word;
        if (!PRESENT.contains(tokens.get(clause).tag())) {
          return Optional.empty();
        }
        Optional<Integer> thing = sentence.stream().filter(d -> d.dependent() == clause && d.relation().equals("acl:relcl")).map(Dependency::governor).findFirst();
        return thing.flatMap(t -> sentence.stream().filter(d -> d.dependent() == t && d.relation().equals("obj") && d.governor() >= 0
            && tokens.get(d.governor()).tag().equals("VBD")).map(Dependency::governor).findFirst());
      }
    }
    return Optional.empty();
  }
}
