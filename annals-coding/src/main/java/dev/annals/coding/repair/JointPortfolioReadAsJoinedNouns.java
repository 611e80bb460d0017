package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Nepal's tourism and civil aviation ministry called the decision unfair": the parser may join
 * the first portfolio to the ministry ({@code conj:and(tourism, ministry)}) and leave the
 * possessor on the portfolio ({@code nmod:poss(tourism, Nepal)}), so that the ministry belongs to
 * no one. A common noun with a possessor or article, joined by "and" to a word for a state body
 * right after it that has none, names one of that body's portfolios: {@code compound(ministry,
 * tourism)}, {@code nmod:poss(ministry, Nepal)}, and the edges the pair shared go to the body.
 */
public final class JointPortfolioReadAsJoinedNouns implements ParseRepair {
  private static final Set<String> BODIES = Set.of("ministry", "department", "agency", "authority", "office", "commission", "committee", "council", "bureau", "directorate");
  private static final Set<String> OWNING = Set.of("nmod:poss", "det");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int portfolio = joined.governor();
      int body = joined.dependent();
      if (!joined.relation().equals("conj:and") || portfolio < 0 || body <= portfolio || !tokens.get(portfolio).tag().equals("NN")
          || !tokens.get(body).tag().equals("NN") || !BODIES.contains(tokens.get(body).lemma().toLowerCase(Locale.ROOT))
          || BODIES.contains(tokens.get(portfolio).lemma().toLowerCase(Locale.ROOT))
          || !tokens.get(portfolio + 1).text().equalsIgnoreCase("and") || DependencyEdits.phraseStart(sentence, body) < portfolio + 1) {
        continue;
      }
      boolean owned = sentence.stream().anyMatch(d -> d.governor() == portfolio && OWNING.contains(d.relation()));
      boolean bodyOwned = sentence.stream().anyMatch(d -> d.governor() == body && OWNING.contains(d.relation()));
      if (!owned || bodyOwned) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == joined) {
          mended.add(new Dependency(body, portfolio, "compound"));
        } else if (d.governor() == portfolio && OWNING.contains(d.relation())) {
          mended.add(new Dependency(body, d.dependent(), d.relation()));
        } else if (d.dependent() == portfolio && d.governor() != body) {
          // What took the portfolio as its subject or object takes the body, once.
          Dependency moved = new Dependency(d.governor(), body, d.relation());
          if (!sentence.contains(moved) && !mended.contains(moved)) {
            mended.add(moved);
          }
        } else if (d.governor() == body && d.relation().equals("cc")) {
          // ("and" now joins the two portfolios.)
          mended.add(new Dependency(portfolio, d.dependent(), "cc"));
        } else {
          mended.add(d);
        }
      }
      return mended;
    }
    return sentence;
  }
}
