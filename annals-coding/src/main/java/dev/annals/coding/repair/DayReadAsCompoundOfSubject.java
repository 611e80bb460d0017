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
 * the subject: {@code obl:on(spoke, Friday)}, {@code nsubj(spoke, Ramaphosa)}. So is a common
 * noun: "On Thursday police fired tear gas at students".
 */
public final class DayReadAsCompoundOfSubject implements ParseRepair {
  /** Parts of a day, which with the day name one time: "on Monday night". */
  private static final java.util.Set<String> PARTS_OF_DAY = java.util.Set.of("morning", "afternoon", "evening", "night", "midnight", "noon", "midday", "dawn", "dusk", "lunchtime");

  /**
   * A word that can do what the verb tells: a name, or a common noun that is no part of a day
   * ("On Thursday police fired tear gas at students" is read the same way).
   */
  private static boolean isDoer(Token token) {
    return token.tag().startsWith("NNP") || token.tag().startsWith("NN") && !PARTS_OF_DAY.contains(token.text().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    List<Dependency> possessor = dayOnPossessorOfSubject(tokens, sentence);
    if (possessor != sentence) {
      return possessor;
    }
    for (Dependency phrase : sentence) {
      int verb = phrase.governor();
      int name = phrase.dependent();
      if (verb < 0 || !phrase.relation().equals("obl:on") || name > verb || !isDoer(tokens.get(name))
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

  /**
   * "On Wednesday Ecuador's president telephoned Italy's prime minister": the parser may keep the
   * subject but read the day as part of its possessor ({@code compound(Ecuador, Wednesday)}) and
   * "on" as the subject's preposition ({@code case(president, On)}). The day is the verb's time:
   * {@code obl:on(telephoned, Wednesday)}, {@code case(Wednesday, On)}.
   */
  private static List<Dependency> dayOnPossessorOfSubject(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency on : sentence) {
      int subject = on.governor();
      if (!on.relation().equals("case") || subject < 0 || !tokens.get(on.dependent()).text().equalsIgnoreCase("on") || on.dependent() + 1 >= tokens.size()) {
        continue;
      }
      Optional<Dependency> subjectEdge = sentence.stream().filter(d -> d.dependent() == subject && d.relation().startsWith("nsubj") && d.governor() > subject).findFirst();
      int day = on.dependent() + 1;
      Optional<Dependency> compound = sentence.stream().filter(d -> d.dependent() == day && d.relation().equals("compound") && d.governor() > day && d.governor() < subject)
          .findFirst();
      if (subjectEdge.isEmpty() || compound.isEmpty() || !RepairWords.isDay(tokens.get(day))) {
        continue;
      }
      int verb = subjectEdge.get().governor();
      Dependency dayEdge = compound.get();
      return DependencyEdits.mapped(sentence, d -> d == on ? new Dependency(day, on.dependent(), "case") : d == dayEdge ? new Dependency(verb, day, "obl:on") : d);
    }
    return sentence;
  }
}
