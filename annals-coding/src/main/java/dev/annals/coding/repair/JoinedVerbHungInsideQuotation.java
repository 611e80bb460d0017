package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * 'Ramaphosa condemned the attacks as "a betrayal of the solidarity our neighbours showed us"
 * and telephoned President Mnangagwa': the parser may join the verb after the closing quotation
 * mark to a verb inside the quotation ({@code conj(showed, telephoned)}), which gives it the
 * quoted clause's subject ("our neighbours telephoned"). A verb after the quotation joined to one
 * inside it is joined to the nearest verb outside that holds the quotation, and has its subjects:
 * {@code conj(condemned, telephoned)}, {@code nsubj(telephoned, Ramaphosa)}.
 */
public final class JoinedVerbHungInsideQuotation implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    List<int[]> quotations = quotations(tokens, sentence);
    for (Dependency joined : sentence) {
      int inside = joined.governor();
      int after = joined.dependent();
      if (inside < 0 || !joined.relation().startsWith("conj") || !tokens.get(after).isVerb()) {
        continue;
      }
      for (int[] quotation : quotations) {
        if (inside <= quotation[0] || inside >= quotation[1] || after <= quotation[1]) {
          continue;
        }
        // "said the videos were "inconclusive" and that the footage did not show": a clause with a
        // subject or a "that" of its own after the quotation is rightly joined to the quoted one.
        int close = quotation[1];
        boolean ownClause = sentence.stream().anyMatch(d -> d.governor() == after
            && (d.relation().startsWith("nsubj") && d.dependent() > close || d.relation().equals("mark")));
        if (ownClause) {
          continue;
        }
        int holder = holderOutside(sentence, inside, quotation);
        if (holder < 0 || holder == after) {
          continue;
        }
        List<Dependency> mended = new ArrayList<>();
        for (Dependency d : sentence) {
          boolean quotedHead = d.dependent() == after && d.governor() > quotation[0] && d.governor() < quotation[1];
          boolean quotedSubject = d.governor() == after && d.relation().startsWith("nsubj") && d.dependent() > quotation[0] && d.dependent() < quotation[1];
          boolean looseHead = d.dependent() == after && d.governor() == holder && d.relation().equals("parataxis");
          if (!quotedHead && !quotedSubject && !looseHead) {
            mended.add(d);
          }
        }
        mended.add(new Dependency(holder, after, joined.relation()));
        sentence.stream().filter(d -> d.governor() == holder && d.relation().equals("nsubj"))
            .forEach(subject -> mended.add(new Dependency(after, subject.dependent(), "nsubj")));
        return mended;
      }
    }
    return sentence;
  }

  /** The nearest word above {@code word} that stands outside the quotation, or -1. */
  static int holderOutside(List<Dependency> sentence, int word, int[] quotation) {
    int current = word;
    for (int steps = 0; steps < sentence.size(); steps++) {
      int at = current;
      int parent = sentence.stream().filter(d -> d.dependent() == at && !d.relation().equals("ref")).mapToInt(Dependency::governor).findFirst().orElse(-1);
      if (parent < 0) {
        return -1;
      }
      if (parent < quotation[0] || parent > quotation[1]) {
        return parent;
      }
      current = parent;
    }
    return -1;
  }

  /** The sentence's quotations, each as its opening and closing marks, paired in order. */
  static List<int[]> quotations(List<Token> tokens, List<Dependency> sentence) {
    int first = sentence.stream().mapToInt(Dependency::dependent).min().orElse(0);
    int last = sentence.stream().mapToInt(Dependency::dependent).max().orElse(-1);
    List<int[]> found = new ArrayList<>();
    int open = -1;
    for (int t = first; t <= last; t++) {
      if (!RepairWords.isQuotationMark(tokens.get(t))) {
        continue;
      }
      if (open < 0) {
        open = t;
      } else {
        found.add(new int[] {open, t});
        open = -1;
      }
    }
    return found;
  }
}
