package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Iran's foreign ministry rejected the decision as politically motivated on Thursday": the
 * parser hangs the day on the judgment the "as" phrase passes on the object ({@code
 * obl:on(motivated, Thursday)}, {@code acl:as(decision, motivated)}), so the rejection has no day.
 * A judgment has no day of its own; the day is the act's whose object it judges ({@code
 * obl:on(rejected, Thursday)}).
 */
public final class DayHungOnJudgmentOfObject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int judgment = time.governor();
      if (judgment < 0 || !time.relation().equals("obl:on") || !RepairWords.isDay(tokens.get(time.dependent()))) {
        continue;
      }
      Optional<Integer> object = sentence.stream().filter(d -> d.dependent() == judgment && d.relation().equals("acl:as")).map(Dependency::governor).findFirst();
      Optional<Integer> verb = object.flatMap(noun -> sentence.stream().filter(d -> d.dependent() == noun && d.relation().equals("obj") && d.governor() >= 0
          && tokens.get(d.governor()).isVerb()).map(Dependency::governor).findFirst());
      if (verb.isEmpty()) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == time ? new Dependency(verb.get(), time.dependent(), "obl:on") : d);
    }
    return sentence;
  }
}
