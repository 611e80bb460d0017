package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The herders were handed back by Chinese border guards", "gave back the detained fishermen":
 * a verb of returning things (0842) whose thing is people, told with no one it was returned to,
 * releases those people (0841), who are its target.
 */
final class ReleasedPeople {
  /** Return or release property. */
  private static final String PROPERTY = "0842";
  /** Where the verb names what it returns: its object, or the passive's subject. */
  private static final Set<String> RETURNED = Set.of("obj", "nsubj:pass");

  private final EventType releaseOfPeople;
  private final EventType detention;

  ReleasedPeople(CameoCodebook codebook) {
    this.releaseOfPeople = codebook.require("0841", "people returned");
    this.detention = codebook.require("173", "people held on a court's order");
  }

  List<CodedMention> read(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new java.util.ArrayList<>();
    // The participles of courts' orders read as detentions: "ordered them held" holds no one of its own.
    Set<Integer> orderedParticiples = new java.util.HashSet<>();
    for (CodedMention m : coded) {
      if (orderedParticiples.contains(m.trigger())) {
        continue;
      }
      CodedMention read = m.type().code().equals(PROPERTY) && m.target().isEmpty()
          ? people(index, actors, m.trigger()).map(p -> m.withType(releaseOfPeople).withTarget(p)).orElse(m) : m;
      if (read.type().code().equals(RELEASE) && read.target().isEmpty() && isPeople(read.source()) && index.children(read.trigger(), Set.of("obj")).isEmpty()) {
        // "Twelve Ukrainian children taken to Russia during the war returned home": people that the
        // text says were taken to or held in another state and who come back were let go by it.
        CodedMention homecoming = read;
        read = holderAbroad(index, actors, read.source()).map(state -> homecoming.withType(releaseOfPeople).withSource(state).withTarget(homecoming.source()))
            .orElse(read);
      }
      if (read.type().code().equals(RELEASE_DEMANDED) && ofACourt(read.source()) && ORDERING.contains(index.lemma(read.trigger()))) {
        // "A court in Haarlem ordered the release of 23 Moroccans": what a court orders is done;
        // the order is the release of those it names, not a demand made of their holder.
        CodedMention ordered = read;
        read = index.children(read.trigger(), Set.of("obj")).stream().filter(o -> index.lemma(o).equals("release"))
            .flatMap(o -> index.children(o, Set.of("nmod:of")).stream()).flatMap(p -> actors.at(p).stream())
            .filter(ReleasedPeople::isPeople).findFirst().map(p -> ordered.withType(releaseOfPeople).withTarget(p)).orElse(ordered);
      }
      if (read.type().rootCode().equals(DEMAND_ROOT) && ofACourt(read.source()) && ORDERING.contains(index.lemma(read.trigger()))) {
        // "A court in Istanbul ordered him held pending trial": so too a court's order that
        // people be held is their detention, not a demand.
        // ("ordered the journalist held" may hang the participle on the object.)
        CodedMention ordered = read;
        List<Integer> objects = index.children(ordered.trigger(), Set.of("obj"));
        boolean held = java.util.stream.Stream.concat(index.children(ordered.trigger(), Set.of("xcomp")).stream(),
                objects.stream().flatMap(o -> index.children(o, Set.of("acl")).stream()))
            .anyMatch(x -> HOLDING.contains(index.lemma(x)));
        // "arrested its four crew members, three Brazilians and a Spaniard ... A court in Praia
        // ordered the four men held": people named by a word for them alone are those held last.
        Optional<ActorMention> named = !held ? Optional.empty()
            : java.util.stream.Stream.concat(ordered.target().stream(), objects.stream().flatMap(o -> actors.at(o).stream())).filter(ReleasedPeople::isPeople).findFirst();
        List<ActorMention> heldBefore = held && named.isEmpty() && objects.stream().allMatch(o -> actors.at(o).isEmpty())
            ? EarlierEvents.allHeld(result, ordered, HELD_REACH) : List.of();
        if (!heldBefore.isEmpty()) {
          heldBefore.subList(1, heldBefore.size()).forEach(p -> result.add(ordered.withType(detention).withTarget(p)));
          named = Optional.of(heldBefore.get(0));
        }
        read = named.map(p -> ordered.withType(detention).withTarget(p)).orElse(ordered);
        if (read != ordered) {
          index.children(ordered.trigger(), Set.of("xcomp")).stream().filter(x -> HOLDING.contains(index.lemma(x)) && x > ordered.trigger()).forEach(orderedParticiples::add);
        }
      }
      if (read.type().code().startsWith(RELEASE) && read.target().isEmpty() && releasesSomeoneUnnamed(index, actors, read.trigger())) {
        // "The captain was released early on Monday": people called by a word for them alone
        // are those the releasing side held.
        CodedMention release = read;
        read = EarlierEvents.held(result, release, HELD_REACH).map(release::withTarget).orElse(release);
      }
      result.add(read);
    }
    return result;
  }

