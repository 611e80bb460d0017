package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.ActorMention;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "seized three Vietnamese fishing boats and detained 41 crew members": a crew held in the
 * sentence that tells a seizure of vessels (1711) by the same side is the crew of those vessels,
 * of the vessels' country, not of the waters where they were taken (which would make Indonesia's
 * coast guard detain Indonesians).
 */
final class CrewsOfSeizedVessels {
  /** Holding people: arrest or detention (173), abduction (181). */
  private static final Set<String> HOLDING = Set.of("173", "181");
  private static final String SEIZURE = "1711";
  /** Words that name the people of a vessel. */
  private static final Set<String> CREW_WORDS = Set.of("crew", "crews", "crewman", "crewmen", "sailor", "sailors", "seaman", "seamen",
      "fisherman", "fishermen", "mariner", "mariners");

  private final BiFunction<String, Optional<String>, Actor> states;

  CrewsOfSeizedVessels(BiFunction<String, Optional<String>, Actor> states) {
    this.states = states;
  }

  List<CodedMention> place(List<CodedMention> coded) {
    return coded.stream().map(m -> isUnplacedCrewHeld(m) ? ofSeizedVessels(coded, m).orElse(m) : m).toList();
  }

  private static boolean isUnplacedCrewHeld(CodedMention m) {
    return HOLDING.stream().anyMatch(m.type().code()::startsWith) && m.target().filter(t -> t.actor().country().isEmpty()).isPresent()
        && java.util.Arrays.stream(m.target().get().surface().toLowerCase(Locale.ROOT).split("\\W+")).anyMatch(CREW_WORDS::contains);
  }

  private Optional<CodedMention> ofSeizedVessels(List<CodedMention> coded, CodedMention m) {
    return coded.stream().filter(c -> c.sentence() == m.sentence() && c.type().code().equals(SEIZURE) && !c.negated()
            && c.source().actor().equals(m.source().actor()))
        .flatMap(c -> c.target().flatMap(t -> t.actor().country()).stream()).findFirst()
        .map(country -> {
          ActorMention crew = m.target().get();
          return m.withTarget(new ActorMention(crew.span(), crew.surface(), states.apply(country, crew.actor().sector())));
        });
  }
}
