package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Trinidad and Tobago's agriculture ministry defended the measure": the parser reads the name's
 * "and" as joining two subjects ({@code nsubj(defended, Trinidad)}, {@code conj:and(Trinidad,
 * ministry)}, {@code nmod:poss(ministry, Tobago)}), so that "Tobago's ministry" is no country's.
 * When the tagger for names marks the "and" itself as part of a place's or a body's name, the
 * words before it are part of the name that ends after it: {@code compound(Tobago, Trinidad)},
 * {@code compound(Tobago, and)}; the edges that made them a phrase of their own go.
 */
public final class NameSplitAtAnd implements ParseRepair {
  private static final Set<String> NAME_ENTITIES = Set.of("LOCATION", "ORGANIZATION");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (int and = 1; and + 1 < tokens.size(); and++) {
      Token word = tokens.get(and);
      String entity = word.entity();
      if (!word.tag().equals("CC") || !NAME_ENTITIES.contains(entity) || !isNameWord(tokens.get(and - 1), entity) || !isNameWord(tokens.get(and + 1), entity)) {
        continue;
      }
      int first = and - 1;
      while (first > 0 && isNameWord(tokens.get(first - 1), entity)) {
        first--;
      }
      int last = and + 1;
      int start = first;
      int cut = and;
      // The words before "and" and the "and" itself, made part of the name by the parser already or not.
      boolean split = sentence.stream().anyMatch(d -> d.governor() >= start && d.governor() <= cut && d.relation().startsWith("conj"))
          || sentence.stream().anyMatch(d -> d.dependent() == cut && d.governor() != last);
      if (!split) {
        continue;
      }
      List<Dependency> repaired = new ArrayList<>();
      for (Dependency d : sentence) {
        boolean intoFirstPart = d.dependent() >= start && d.dependent() <= cut;
        boolean joinFromFirstPart = d.governor() >= start && d.governor() <= cut && (d.relation().startsWith("conj") || d.relation().equals("cc"));
        if (!intoFirstPart && !joinFromFirstPart) {
          repaired.add(d);
        }
      }
      for (int k = start; k <= cut; k++) {
        repaired.add(new Dependency(last, k, "compound"));
      }
      return repaired;
    }
    return sentence;
  }

  private static boolean isNameWord(Token token, String entity) {
    return token.tag().startsWith("NNP") && token.entity().equals(entity);
  }
}
