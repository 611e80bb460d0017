package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Norway hosted three days of talks in Oslo": the parser may read the span that measures what the
 * verb takes as the verb's time ({@code obl:tmod(hosted, days)}), leaving the verb with no object.
 * A span "of" something, on a verb with no object, is the object: {@code obj(hosted, days)}, whose
 * "of" phrase names what was hosted.
 */
public final class DurationOfEventReadAsTime implements ParseRepair {
  /** Words for a span of time that may measure an event: "three days of talks". */
  private static final Set<String> SPANS = Set.of("day", "week", "hour", "month");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int verb = time.governor();
      int span = time.dependent();
      if (verb < 0 || !time.relation().equals("obl:tmod") || span < verb || !tokens.get(verb).isVerb()
          || !SPANS.contains(tokens.get(span).lemma().toLowerCase(Locale.ROOT)) || DependencyEdits.hasChild(sentence, verb, "obj")) {
        continue;
      }
      Optional<Dependency> of = sentence.stream().filter(d -> d.governor() == span && d.relation().equals("nmod:of") && tokens.get(d.dependent()).isNoun()
          && !tokens.get(d.dependent()).isProperNoun()).findFirst();
      if (of.isEmpty()) {
        continue;
      }
      return DependencyEdits.replaced(sentence, time, new Dependency(verb, span, "obj"));
    }
    return sentence;
  }
}
