package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The deal is dead, Rep. Joe Crowley (D-N.Y.) told reporters": the parser may make the bracketed
 * label after a name the head of the phrase ({@code dep(N.Y., Crowley)}, {@code nsubj(told,
 * N.Y.)}), so that "D-N.Y." speaks and acts. The name is the head; the label in brackets is its
 * apposition ({@code nsubj(told, Crowley)}, {@code appos(Crowley, N.Y.)}).
 */
public final class BracketedLabelReadAsHead implements ParseRepair {
  private static final Set<String> OPENING = Set.of("(", "-LRB-");
  private static final Set<String> CLOSING = Set.of(")", "-RRB-");
  /** Words a label in brackets may run to: "(D-N.Y.)", "(R-Texas)", "(I-Vt.)". */
  private static final int LONGEST_LABEL = 5;

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency nameEdge : sentence) {
      int label = nameEdge.governor();
      int name = nameEdge.dependent();
      if (label < 0 || name + 1 >= label || !tokens.get(name).isProperNoun() || !OPENING.contains(tokens.get(name + 1).text())) {
        continue;
      }
      int closing = closingBracket(tokens, name + 1);
      if (closing < 0 || label >= closing) {
        continue;
      }
      Optional<Dependency> labelEdge = sentence.stream().filter(d -> d.dependent() == label && (d.governor() < name || d.governor() > closing)).findFirst();
      if (labelEdge.isEmpty()) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.without(sentence, nameEdge, labelEdge.get());
      mended.add(new Dependency(labelEdge.get().governor(), name, labelEdge.get().relation()));
      mended.add(new Dependency(name, label, "appos"));
      return mended;
    }
    return sentence;
  }

  /** The closing bracket of the one opened at {@code opening}, a short label away, or -1. */
  private static int closingBracket(List<Token> tokens, int opening) {
    for (int i = opening + 1; i < tokens.size() && i <= opening + LONGEST_LABEL + 1; i++) {
      if (CLOSING.contains(tokens.get(i).text())) {
        return i;
      }
      if (tokens.get(i).sentence() != tokens.get(opening).sentence()) {
        return -1;
      }
    }
    return -1;
  }
}
