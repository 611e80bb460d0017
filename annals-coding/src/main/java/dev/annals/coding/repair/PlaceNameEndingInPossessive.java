package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;

/**
 * "sent experts to St George's on Monday": a place whose name ends in a possessive (St George's,
 * St John's) owns nothing, yet the parser takes the "'s" for the case of the phrase and hangs the
 * name on the verb as {@code obl:'s(sent, George)}, so no slot that reads "to" finds it. A name
 * with a preposition before it and "'s" right after it, with nothing after the "'s" the possessive
 * could own, is the preposition's phrase: {@code obl:to(sent, George)}.
 */
public final class PlaceNameEndingInPossessive implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency phrase : sentence) {
      int name = phrase.dependent();
      int possessive = name + 1;
      if (phrase.governor() < 0 || !phrase.relation().equals("obl:'s") || !tokens.get(name).isProperNoun() || possessive >= tokens.size()
          || !tokens.get(possessive).tag().equals("POS") || ownsTheNextWord(tokens, possessive)) {
        continue;
      }
      Dependency preposition = sentence.stream().filter(d -> d.governor() == name && d.relation().equals("case") && d.dependent() < name
          && tokens.get(d.dependent()).tag().matches("IN|TO")).findFirst().orElse(null);
      if (preposition == null) {
        continue;
      }
      String relation = "obl:" + tokens.get(preposition.dependent()).text().toLowerCase(Locale.ROOT);
      return DependencyEdits.mapped(sentence, d -> d == phrase ? new Dependency(d.governor(), name, relation) : d);
    }
    return sentence;
  }

  /** Whether the word after the "'s" is one a possessive could own: a noun, an adjective, a number. */
  private static boolean ownsTheNextWord(List<Token> tokens, int possessive) {
    return possessive + 1 < tokens.size() && tokens.get(possessive + 1).tag().matches("NN.*|JJ.*|CD|VBG");
  }
}
