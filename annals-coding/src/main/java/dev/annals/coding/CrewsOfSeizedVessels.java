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
 * coast guard detain Indonesians). So too a crew killed or attacked in the sentence that tells the
 * same side attacking a vessel of a country ("opened fire on a Laotian cargo boat, killing two crew
 * members"): the crew is the boat's, whatever country the story around it is about, unless its own
 * words name its nation.
 */
final class CrewsOfSeizedVessels {
  /** Holding people: arrest or detention (173), abduction (181). */
  private static final Set<String> HOLDING = Set.of("173", "181");
  private static final String SEIZURE = "1711";
  /** Attacks and assaults (18x, 19x), on a vessel and on its crew. */
  private static final Set<String> ATTACKING = Set.of("18", "19");
  /** Lemmas of words for a vessel attacked. */
  private static final Set<String> VESSEL_WORDS = Set.of("boat", "ship", "vessel", "trawler", "tanker", "ferry", "freighter", "barge");
  /** Words that name the people of a vessel. */
  private static final Set<String> CREW_WORDS = Set.of("crew", "crews", "crewman", "crewmen", "sailor", "sailors", "seaman", "seamen",
      "fisherman", "fishermen", "mariner", "mariners");

  /** A capitalised word in a crew's phrase: its nation ("Colombian", "Filipino"). */
  private static final java.util.regex.Pattern NAMED_NATION = java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{L}+");

  private final BiFunction<String, Optional<String>, Actor> states;

  CrewsOfSeizedVessels(BiFunction<String, Optional<String>, Actor> states) {
    this.states = states;
  }

  List<CodedMention> place(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> placed = coded.stream()
        .map(m -> isUnplacedCrewHeld(m) ? ofSeizedVessels(coded, m).orElse(m) : isCrewAttacked(m) ? ofAttackedVessel(index, coded, m).orElse(m) : m).toList();
    return placed.stream().map(m -> isSeizureOfNoOne(m) ? ofItsCrew(placed, m).orElse(m) : isAidToAVessel(index, m) ? toItsCrew(placed, m).orElse(m) : m).toList();
  }

  /** Aid (07). */
  private static final String AID = "07";

  /**
   * "Bulgaria's maritime administration delivered food and water to the ship": aid brought to a
   * vessel, aimed at no one, is for the people aboard, the crew the story told of before.
   */
  private static boolean isAidToAVessel(DependencyIndex index, CodedMention m) {
    return m.type().code().startsWith(AID) && m.target().isEmpty() && !m.negated()
        && index.children(m.trigger(), Set.of("obl:to", "iobj")).stream().anyMatch(t -> VESSEL_WORDS.contains(index.lemma(t)));
  }

  /** The crew the latest event up to the aid's sentence was done by or to, placed in a country. */
  private static Optional<CodedMention> toItsCrew(List<CodedMention> coded, CodedMention m) {
    ActorMention crew = null;
    for (CodedMention c : coded) {
      if (c.sentence() > m.sentence()) {
        break;
      }
      for (ActorMention side : c.target().isPresent() ? List.of(c.source(), c.target().get()) : List.of(c.source())) {
        if (namesCrew(side) && side.actor().country().isPresent() && !side.actor().equals(m.source().actor())) {
          crew = side;
        }
      }
    }
    return Optional.ofNullable(crew).map(m::withTarget);
  }

  /**
   * "seized a semi-submersible carrying cocaine ... and arrested its four Colombian crew members":
   * a seizure (171) aimed at no one, in the sentence where the same side holds a crew of a
   * country, is done to that crew's people, whose vessel it was.
   */
  private static boolean isSeizureOfNoOne(CodedMention m) {
    return m.type().code().startsWith("171") && m.target().isEmpty() && !m.negated();
  }

  private static Optional<CodedMention> ofItsCrew(List<CodedMention> coded, CodedMention m) {
    // The crew's own words name its nation ("its four Colombian crew members"); a crew placed
    // only by where it was taken ("its four crew members, three Brazilians and a Spaniard") is not
    // yet known to be of one country.
    return coded.stream().filter(c -> c.sentence() == m.sentence() && HOLDING.stream().anyMatch(c.type().code()::startsWith) && !c.negated()
            && c.source().actor().equals(m.source().actor())
            && c.target().filter(t -> t.actor().country().isPresent() && namesCrew(t) && NAMED_NATION.matcher(t.surface()).find()).isPresent())
        .map(c -> m.withTarget(c.target().get())).findFirst();
  }

  private static boolean namesCrew(ActorMention mention) {
    return java.util.Arrays.stream(mention.surface().toLowerCase(Locale.ROOT).split("\\W+")).anyMatch(CREW_WORDS::contains);
  }

  /**
   * A crew held of no country yet, or of the holder's own by no word of its own: "seized a Turkish
   * cargo ship … and detained its 14 crew", where "its" finds the seizing navy, not the ship.
   */
  private static boolean isUnplacedCrewHeld(CodedMention m) {
    return HOLDING.stream().anyMatch(m.type().code()::startsWith) && m.target().filter(t -> t.actor().country().isEmpty()
            || (t.actor().country().equals(m.source().actor().country()) && !NAMED_NATION.matcher(t.surface()).find())).isPresent()
        && namesCrew(m.target().get());
  }

  private Optional<CodedMention> ofSeizedVessels(List<CodedMention> coded, CodedMention m) {
    return coded.stream().filter(c -> c.sentence() == m.sentence() && c.type().code().equals(SEIZURE) && !c.negated()
            && c.source().actor().equals(m.source().actor()))
        .flatMap(c -> c.target().flatMap(t -> t.actor().country()).stream()).findFirst()
        .map(country -> ofCountry(m, country));
  }

  private static boolean isCrewAttacked(CodedMention m) {
    return ATTACKING.stream().anyMatch(m.type().code()::startsWith) && !m.negated()
        && m.target().filter(t -> namesCrew(t) && !NAMED_NATION.matcher(t.surface()).find()).isPresent();
  }

  private Optional<CodedMention> ofAttackedVessel(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    return coded.stream().filter(c -> c != m && c.sentence() == m.sentence() && ATTACKING.stream().anyMatch(c.type().code()::startsWith) && !c.negated()
            && c.source().actor().equals(m.source().actor()) && c.target().filter(t -> namesVessel(index, t)).isPresent())
        .flatMap(c -> c.target().flatMap(t -> t.actor().country()).stream()).findFirst()
        .map(country -> ofCountry(m, country));
  }

  /** The event with its crew target placed in the country. */
  private CodedMention ofCountry(CodedMention m, String country) {
    ActorMention crew = m.target().get();
    return m.withTarget(new ActorMention(crew.span(), crew.surface(), states.apply(country, crew.actor().sector())));
  }

  /** Whether the mention is a vessel's, or the word of its nation ("a Laotian cargo boat"). */
  private static boolean namesVessel(DependencyIndex index, ActorMention mention) {
    return index.lastTokenIn(mention.span()).filter(last -> VESSEL_WORDS.contains(index.lemma(last))
        || index.head(last).filter(h -> Set.of("amod", "compound", "nmod:poss").contains(h.relation()) && VESSEL_WORDS.contains(index.lemma(h.governor())))
            .isPresent()).isPresent();
  }
}
