package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Iran's foreign ministry rejected the decision on Thursday, accused Canada of exploiting the
 * families' grief and summoned Sweden's ambassador": the parser may hang the middle verb of a
 * series of one doer's acts on the first as a bare {@code dep}, with no subject, so that the
 * accusation is no act the ministry did that day. A past verb after a comma, with no subject of its
 * own, hung on a past verb that has one, and itself joined by "and" to a later past verb or
 * participle, is the series' second act: {@code conj:and(rejected, accused)}, with the first verb's
 * subject.
 */
public final class MiddleVerbOfSeriesHungAsDep implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency hung : sentence) {
      int first = hung.governor();
      int middle = hung.dependent();
      if (first < 0 || !hung.relation().equals("dep") || middle < first || !tokens.get(first).tag().equals("VBD") || !tokens.get(middle).tag().equals("VBD")
          || !tokens.get(middle - 1).text().equals(",") || hasSubject(sentence, middle)) {
        continue;
      }
      Optional<Integer> subject = sentence.stream().filter(d -> d.governor() == first && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      // (The last verb may be tagged a participle, "and called/VBN on other countries", and hung
      // on the first verb as a bare dep as well: it is joined to the series once, after the middle.)
      List<Integer> next = sentence.stream().filter(d -> d.governor() == middle && d.relation().equals("conj:and") && d.dependent() > middle
          && RepairWords.isPastVerb(tokens.get(d.dependent()))).map(Dependency::dependent).toList();
      if (subject.isEmpty() || next.isEmpty()) {
        continue;
      }
      List<Dependency> repaired = DependencyEdits.mapped(sentence, d -> d == hung ? new Dependency(first, middle, "conj:and") : d);
      repaired.removeIf(d -> d.governor() == first && d.relation().equals("dep") && next.contains(d.dependent()));
      repaired.add(new Dependency(middle, subject.get(), "nsubj"));
      return repaired;
    }
    return sentence;
  }

  private static boolean hasSubject(List<Dependency> sentence, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
  }
}
