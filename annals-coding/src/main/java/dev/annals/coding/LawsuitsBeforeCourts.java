package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.ActorMention;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "Uganda's main opposition party said it would challenge it in the Constitutional Court": a case
 * brought in a state's court is brought against that state, whose act (the arrangement, the law,
 * the decision) it contests; the court only hears it. A lawsuit whose only target is the court it
 * is brought in or before is aimed at the court's government, unless that government brings it.
 */
final class LawsuitsBeforeCourts {
  private static final String LAWSUIT = "115";
  private static final String JUDICIARY = "JUD";
  private static final String GOVERNMENT = "GOV";
  /** How the court a case is brought in hangs on the verb: "in the Constitutional Court", "before the tribunal". */
  private static final Set<String> VENUES = Set.of("obl:in", "obl:at", "obl:before");

  private LawsuitsBeforeCourts() {}

  static List<CodedMention> aim(DependencyIndex index, List<CodedMention> coded, BiFunction<String, Optional<String>, Actor> states) {
    return coded.stream().map(m -> courtAsVenue(index, m)
        .filter(court -> !(m.source().actor().country().equals(court.actor().country()) && m.source().actor().sector().filter(GOVERNMENT::equals).isPresent()))
        .map(court -> m.withTarget(new ActorMention(court.span(), court.surface(), EarlierEvents.governmentFor(court.actor(), states))))
        .orElse(m)).toList();
  }

  /** The lawsuit's target when it is a state's court the case is brought in or before. */
  private static Optional<ActorMention> courtAsVenue(DependencyIndex index, CodedMention m) {
    if (!m.type().code().equals(LAWSUIT) || m.target().isEmpty()) {
      return Optional.empty();
    }
    ActorMention court = m.target().get();
    boolean judiciary = court.actor().sector().filter(JUDICIARY::equals).isPresent() && court.actor().country().isPresent();
    boolean venue = index.lastTokenIn(court.span()).flatMap(index::head)
        .filter(d -> d.governor() == m.trigger() && VENUES.contains(d.relation())).isPresent();
    return judiciary && venue ? Optional.of(court) : Optional.empty();
  }
}
