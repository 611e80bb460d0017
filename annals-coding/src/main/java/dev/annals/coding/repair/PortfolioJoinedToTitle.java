package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Norway's climate and environment minister said": the parser reads the "and" of two
 * portfolios as joining two subjects ({@code conj:and(climate, minister)}, {@code
 * nmod:poss(climate, Norway)}), so that the minister is no country's and "climate" speaks. A
 * common noun joined by "and" to an office word that has a portfolio of its own before it ("the
 * trade and industry ministry") is a portfolio of that office too: {@code compound(minister,
 * climate)}, with what the first noun held (its possessive, its article) moved to the office word.
 */
public final class PortfolioJoinedToTitle implements ParseRepair {
  /** Words of an office or a body that portfolios name: "minister", "ministry", "secretary". */
  private static final Set<String> OFFICES = Set.of("minister", "ministry", "secretary", "department", "commissioner");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int portfolio = joined.governor();
      int office = joined.dependent();
      if (portfolio < 0 || !joined.relation().startsWith("conj") || office - portfolio < 3 || !tokens.get(portfolio).tag().equals("NN")
          || !tokens.get(portfolio + 1).tag().equals("CC") || !OFFICES.contains(tokens.get(office).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      // Every word between the "and" and the office is a compound of the office: "environment".
      boolean portfoliosBetween = true;
      for (int k = portfolio + 2; k < office; k++) {
        final int word = k;
        portfoliosBetween &= tokens.get(word).tag().startsWith("NN") && sentence.stream().anyMatch(d -> d.governor() == office && d.dependent() == word && d.relation().equals("compound"));
      }
      if (!portfoliosBetween) {
        continue;
      }
      List<Dependency> repaired = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d.dependent() == portfolio || d == joined || (d.governor() == office && d.dependent() == portfolio + 1)) {
          continue;
        }
        repaired.add(d.governor() == portfolio ? new Dependency(office, d.dependent(), d.relation()) : d);
      }
      repaired.add(new Dependency(office, portfolio, "compound"));
      repaired.add(new Dependency(portfolio, portfolio + 1, "cc"));
      return repaired;
    }
    return sentence;
  }
}
