package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "Iran retaliated by suspending all flights from Lebanon": the parser may make "by" an adverb of
 * the verb and hang the gerund after it on "by" ({@code advmod(retaliated, by)}, {@code dep(by,
 * suspending)}), so that the act done in response has no one to do it. A gerund right after such a
 * "by" is the means, a clause of the verb: {@code advcl:by(retaliated, suspending)}, {@code
 * mark(suspending, by)}. So is a gerund it takes for the noun of a "by" phrase ("Moscow retaliated
 * by ordering a Greek diplomat to leave", {@code obl:by(retaliated, ordering)}, {@code
 * case(ordering, by)}).
 */
public final class MeansGerundHungOnBy implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency phrase : sentence) {
      int gerund = phrase.dependent();
      if (phrase.governor() < 0 || !phrase.relation().equals("obl:by") || !tokens.get(gerund).tag().equals("VBG") || !tokens.get(phrase.governor()).tag().startsWith("VB")) {
        continue;
      }
      Dependency by = sentence.stream().filter(d -> d.governor() == gerund && d.relation().equals("case") && tokens.get(d.dependent()).text().equalsIgnoreCase("by"))
          .findFirst().orElse(null);
      if (by == null) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.without(sentence, phrase, by);
      mended.add(new Dependency(phrase.governor(), gerund, "advcl:by"));
      mended.add(new Dependency(gerund, by.dependent(), "mark"));
      return mended;
    }
    for (Dependency adverb : sentence) {
      int verb = adverb.governor();
      int by = adverb.dependent();
      int gerund = by + 1;
      if (verb < 0 || !adverb.relation().equals("advmod") || !tokens.get(by).text().equalsIgnoreCase("by") || gerund >= tokens.size()
          || !tokens.get(gerund).tag().equals("VBG") || !tokens.get(verb).tag().startsWith("VB")) {
        continue;
      }
      Dependency hung = sentence.stream().filter(d -> d.governor() == by && d.dependent() == gerund && d.relation().equals("dep")).findFirst().orElse(null);
      if (hung == null) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.without(sentence, adverb, hung);
      mended.add(new Dependency(verb, gerund, "advcl:by"));
      mended.add(new Dependency(gerund, by, "mark"));
      return mended;
    }
    return sentence;
  }
}
