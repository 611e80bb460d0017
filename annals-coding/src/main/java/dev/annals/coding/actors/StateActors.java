package dev.annals.coding.actors;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import java.util.Optional;
import java.util.function.Function;

/** Builds the actors of states: a country with a sector, a country's own level, a place's country. */
final class StateActors {
  private final ActorDictionary dictionary;
  private final Function<String, Optional<String>> countryOfPlace;

  /**
   * @param countryOfPlace the country of a place name, so that "the junta in Niamey" is NERMIL
   */
  StateActors(ActorDictionary dictionary, Function<String, Optional<String>> countryOfPlace) {
    this.dictionary = dictionary;
    this.countryOfPlace = countryOfPlace;
  }

  /** The country-level actor for a state actor: RUSGOV gives RUS. */
  Actor countryLevel(Actor actor) {
    if (actor.country().isEmpty() || actor.kind() == ActorKind.ORGANISATION || actor.kind() == ActorKind.REGION) {
      return actor;
    }
    String iso3 = actor.country().get();
    String name = dictionary.country(iso3).map(Country::name).orElse(iso3);
    return new Actor(iso3, name, Optional.of(iso3), Optional.empty(), ActorKind.STATE);
  }

  /** Builds the actor for a country and sector: RUS + GOV is RUSGOV. */
  Actor stateActor(String iso3, Optional<String> sector) {
    return stateActor(iso3, dictionary.country(iso3).map(Country::name).orElse(iso3), sector);
  }

  /** Builds the actor for a country, by its name, and sector: RUS, "Russia" + GOV is RUSGOV "Russia government". */
  static Actor stateActor(String iso3, String name, Optional<String> sector) {
    Optional<String> plain = sector.map(ActorDictionary::agentCode);
    String code = sector.map(s -> ActorDictionary.withAgent(iso3, s)).orElse(iso3);
    return new Actor(code, plain.map(s -> name + " " + SectorNames.of(s)).orElse(name), Optional.of(iso3), plain, ActorKind.STATE);
  }

  /** The country of a place name, when the gazetteer knows it. */
  Optional<String> countryOfPlace(String name) {
    return countryOfPlace.apply(name);
  }

  /** The country of a named place as an actor: "struck Kharkiv" strikes Ukraine. */
  Optional<Actor> placeActor(String name) {
    return countryOfPlace.apply(name).map(iso3 -> stateActor(iso3, Optional.empty()));
  }
}
