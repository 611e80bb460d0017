package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Poland recalled its ambassador from Budapest hours later": the parser reads "Budapest hours" as
 * one noun phrase ({@code compound(hours, Budapest)}, {@code obl:from(recalled, hours)}), so the
 * recall is from some hours and Budapest is lost. A name right before a span of time that
 * "later", "earlier" or "after" places ends the phrase its preposition opens: {@code
 * obl:from(recalled, Budapest)}, and the time is the verb's ({@code obl:tmod(recalled, hours)}).
 */
public final class NameReadAsCompoundOfTime implements ParseRepair {
  private static final Set<String> SPANS = Set.of("second", "minute", "hour", "day", "week", "month", "year");
  private static final Set<String> PLACING = Set.of("later", "earlier", "after", "before", "afterwards", "afterward");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency phrase : sentence) {
      int verb = phrase.governor();
      int span = phrase.dependent();
      if (verb < 0 || !phrase.relation().startsWith("obl:") || !SPANS.contains(tokens.get(span).lemma().toLowerCase(Locale.ROOT))
          || sentence.stream().noneMatch(d -> d.governor() == span && d.relation().equals("advmod") && d.dependent() > span
              && PLACING.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT)))) {
        continue;
      }
      Optional<Dependency> name = sentence.stream().filter(d -> d.governor() == span && d.relation().equals("compound") && d.dependent() == span - 1
          && tokens.get(d.dependent()).tag().startsWith("NNP")).findFirst();
      Optional<Dependency> preposition = sentence.stream().filter(d -> d.governor() == span && d.relation().equals("case") && d.dependent() < span - 1).findFirst();
      if (name.isEmpty() || preposition.isEmpty()) {
        continue;
      }
      int noun = name.get().dependent();
      Dependency compound = name.get();
      Dependency caseEdge = preposition.get();
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> d == phrase ? new Dependency(verb, noun, phrase.relation())
          : d == caseEdge ? new Dependency(noun, d.dependent(), "case")
          : d == compound ? new Dependency(verb, span, "obl:tmod") : d);
      return mended;
    }
    return sentence;
  }
}
