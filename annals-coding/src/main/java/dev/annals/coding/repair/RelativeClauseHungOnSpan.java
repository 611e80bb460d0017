package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Norway hosted three days of talks in Oslo between Colombia's government and the ELN that ended
 * on Friday": the parser may hang the relative clause on the span that measures the event ({@code
 * acl:relcl(days, ended)}, {@code nsubj(ended, days)}), so that the day it tells is no day of the
 * talks. A relative clause on a span "of" something is that something's: {@code acl:relcl(talks,
 * ended)}, {@code nsubj(ended, talks)}.
 */
public final class RelativeClauseHungOnSpan implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency relative : sentence) {
      int span = relative.governor();
      int clause = relative.dependent();
      if (span < 0 || !relative.relation().equals("acl:relcl") || !RepairWords.isSpanOfTime(tokens.get(span))) {
        continue;
      }
      Optional<Integer> measured = sentence.stream().filter(d -> d.governor() == span && d.relation().equals("nmod:of") && d.dependent() < clause
          && tokens.get(d.dependent()).isNoun() && !tokens.get(d.dependent()).isProperNoun()).map(Dependency::dependent).findFirst();
      if (measured.isEmpty()) {
        continue;
      }
      int event = measured.get();
      return DependencyEdits.mapped(sentence, d -> d == relative ? new Dependency(event, clause, d.relation())
          : d.governor() == clause && d.dependent() == span && d.relation().startsWith("nsubj") ? new Dependency(clause, event, d.relation())
          : d.governor() == span && d.relation().equals("ref") ? new Dependency(event, d.dependent(), d.relation())
          : d);
    }
    return sentence;
  }
}
