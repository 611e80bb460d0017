package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * 'Jordan's king thanked Japan for "a friendship that never asks for anything in return" in a
 * message read at the ceremony': the parser may hang a phrase after the closing quotation mark
 * on a verb inside the quotation ({@code obl:in(asks, message)}), so the quoted words, not the
 * king, act in the message. A phrase after the quotation hung on a word inside it belongs to the
 * nearest verb outside that holds the quotation: {@code obl:in(thanked, message)}. A phrase on the
 * quotation's own head word stays: 'urged Arabs to "mobilize" against Sharon'.
 */
public final class PhraseAfterQuotationHungInside implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    List<int[]> quotations = JoinedVerbHungInsideQuotation.quotations(tokens, sentence);
    for (Dependency phrase : sentence) {
      int inside = phrase.governor();
      int after = phrase.dependent();
      if (inside < 0 || !phrase.baseRelation().equals("obl")) {
        continue;
      }
      for (int[] quotation : quotations) {
        if (inside <= quotation[0] || inside >= quotation[1] || DependencyEdits.phraseStart(sentence, after) <= quotation[1]) {
          continue;
        }
        int holder = JoinedVerbHungInsideQuotation.holderOutside(sentence, inside, quotation);
        // Not a phrase on the quotation's own head: 'called on Arabs to unite and "mobilize"
        // against Sharon' mobilizes against him, the quoted word being the verb itself.
        boolean onQuotedHead = sentence.stream().anyMatch(d -> d.dependent() == inside && d.governor() == holder && !d.relation().equals("ref"));
        if (holder < 0 || !tokens.get(holder).isVerb() || onQuotedHead) {
          continue;
        }
        return DependencyEdits.replaced(sentence, phrase, new Dependency(holder, after, phrase.relation()));
      }
    }
    return sentence;
  }
}
