package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "accounts of the Republic of Congo's embassy", "seized the Democratic Republic of Congo's border
 * post": the "'s" ends a name that holds "of", and owns the noun after it, yet the parser reads the
 * name's last word alone as the possessor ("Congo's embassy") and hangs the owned noun on the name's
 * head, or the name's head where the owned noun belongs. The name's head is the possessor of the
 * owned noun ({@code nmod:poss(embassy, Republic)}), the words after "of" its own "of" phrase, and
 * the owned noun takes the name's place in the sentence and the prepositions before it.
 */
public final class PossessiveOfNameWithOf implements ParseRepair {
  /** Kinds of name the tagger gives to every word of a name, "of" among them. */
  private static final Set<String> NAME_KINDS = Set.of("LOCATION", "ORGANIZATION");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency caseEdge : sentence) {
      int possessive = caseEdge.dependent();
      if (!caseEdge.relation().equals("case") || !tokens.get(possessive).tag().equals("POS") || possessive < 3) {
        continue;
      }
      int last = possessive - 1;
      String kind = tokens.get(last).entity();
      if (!tokens.get(last).isProperNoun() || !NAME_KINDS.contains(kind) || tokens.get(last).sentence() != tokens.get(possessive).sentence()) {
        continue;
      }
      int of = last - 1;
      while (of > 0 && tokens.get(of).isProperNoun() && tokens.get(of).entity().equals(kind)) {
        of--;
      }
      int head = of - 1;
      if (!tokens.get(of).text().equalsIgnoreCase("of") || !tokens.get(of).entity().equals(kind) || head < 0 || !tokens.get(head).isProperNoun()
          || !tokens.get(head).entity().equals(kind)) {
        continue;
      }
      int owned = ownedNoun(tokens, possessive);
      if (owned < 0 || DependencyEdits.hasEdge(sentence, owned, head, "nmod:poss")) {
        continue;
      }
      List<Dependency> mended = mended(sentence, head, of, last, possessive, owned);
      if (mended != null) {
        return mended;
      }
    }
    return sentence;
  }

  /** The head of the noun phrase right after the "'s": the last noun of its run of nouns and modifiers, or -1. */
  private static int ownedNoun(List<Token> tokens, int possessive) {
    int owned = -1;
    for (int t = possessive + 1; t < tokens.size() && tokens.get(t).sentence() == tokens.get(possessive).sentence(); t++) {
      String tag = tokens.get(t).tag();
      if (tag.startsWith("NN")) {
        owned = t;
      } else if (!tag.matches("JJ.*|CD|VBG")) {
        break;
      }
    }
    return owned;
  }

  /**
   * The sentence with the name's head possessing the owned noun, or null when no edge from outside
   * the phrase reaches the name's head or the owned noun.
   */
  private static List<Dependency> mended(List<Dependency> sentence, int head, int of, int last, int possessive, int owned) {
    Dependency outer = null;
    for (Dependency d : sentence) {
      boolean fromOutside = d.governor() < head || d.governor() > owned;
      if ((d.dependent() == head || d.dependent() == owned) && fromOutside && !d.relation().equals("punct")) {
        outer = d;
        break;
      }
    }
    if (outer == null) {
      return null;
    }
    List<Dependency> mended = new ArrayList<>();
    for (Dependency d : sentence) {
      boolean rebuilt = d.dependent() == head || d.dependent() == owned || d.dependent() == last || d.dependent() == possessive || d.dependent() == of;
      boolean prepositionOfHead = d.governor() == head && d.relation().equals("case") && d.dependent() < head;
      if (prepositionOfHead) {
        mended.add(new Dependency(owned, d.dependent(), "case"));
      } else if (!rebuilt) {
        mended.add(d);
      }
    }
    mended.add(new Dependency(outer.governor(), owned, outer.relation()));
    mended.add(new Dependency(owned, head, "nmod:poss"));
    mended.add(new Dependency(head, possessive, "case"));
    mended.add(new Dependency(head, last, "nmod:of"));
    mended.add(new Dependency(last, of, "case"));
    // In the parser's order, by dependent, so that readers that take a noun's first fitting
    // child take the possessor before a place after the noun ("embassy in France").
    mended.sort(java.util.Comparator.comparingInt(Dependency::dependent));
    return mended;
  }
}
