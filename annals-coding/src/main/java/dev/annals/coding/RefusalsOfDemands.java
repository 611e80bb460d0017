package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Colombia's foreign ministry demanded a public apology on Saturday, but Milei told a radio station
 * on Sunday that he would not take back 'a single word'": what the side a demand or appeal was
 * made of says, after "but", that it will not do, rejects (120) the demand, aimed at whoever made
 * it; not a plain statement to the press.
 */
final class RefusalsOfDemands {
  /** Roots of what is asked of someone: appeals (02) and demands (10). */
  private static final Set<String> ASKING_ROOTS = Set.of("02", "10");
  /** Modals of what is to come: "would not", "will never". */
  private static final Set<String> COMING = Set.of("will", "would", "shall");

  private final EventType rejection;

  RefusalsOfDemands(CameoCodebook codebook) {
    this.rejection = codebook.require("120", "refusals of demands");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      Optional<CodedMention> refused = m.type().code().equals("010") && m.speech() && m.target().isEmpty() && saysItWillNot(index, m.trigger())
          ? demandJoinedByBut(index, coded, m) : Optional.empty();
      result.add(refused.map(demand -> m.withType(rejection).withTarget(demand.source())).orElse(m));
    }
    return result;
  }

  /** What the saying tells is a deed to come, negated: "that he would not take back a single word". */
  private static boolean saysItWillNot(DependencyIndex index, int saying) {
    return index.children(saying, Set.of("ccomp")).stream().anyMatch(said -> index.children(said, Set.of("aux")).stream()
            .anyMatch(a -> COMING.contains(index.token(a).text().toLowerCase(Locale.ROOT)))
        && Negations.negated(index, said));
  }

  /** The demand or appeal of the sentence made of the speaker's side by another, to which the saying is joined by "but". */
  private static Optional<CodedMention> demandJoinedByBut(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    return coded.stream()
        .filter(a -> a != m && a.sentence() == m.sentence() && a.trigger() < m.trigger() && ASKING_ROOTS.contains(a.type().rootCode()) && a.target().isPresent())
        .filter(a -> Sides.same(a.target().get().actor(), m.source().actor()) && Sides.different(a.source().actor(), m.source().actor()))
        .filter(a -> index.parents(m.trigger()).stream().anyMatch(d -> d.governor() == a.trigger() && d.relation().equals("conj:but")))
        .findFirst();
  }
}
