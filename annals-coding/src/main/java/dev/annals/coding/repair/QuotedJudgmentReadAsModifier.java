package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Called the destruction of the boats \"disproportionate\"": the parser may read the quoted
 * adjective as a modifier of the noun before it ({@code amod(boats, disproportionate)}), so the
 * judgment is lost. An English adjective in quotation marks after its noun is no modifier of it
 * but what the verb of calling says the object is: it becomes that verb's small clause ({@code
 * xcomp(called, disproportionate)}) with the object as its subject ({@code nsubj(disproportionate,
 * destruction)}), as the parser gives "called the move regrettable". A quoted noun hung loosely on
 * the object is the same: 'called the measures "an attack on our sovereignty"' ({@code
 * dep(measures, attack)}).
 */
public final class QuotedJudgmentReadAsModifier implements ParseRepair {
  /** Verbs that say what their object is: "called it", "described the move as", "deemed it". */
  static final Set<String> CALLING = Set.of("call", "describe", "brand", "label", "deem", "term", "dub", "find", "consider");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency modifier : sentence) {
      int noun = modifier.governor();
      int judgment = modifier.dependent();
      boolean quotedAdjective = modifier.relation().equals("amod") && tokens.get(judgment).tag().startsWith("JJ")
          && opensAfterQuotationMark(tokens, judgment);
      // 'called the measures "an attack on our sovereignty"', with the quoted noun hung on the
      // object as a loose dependent ({@code dep(measures, attack)}).
      boolean quotedNoun = modifier.relation().equals("dep") && tokens.get(judgment).tag().startsWith("NN")
          && opensAfterQuotationMark(tokens, DependencyEdits.phraseStart(sentence, judgment));
      if (noun < 0 || judgment < noun + 1 || !(quotedAdjective || quotedNoun)) {
        continue;
      }
      for (Dependency obj : sentence) {
        int verb = obj.governor();
        boolean calling = verb >= 0 && obj.relation().equals("obj") && CALLING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT));
        if (calling && obj.dependent() <= noun && covers(sentence, obj.dependent(), noun)) {
          List<Dependency> mended = DependencyEdits.without(sentence, modifier);
          mended.add(new Dependency(verb, judgment, "xcomp"));
          mended.add(new Dependency(judgment, obj.dependent(), "nsubj"));
          return mended;
        }
      }
    }
    return sentence;
  }

  /**
   * Whether the word right before {@code start} is an opening quotation mark. The tagger may tag a
   * straight mark that opens a quotation as a closing one ({@code ''}): any mark that an even
   * number of marks come before in its sentence opens one.
   */
  static boolean opensAfterQuotationMark(List<Token> tokens, int start) {
    if (start < 1 || !RepairWords.isQuotationMark(tokens.get(start - 1))) {
      return false;
    }
    return tokens.get(start - 1).tag().equals("``") || tokens.subList(0, start - 1).stream().filter(RepairWords::isQuotationMark).count() % 2 == 0;
  }

  /** Whether {@code token} is {@code head} or lies below it. */
  private static boolean covers(List<Dependency> sentence, int head, int token) {
    int current = token;
    for (int steps = 0; steps < 8 && current >= 0; steps++) {
      if (current == head) {
        return true;
      }
      int child = current;
      current = sentence.stream().filter(d -> d.dependent() == child).mapToInt(Dependency::governor).findFirst().orElse(-1);
    }
    return false;
  }
}
