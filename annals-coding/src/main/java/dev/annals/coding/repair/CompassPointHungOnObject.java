package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "seized three boats and detained 41 crew members north of the Natuna islands on Saturday": the
 * parser hangs "north" on the object as a {@code dep} and the day on "north" ({@code
 * nmod:on(north, Saturday)}), so the act has no place or day of its own. A point of the compass
 * followed by "of" says where the act was done: it hangs on the verb, and so does every phrase
 * the parser hung on it but its "of" place.
 */
public final class CompassPointHungOnObject implements ParseRepair {
  private static final Set<String> COMPASS_POINTS = Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
      "north-east", "north-west", "south-east", "south-west");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency loose : sentence) {
      int point = loose.dependent();
      if (!loose.relation().equals("dep") || !COMPASS_POINTS.contains(tokens.get(point).text().toLowerCase(Locale.ROOT))
          || sentence.stream().noneMatch(d -> d.governor() == point && d.relation().equals("nmod:of"))) {
        continue;
      }
      int object = loose.governor();
      Optional<Integer> verb = sentence.stream().filter(d -> d.dependent() == object && d.relation().equals("obj")).map(Dependency::governor).findFirst();
      if (verb.isEmpty()) {
        continue;
      }
      int act = verb.get();
      return DependencyEdits.mapped(sentence, d -> {
        if (d == loose) {
          return new Dependency(act, point, "advmod");
        }
        if (d.governor() == point && d.relation().startsWith("nmod:") && !d.relation().equals("nmod:of")) {
          return new Dependency(act, d.dependent(), "obl:" + d.relation().substring("nmod:".length()));
        }
        return d;
      });
    }
    return sentence;
  }
}
