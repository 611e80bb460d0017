package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "signed an agreement with Ivory Coast to train Ivorian museum curators": the parser may read
 * "with" as the mark of the infinitive after the name and the name as its subject ({@code
 * mark(train, with)}, {@code nsubj(train, Coast)}), so that the agreement has no other party. A
 * clause marked both "with" and "to" (no such clause is English) hung on a noun: the name after
 * "with" is that noun's partner ({@code nmod:with(agreement, Coast)}), and the infinitive keeps its
 * place with no subject of its own.
 */
public final class PartnerReadAsSubjectOfInfinitive implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency with : sentence) {
      int clause = with.governor();
      if (!with.relation().equals("mark") || clause < 0 || !tokens.get(with.dependent()).lemma().equalsIgnoreCase("with")
          || sentence.stream().noneMatch(d -> d.governor() == clause && d.relation().equals("mark")
              && tokens.get(d.dependent()).tag().equals("TO"))) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == clause && d.relation().equals("nsubj") && d.dependent() > with.dependent()
          && d.dependent() < clause).findFirst();
      // Only a clause on a noun: on a verb ("agreed with his Danish counterpart to set up a unit",
      // "work with its allies to impose the measures") the reading as the infinitive's subject
      // tells the coder who joins in, as the verb's partner would not.
      Optional<Dependency> head = DependencyEdits.headEdge(sentence, clause).filter(d -> d.governor() >= 0 && tokens.get(d.governor()).isNoun());
      if (subject.isEmpty() || head.isEmpty()) {
        continue;
      }
      int holder = head.get().governor();
      List<Dependency> repaired = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == with) {
          repaired.add(new Dependency(subject.get().dependent(), with.dependent(), "case"));
        } else if (d == subject.get()) {
          repaired.add(new Dependency(holder, d.dependent(), "nmod:with"));
        } else {
          repaired.add(d);
        }
      }
      return repaired;
    }
    return sentence;
  }
}
