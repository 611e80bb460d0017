package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "deported 320 workers on Saturday, a week after police in Benghazi rounded them up": the parser
 * may take the span of time for the subject of the "after" clause and hang the clause's real
 * subject on it ({@code nsubj(rounded, week)}, {@code nmod:after(week, police)}, {@code
 * case(police, after)}), so the police round no one up. When a span of time is the subject of a
 * later verb and holds an "after" or "before" noun that comes before that verb, the noun is the
 * verb's subject, the preposition the clause's marker and the span the clause's measure ({@code
 * nsubj(rounded, police)}, {@code mark(rounded, after)}, {@code dep(rounded, week)}); a clause
 * the parser took for a complement of the main verb is its adverbial clause.
 */
public final class SubjectOfAfterClauseHungOnPeriod implements ParseRepair {
  private static final Set<String> SPANS = Set.of("minute", "hour", "day", "week", "fortnight", "month", "year");
  private static final Set<String> ORDER = Set.of("after", "before");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int verb = subject.governor();
      int span = subject.dependent();
      if (verb < 0 || !subject.relation().equals("nsubj") || span > verb || !tokens.get(verb).isVerb()
          || !SPANS.contains(tokens.get(span).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Dependency> held = sentence.stream()
          .filter(d -> d.governor() == span && d.dependent() > span && d.dependent() < verb && ORDER.contains(d.relation().replaceFirst("^nmod:", ""))
              && d.relation().startsWith("nmod:"))
          .findFirst();
      if (held.isEmpty()) {
        continue;
      }
      int noun = held.get().dependent();
      Optional<Dependency> marker = sentence.stream()
          .filter(d -> d.governor() == noun && d.relation().equals("case") && ORDER.contains(tokens.get(d.dependent()).lemma().toLowerCase(Locale.ROOT))).findFirst();
      if (marker.isEmpty()) {
        continue;
      }
      String order = tokens.get(marker.get().dependent()).lemma().toLowerCase(Locale.ROOT);
      return DependencyEdits.mapped(sentence, d -> {
        if (d == subject) {
          return new Dependency(verb, span, "dep");
        }
        if (d == held.get()) {
          return new Dependency(verb, noun, "nsubj");
        }
        if (d == marker.get()) {
          return new Dependency(verb, d.dependent(), "mark");
        }
        if (d.dependent() == verb && d.relation().equals("ccomp")) {
          return new Dependency(d.governor(), verb, "advcl:" + order);
        }
        return d;
      });
    }
    return sentence;
  }
}
