package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "South Korea's navy and coast guard began an exercise": the parser makes the possessor a subject
 * of the verb beside the noun it owns ({@code nsubj(began, Korea)}, {@code case(Korea, 's)}). A
 * word marked with 's is never a subject; right before another subject of the same verb, it is
 * that subject's possessor ({@code nmod:poss(navy, Korea)}).
 */
public final class PossessorReadAsSubject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int owner = subject.dependent();
      if (!subject.relation().equals("nsubj") || subject.governor() < 0 || !marksPossession(tokens, sentence, owner)) {
        continue;
      }
      for (Dependency owned : sentence) {
        if (owned != subject && owned.governor() == subject.governor() && owned.relation().equals("nsubj") && owned.dependent() > owner
            && firstWordOf(sentence, owned.dependent()) == owner + 2) {
          return DependencyEdits.replaced(sentence, subject, new Dependency(owned.dependent(), owner, "nmod:poss"));
        }
      }
    }
    return sentence;
  }

  private static boolean marksPossession(List<Token> tokens, List<Dependency> sentence, int word) {
    return sentence.stream().anyMatch(d -> d.governor() == word && d.relation().equals("case") && tokens.get(d.dependent()).text().equals("'s")
        && d.dependent() == word + 1);
  }

  /** The first word of a noun phrase: its head, or the earliest word compounded with or modifying it. */
  private static int firstWordOf(List<Dependency> sentence, int head) {
    int first = head;
    for (Dependency d : sentence) {
      if (d.governor() == head && (d.relation().equals("compound") || d.relation().equals("amod")) && d.dependent() < first) {
        first = d.dependent();
      }
    }
    return first;
  }
}