  /** Demand the release of persons or property. */
  private static final String RELEASE_DEMANDED = "1053";
  /** Demand (10). */
  private static final String DEMAND_ROOT = "10";
  /** Participles of holding people that a court orders: "ordered him held", "ordered them detained". */
  private static final Set<String> HOLDING = Set.of("hold", "detain", "jail", "imprison", "remand", "keep", "arrest", "incarcerate");
  /** Verbs by which a court's word is done: "ordered the release". */
  private static final Set<String> ORDERING = Set.of("order", "rule", "decree");

  /** Participles by which people come to be held in another state: "taken to Russia", "held in Iran". */
  private static final Set<String> TAKEN_AWAY = Set.of("take", "hold", "detain", "jail", "imprison", "deport", "abduct", "kidnap", "seize", "capture", "transfer");
  /** The phrases of such a participle that name where: "to Russia", "in Iran". */
  private static final Set<String> WHERE_HELD = Set.of("obl:to", "obl:in", "obl:into");

  /**
   * The state the people were taken to or held in, as a participle on their noun tells it, when it
   * is not their own: "children taken to Russia" for Ukrainian children.
   */
  private static Optional<ActorMention> holderAbroad(DependencyIndex index, ArticleActors actors, ActorMention people) {
    Optional<Integer> noun = index.lastTokenIn(people.span());
    if (noun.isEmpty()) {
      return Optional.empty();
    }
    return index.children(noun.get(), Set.of("acl")).stream().filter(p -> TAKEN_AWAY.contains(index.lemma(p)))
        .flatMap(p -> index.children(p, WHERE_HELD).stream()).flatMap(place -> actors.at(place).stream())
        .filter(state -> state.actor().kind() == ActorKind.STATE && state.actor().country().isPresent()
            && !state.actor().country().equals(people.actor().country()))
        .findFirst();
  }

  /** A court or the judiciary. */
  private static boolean ofACourt(ActorMention mention) {
    return mention.actor().sector().filter("JUD"::equals).isPresent();
  }

  /** Release persons or property (084). */
  private static final String RELEASE = "084";
  /** How many sentences back the holding may be told. */
  private static final int HELD_REACH = 10;

  /** Whether what the verb releases is a common noun that names no actor: "the captain", "the crew". */
  private static boolean releasesSomeoneUnnamed(DependencyIndex index, ArticleActors actors, int verb) {
    return index.children(verb, RETURNED).stream().anyMatch(t -> index.token(t).isNoun() && !index.token(t).isProperNoun() && actors.at(t).isEmpty());
  }

  /**
   * The people the verb returns, if what it returns is people: a person, or people of a sector
   * ("Indian herders", "the soldiers"), not a state, its government or an organisation (what
   * stands for a state, "the vessel", is its property).
   */
  private static Optional<ActorMention> people(DependencyIndex index, ArticleActors actors, int verb) {
    for (int returned : index.children(verb, RETURNED)) {
      for (ActorMention who : actors.at(returned)) {
        if (isPeople(who)) {
          return Optional.of(who);
        }
      }
    }
    return Optional.empty();
  }

  /** A person, or people of a sector: not a state, its government or an organisation. */
  private static boolean isPeople(ActorMention who) {
    boolean peopleOfASector = who.actor().sector().filter(sector -> !sector.equals("GOV")).isPresent() && who.actor().kind() != ActorKind.ORGANISATION;
    return who.actor().kind() == ActorKind.PERSON || peopleOfASector;
  }
}
