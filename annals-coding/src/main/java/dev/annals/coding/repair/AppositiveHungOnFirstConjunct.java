package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Colombia's government and the Clan del Golfo, the country's largest drug trafficking group,
 * resumed talks": the parser may hang the appositive on the first of two joined nouns ({@code
 * appos(government, group)}), so that the government is called a drug trafficking group and the
 * group is left unknown. A singular appositive that follows the comma right after the last of
 * the joined nouns describes that last noun: {@code appos(Golfo, group)}.
 */
public final class AppositiveHungOnFirstConjunct implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency appos : sentence) {
      int first = appos.governor();
      int appositive = appos.dependent();
      if (!appos.relation().equals("appos") || first < 0 || appositive <= first || !isSingularNoun(tokens.get(appositive))) {
        continue;
      }
      Optional<Dependency> last = sentence.stream()
          .filter(d -> d.governor() == first && d.relation().startsWith("conj") && d.dependent() > first && d.dependent() < appositive)
          .max(java.util.Comparator.comparingInt(Dependency::dependent));
      if (last.isEmpty()) {
        continue;
      }
      int conjunct = last.get().dependent();
      boolean commaAfterLast = conjunct + 1 < appositive && tokens.get(conjunct + 1).text().equals(",")
          && DependencyEdits.phraseStart(sentence, appositive) == conjunct + 2;
      if (commaAfterLast && isSingularNoun(tokens.get(conjunct))) {
        return DependencyEdits.replaced(sentence, appos, new Dependency(conjunct, appositive, "appos"));
      }
    }
    return sentence;
  }

  private static boolean isSingularNoun(Token token) {
    return token.tag().equals("NN") || token.tag().equals("NNP");
  }
}
