package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Sweden's foreign minister attended the ceremony, held talks with Iraq's prime minister the same
 * day and signed an agreement on trade": the parser may take the middle verb of a series of one
 * doer's acts for an adjective of its object ({@code amod(talks, held)}), hang that object on the
 * first verb as a bare {@code dep} and join the last verb to the object, so that neither the talks
 * nor the signing is an act the minister did. A past verb after a comma, right before the noun it
 * is read to describe, whose noun hangs on a past verb with a subject, is the series' second act
 * ({@code conj:and(attended, held)}, {@code obj(held, talks)}) with the first verb's subject; the
 * times hung on the noun are its; a verb joined to the noun is the series' next act.
 */
public final class MiddleVerbOfSeriesReadAsAdjective implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency hung : sentence) {
      int first = hung.governor();
      int noun = hung.dependent();
      int middle = noun - 1;
      if (first < 0 || !hung.relation().equals("dep") || middle <= first + 1 || !tokens.get(first).tag().equals("VBD") || !tokens.get(middle).tag().equals("VBD")
          || !tokens.get(noun).tag().startsWith("NN") || tokens.get(noun).isProperNoun() || !tokens.get(middle - 1).text().equals(",")
          || !sentence.contains(new Dependency(noun, middle, "amod"))) {
        continue;
      }
      Optional<Integer> subject = sentence.stream().filter(d -> d.governor() == first && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      if (subject.isEmpty()) {
        continue;
      }
      List<Integer> nextActs = sentence.stream().filter(d -> d.governor() == noun && d.relation().startsWith("conj") && RepairWords.isFiniteVerb(tokens.get(d.dependent())))
          .map(Dependency::dependent).toList();
      List<Dependency> repaired = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d.equals(new Dependency(noun, middle, "amod")) || (d.governor() == first && d.relation().equals("dep") && nextActs.contains(d.dependent()))) {
          continue;
        }
        if (d == hung) {
          repaired.add(new Dependency(first, middle, "conj:and"));
          repaired.add(new Dependency(middle, noun, "obj"));
          repaired.add(new Dependency(middle, subject.get(), "nsubj"));
        } else if (d.governor() == noun && d.relation().startsWith("obl")) {
          repaired.add(new Dependency(middle, d.dependent(), d.relation()));
        } else if (d.governor() == noun && nextActs.contains(d.dependent())) {
          repaired.add(new Dependency(first, d.dependent(), d.relation()));
          if (sentence.stream().noneMatch(s -> s.governor() == d.dependent() && s.relation().startsWith("nsubj"))) {
            repaired.add(new Dependency(d.dependent(), subject.get(), "nsubj"));
          }
        } else {
          repaired.add(d);
        }
      }
      return repaired;
    }
    return sentence;
  }
}
