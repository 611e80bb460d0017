package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "On Friday President Cyril Ramaphosa spoke to Lesotho's prime minister": with no comma after the
 * day the parser reads "Friday President Cyril Ramaphosa" as one name ({@code compound(President,
 * Friday)}) and the whole as a time "on" it ({@code obl:on(spoke, Ramaphosa)}), so the sentence has
 * no subject. A day right after the "on" that opens the phrase is the time; the name after it is
 * the subject: {@code obl:on(spoke, Friday)}, {@code nsubj(spoke, Ramaphosa)}.
 */
public final class DayReadAsCompoundOfSubject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency phrase : sentence) {
      int verb = phrase.governor();
      int name = phrase.dependent();
      if (verb < 0 || !phrase.relation().equals("obl:on") || name > verb || !tokens.get(name).tag().startsWith("NNP")
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"))) {
        continue;
      }
      Optional<Dependency> on = sentence.stream().filter(d -> d.governor() == name && d.relation().equals("case")
          && tokens.get(d.dependent()).text().equalsIgnoreCase("on")).findFirst();
      if (on.isEmpty()) {
        continue;
      }
      int day = on.get().dependent() + 1;
      Optional<Dependency> compound = sentence.stream().filter(d -> d.dependent() == day && d.relation().equals("compound") && d.governor() > day && d.governor() <= name)
          .findFirst();
      if (compound.isEmpty() || !RepairWords.isDay(tokens.get(day))) {
        continue;
      }
      Dependency caseEdge = on.get();
      Dependency dayEdge = compound.get();
      return DependencyEdits.mapped(sentence, d -> d == phrase ? new Dependency(verb, name, "nsubj")
          : d == caseEdge ? new Dependency(day, d.dependent(), "case")
          : d == dayEdge ? new Dependency(verb, day, "obl:on") : d);
    }
    return sentence;
  }
}
