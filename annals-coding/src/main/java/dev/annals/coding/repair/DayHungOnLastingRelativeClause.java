package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The ELN freed 12 soldiers it had held for three weeks in Arauca on Saturday": the parser hangs
 * the closing day on the nearest verb, the relative clause's "held" ({@code obl:on(held,
 * Saturday)}). A state told in the past perfect to have lasted weeks or months is not on one day;
 * the day is the main verb's, the one that takes the relative clause's noun: {@code obl:on(freed,
 * Saturday)}.
 */
public final class DayHungOnLastingRelativeClause implements ParseRepair {
  /** Units a lasting is counted in, plural: "for three weeks", "for months". */
  private static final Set<String> LASTING_UNITS = Set.of("days", "weeks", "months", "years", "decades");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int clause = time.governor();
      int day = time.dependent();
      if (clause < 0 || !time.relation().equals("obl:on") || !RepairWords.isDay(tokens.get(day)) || !pastPerfect(tokens, sentence, clause)) {
        continue;
      }
      boolean lasting = sentence.stream().anyMatch(d -> d.governor() == clause && d.relation().equals("obl:for") && d.dependent() < day
          && LASTING_UNITS.contains(tokens.get(d.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
      Optional<Integer> noun = sentence.stream().filter(d -> d.dependent() == clause && d.relation().equals("acl:relcl")).map(Dependency::governor).findFirst();
      if (!lasting || noun.isEmpty()) {
        continue;
      }
      Optional<Integer> verb = RepairWords.verbTakingNoun(tokens, sentence, noun.get(), tag -> tag.startsWith("VB"));
      if (verb.isEmpty()) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == time ? new Dependency(verb.get(), day, "obl:on") : d);
    }
    return sentence;
  }

  /** "had held": a past participle with "had". */
  private static boolean pastPerfect(List<Token> tokens, List<Dependency> sentence, int verb) {
    return tokens.get(verb).tag().equals("VBN") && sentence.stream()
        .anyMatch(d -> d.governor() == verb && d.relation().equals("aux") && tokens.get(d.dependent()).text().equalsIgnoreCase("had"));
  }
}
