package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The department welcomed the arrests, asked Zagreb to let the workers stay while the case is
 * heard and suspended the licences of two agencies": the parser joins "suspended" to the present
 * passive of the clause before it ({@code conj:and(heard, suspended)}) and gives it that clause's
 * subject ({@code nsubj:pass(suspended, case)}). A past-tense verb (or one tagged a participle)
 * with an object of its own cannot go on a clause told in the present passive: it is the next act of the series the
 * sentence's subject does ({@code conj:and(asked, suspended)}, {@code nsubj(suspended,
 * department)}).
 */
public final class PastVerbJoinedToPresentPassive implements ParseRepair {
  /** Tags of a present form of "be": "is heard", "are held". */
  private static final Set<String> PRESENT = Set.of("VBZ", "VBP");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int passive = joined.governor();
      int verb = joined.dependent();
      // (Tagged a participle too, "suspended/VBN": with an object of its own it is no passive.)
      if (passive < 0 || !joined.relation().equals("conj:and") || !RepairWords.isPastVerb(tokens.get(verb)) || !tokens.get(passive).tag().equals("VBN")
          || sentence.stream().noneMatch(d -> d.governor() == verb && d.relation().equals("obj"))
          || sentence.stream().noneMatch(d -> d.governor() == passive && d.relation().equals("aux:pass") && PRESENT.contains(tokens.get(d.dependent()).tag()))) {
        continue;
      }
      Optional<Integer> main = pastVerbAbove(tokens, sentence, passive);
      Optional<Integer> doer = main.flatMap(m -> PastVerbJoinedToSubjunctive.subjectOf(sentence, m));
      if (doer.isEmpty()) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        boolean borrowedSubject = d.governor() == verb && d.relation().startsWith("nsubj");
        if (d != joined && !borrowedSubject) {
          mended.add(d);
        }
      }
      mended.add(new Dependency(main.get(), verb, "conj:and"));
      mended.add(new Dependency(verb, doer.get(), "nsubj"));
      return List.copyOf(mended);
    }
    return sentence;
  }

  /** The nearest past-tense verb above the passive, through the clauses that hold it ("stay", "let", "asked"). */
  private static Optional<Integer> pastVerbAbove(List<Token> tokens, List<Dependency> sentence, int passive) {
    int current = passive;
    for (int step = 0; step < 6; step++) {
      int at = current;
      Optional<Integer> head = sentence.stream().filter(d -> d.dependent() == at && d.governor() >= 0 && !d.relation().startsWith("conj"))
          .map(Dependency::governor).findFirst();
      if (head.isEmpty()) {
        return Optional.empty();
      }
      current = head.get();
      if (tokens.get(current).tag().equals("VBD") && current < passive) {
        return Optional.of(current);
      }
    }
    return Optional.empty();
  }
}
