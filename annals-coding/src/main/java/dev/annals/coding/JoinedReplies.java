package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Tokayev raised the matter with Putin in a telephone call, and Putin promised a quick
 * solution": an act with no one named to receive it, done by the side another act of the same
 * sentence was just aimed at, in a clause joined to that act's (or opened by "and" after it),
 * answers it, and is aimed at whoever did that act. Not a plain statement, which is said to the
 * press as often as to anyone.
 */
final class JoinedReplies {
  /** The root of plain statements. */
  private static final String STATEMENT = "01";

  private JoinedReplies() {}

  static List<CodedMention> aim(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      Optional<CodedMention> answered = m.target().isEmpty() && !m.type().rootCode().equals(STATEMENT) ? answeredAct(index, coded, m) : Optional.empty();
      result.add(answered.map(a -> m.withTarget(a.source())).orElse(m));
    }
    return result;
  }

  /**
   * The act of the sentence, aimed at this one's doer by another side, whose verb this one's is
   * joined to. The answer names its own doer ("and Putin promised"): a joined verb that borrows
   * its subject ("invited Chinese officials to study in France and called for more visits", read
   * with the officials calling) is no answer. Nor is a verb opened by "and" whose subject the
   * parser copied from another verb it is joined to ("after Budapest released the men and ordered
   * them to leave").
   */
  private static Optional<CodedMention> answeredAct(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    if (index.children(m.trigger(), java.util.Set.of("nsubj")).isEmpty()) {
      return Optional.empty();
    }
    boolean ownDoer = namesItsOwnDoer(index, m.trigger());
    boolean openedByAnd = openedByAnd(index, m);
    return coded.stream()
        .filter(a -> a != m && a.sentence() == m.sentence() && a.trigger() < m.trigger() && a.target().isPresent())
        .filter(a -> a.target().get().actor().country().isPresent() && a.target().get().actor().country().equals(m.source().actor().country()))
        // (Done to the answering side, not to people of its country: "the inmates would be guarded
        // by Estonian officers … and Sweden would pay 30 million euros" answers no guard.)
        .filter(a -> Sides.ofState(a.target().get().actor()) == Sides.ofState(m.source().actor()))
        .filter(a -> a.source().actor().country().isPresent() && !a.source().actor().country().equals(m.source().actor().country()))
        // "The two leaders agreed … and praised each other's support": a subject shared with the
        // act itself is both sides, each answering the other.
        .filter(a -> joinedTo(index, m, a) || ownDoer && openedByAnd)
        .findFirst();
  }

  private static boolean joinedTo(DependencyIndex index, CodedMention m, CodedMention a) {
    return index.parents(m.trigger()).stream().anyMatch(d -> d.governor() == a.trigger() && d.relation().startsWith("conj"));
  }

  /** A subject after the verb this one is joined to, not the one written before both. */
  private static boolean namesItsOwnDoer(DependencyIndex index, int verb) {
    int joinedTo = index.parents(verb).stream().filter(d -> d.relation().startsWith("conj")).mapToInt(d -> d.governor()).min().orElse(-1);
    return index.children(verb, java.util.Set.of("nsubj")).stream().anyMatch(subject -> subject > joinedTo);
  }

  /**
   * "…, and Putin promised a quick solution, the Kremlin said": the parser may make the joined
   * clause what the closing attribution reports, its "and" still its own.
   */
  private static boolean openedByAnd(DependencyIndex index, CodedMention m) {
    return index.children(m.trigger(), java.util.Set.of("cc")).stream().anyMatch(c -> index.lemma(c).equalsIgnoreCase("and"));
  }
}
