package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Norway hosted three days of talks in Oslo": the parser may read the span that measures what the
 * verb takes as the verb's time ({@code obl:tmod(hosted, days)}), leaving the verb with no object.
 * A span "of" something, on a verb with no object, is the object: {@code obj(hosted, days)}, whose
 * "of" phrase names what was hosted.
 */
public final class DurationOfEventReadAsTime implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int verb = time.governor();
      int span = time.dependent();
      if (verb < 0 || !time.relation().equals("obl:tmod") || span < verb || !tokens.get(verb).isVerb()
          || !RepairWords.isSpanOfTime(tokens.get(span)) || DependencyEdits.hasChild(sentence, verb, "obj")) {
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
