package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Maamau signed an agreement in Beijing on Wednesday under which Chinese state companies will
 * upgrade the airstrip": news puts the day between a thing and the relative clause that describes
 * it, and the parser hangs the clause on the day ({@code acl:relcl(Wednesday, upgrade)}, {@code
 * ref(Wednesday, which)}, {@code obl:under(upgrade, Wednesday)}), so nothing is done under the
 * agreement. A day is no thing "which" stands for after a preposition of a framework ("under",
 * "by", "through"): the clause goes to the object of the verb the day dates.
 */
public final class RelativeClauseHungOnDay implements ParseRepair {
  /** Prepositions of what a thing is a framework or means for: "under which", "by which". */
  private static final java.util.Set<String> FRAMEWORK = java.util.Set.of("under", "by", "through");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency relcl : sentence) {
      int day = relcl.governor();
      if (day < 0 || !relcl.relation().equals("acl:relcl") || !RepairWords.isDay(tokens.get(day))) {
        continue;
      }
      Optional<Dependency> ref = sentence.stream().filter(d -> d.governor() == day && d.relation().equals("ref") && d.dependent() > 0
          && tokens.get(d.dependent()).text().equalsIgnoreCase("which") && FRAMEWORK.contains(tokens.get(d.dependent() - 1).text().toLowerCase(java.util.Locale.ROOT))).findFirst();
      Optional<Dependency> dated = sentence.stream().filter(d -> d.dependent() == day && d.baseRelation().equals("obl") && d.governor() >= 0 && tokens.get(d.governor()).isVerb()).findFirst();
      if (ref.isEmpty() || dated.isEmpty()) {
        continue;
      }
      Optional<Integer> thing = sentence.stream().filter(d -> d.governor() == dated.get().governor() && d.relation().equals("obj") && d.dependent() < day)
          .map(Dependency::dependent).findFirst();
      if (thing.isEmpty()) {
        continue;
      }
      return DependencyEdits.relativeMoved(sentence, relcl, ref.get(), thing.get());
    }
    return sentence;
  }
}
