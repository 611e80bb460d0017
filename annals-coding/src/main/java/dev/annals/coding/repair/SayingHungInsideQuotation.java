package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * "“Europe must be able to defend itself,” Macron said after the talks.": the parser may take the
 * quotation's predicate for the sentence's root ({@code root(defend)}) and "said" for a
 * complement inside the quotation ({@code ccomp(defend, said)}), so the saying is reported by its
 * own quotation. A verb of saying after the closing quotation mark, with its subject there too,
 * is what the sentence asserts: {@code root(said)}, {@code ccomp(said, defend)}, as CoreNLP
 * parses the shorter "“We must reach every child,” Tedros said."
 */
public final class SayingHungInsideQuotation implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int root = DependencyEdits.root(sentence);
    if (root < 0) {
      return sentence;
    }
    for (Dependency attachment : sentence) {
      int verb = attachment.dependent();
      int governor = attachment.governor();
      if (governor < 0 || governor > verb || !RepairWords.isSaying(tokens.get(verb))) {
        continue;
      }
      int first = sentence.stream().mapToInt(Dependency::dependent).min().orElse(root);
      int closing = closingQuoteBetween(tokens, first, root, verb);
      boolean subjectAfterQuote = closing >= 0 && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("nsubj") && d.dependent() > closing);
      if (!subjectAfterQuote || governor > closing || root > closing) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d != attachment && d.governor() >= 0) {
          out.add(d);
        }
      }
      out.add(new Dependency(-1, verb, "root"));
      out.add(new Dependency(verb, root, "ccomp"));
      return out;
    }
    return sentence;
  }

  /**
   * The last quotation mark after {@code root} and before {@code to} that closes one opened before
   * the root, or -1. The tagger may tag a straight closing quotation mark as an opening one.
   */
  private static int closingQuoteBetween(List<Token> tokens, int sentenceStart, int root, int to) {
    boolean opened = false;
    for (int t = sentenceStart; t < root; t++) {
      opened |= RepairWords.isQuotationMark(tokens.get(t));
    }
    if (!opened) {
      return -1;
    }
    for (int t = to - 1; t > root; t--) {
      if (RepairWords.isQuotationMark(tokens.get(t))) {
        return t;
      }
    }
    return -1;
  }
}
