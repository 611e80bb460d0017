package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "Beirut rejected Thursday a United Nations appeal", "the army lifted Friday a blockade": news
 * puts the day between the verb and its object, and the parser reads the day as the verb's time
 * and the object as a loose dependent of the day ({@code obl:tmod(rejected, Thursday)}, {@code
 * dep(Thursday, appeal)}), so the act loses its object. A day word right after a verb that has no
 * object gives the noun hanging from it back to the verb as its object: {@code obj(rejected,
 * appeal)}.
 */
public final class ObjectHungOnDayWord implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency tmod : sentence) {
      int verb = tmod.governor();
      int day = tmod.dependent();
      if (verb < 0 || !tmod.relation().equals("obl:tmod") || day != verb + 1 || !tokens.get(verb).isVerb()
          || !RepairWords.isDay(tokens.get(day))
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"))) {
        continue;
      }
      Dependency stray = sentence.stream()
          .filter(d -> d.governor() == day && d.relation().equals("dep") && d.dependent() > day && tokens.get(d.dependent()).isNoun())
          .findFirst().orElse(null);
      if (stray == null) {
        continue;
      }
      return DependencyEdits.replaced(sentence, stray, new Dependency(verb, stray.dependent(), "obj"));
    }
    return sentence;
  }
}
