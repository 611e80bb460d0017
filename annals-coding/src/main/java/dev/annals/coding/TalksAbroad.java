package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.place.PlaceFinder;
import dev.annals.model.Actor;
import dev.annals.model.ActorMention;
import dev.annals.model.Place;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "Pakistan's interior minister, Mohsin Naqvi, held talks in Abu Dhabi": talks that one side holds
 * with no one named, by a verb whose place is in another country, are held with that country's
 * government, the host. Not when several sides hold them ("US and Iranian negotiators held talks
 * in Muscat" meet each other, Oman only lends the room), nor a meeting told by a noun ("a summit
 * in Abuja", "recalled its ambassador for consultations"), whose place may be anyone's.
 */
final class TalksAbroad {
  /** Consultations: meetings, talks, negotiations (a visit, 042, finds its host by its own place). */
  private static final Set<String> TALKS = Set.of("040", "043", "046");
  /** How the place of the talks hangs on their verb. */
  private static final Set<String> PLACE_RELATIONS = Set.of("obl:in", "obl:at");
  private static final Set<String> NOUN_PLACE_RELATIONS = Set.of("nmod:in", "nmod:at");
  /** Nouns of talks held: "held talks in Beijing". */
  private static final Set<String> TALK_NOUNS = Set.of("talk", "talks", "meeting", "negotiation", "consultation", "discussion");

  /** Words of a subject that is several sides: "their ministers", "the two", "both leaders". */
  private static final Set<String> MANY_WORDS = Set.of("their", "they", "two", "both", "three", "all");

  private final PlaceFinder places;
  private final BiFunction<String, Optional<String>, Actor> states;

  TalksAbroad(PlaceFinder places, BiFunction<String, Optional<String>, Actor> states) {
    this.places = places;
    this.states = states;
  }

  List<CodedMention> aim(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> isUnaimedTalk(index, m) ? withHost(index, m).orElse(m) : m).toList();
  }

  private static boolean isUnaimedTalk(DependencyIndex index, CodedMention m) {
    // (The event's own fields first: most events are no talks, and need no walk of the tree.)
    if (m.target().isPresent() || !TALKS.contains(m.type().code()) || !index.token(m.trigger()).isVerb() || m.source().actor().country().isEmpty()) {
      return false;
    }
    // "the two agreed that their energy ministers would meet in Ashgabat": ministers of two
    // sides, or two named, meet each other.
    // "a steering committee of representatives of nations contributing to the force -- Austria,
    // France, Greece ... -- would meet Friday in Rome": a body of several named is several sides.
    // (A verb with no subject of its own, misparsed, tells no one side.)
    List<Integer> subjects = index.children(m.trigger(), Set.of("nsubj", "nsubj:pass"));
    boolean oneSide = !subjects.isEmpty()
        && subjects.stream().allMatch(s -> !namesSeveral(index, s, 0) && !MANY_WORDS.contains(index.lemma(s).toLowerCase(java.util.Locale.ROOT)));
    // "will meet with the commander of the US troops and top Korean leaders": a partner the text
    // names, even one no actor stands for, is whom the talks are with.
    boolean partnerNamed = !index.children(m.trigger(), Set.of("obl:with")).isEmpty()
        || index.children(m.trigger(), Set.of("obj")).stream().anyMatch(o -> !index.children(o, Set.of("nmod:with")).isEmpty());
    return oneSide && !partnerNamed;
  }

  /** Whether the phrase joins several names or counts several: "Peru and Chile", "their ministers", "representatives of Austria, France ...". */
  private static boolean namesSeveral(DependencyIndex index, int head, int depth) {
    if (depth > 3) {
      return false;
    }
    return index.children(head).stream().anyMatch(d -> d.relation().startsWith("conj") || MANY_WORDS.contains(index.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT))
        || (!d.relation().equals("punct") && !d.relation().startsWith("acl") && namesSeveral(index, d.dependent(), depth + 1)));
  }

  private Optional<CodedMention> withHost(DependencyIndex index, CodedMention m) {
    String own = m.source().actor().country().get();
    // "held talks in Beijing": the place may hang on the talks, the verb's object.
    List<Integer> where = new java.util.ArrayList<>(index.children(m.trigger(), PLACE_RELATIONS));
    // (Not the place of a topic: "to discuss developments in North Korea".)
    index.children(m.trigger(), Set.of("obj")).stream().filter(o -> TALK_NOUNS.contains(index.lemma(o)))
        .forEach(o -> where.addAll(index.children(o, NOUN_PLACE_RELATIONS)));
    for (int place : where) {
      Optional<String> host = places.placeAt(index, place).flatMap(Place::country).filter(country -> !country.equals(own));
      if (host.isPresent()) {
        return Optional.of(m.withTarget(ActorMention.at(index.token(place), states.apply(host.get(), Optional.of("GOV")))));
      }
    }
    return Optional.empty();
  }
}
