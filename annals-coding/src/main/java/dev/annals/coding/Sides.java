package dev.annals.coding;

import dev.annals.coding.actors.ActorResolver;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;

/**
 * Whether two actors stand on the same side of an event: the same actor, or the same country and
 * both of its state or both not. An opposition, rebels or civilians are another side than their
 * own government.
 */
final class Sides {
  private Sides() {}

  /**
   * Same actor, or the same country and both of the state or both not ("Azerbaijan" asked,
   * "Azerbaijani President Aliyev" answers; Belarus's government released prisoners, its
   * opposition welcomed the release); or a state of no country yet beside another state.
   */
  static boolean same(Actor a, Actor b) {
    return knownSame(a, b) || unplacedStateOf(a, b) || unplacedStateOf(b, a);
  }

  /**
   * Not known to be the same side: an actor of no country yet ("President Irfaan Ali", unknown)
   * may be of either state's side when aimed at, but is not known to be the other state when it
   * acts ("Venezuelan boats sailed into Guyana's waters … Ali called the incursion a violation").
   */
  static boolean different(Actor a, Actor b) {
    return !knownSame(a, b);
  }

  /**
   * Whether a speaker speaks for the side that acts: the same actor, or a country and its state
   * ("China's embassy said" that Beijing "opposed", "Interior Minister Dobrindt said" that Germany
   * "would keep turning migrants away"). An opposition party or a rights group of the country does
   * not speak for the state, nor for each other.
   */
  static boolean speaksFor(Actor speaker, Actor actor) {
    return speaker.code().equals(actor.code()) || (speaker.country().isPresent() && speaker.country().equals(actor.country()) && ofState(speaker) && ofState(actor));
  }

  /** Same actor, or the same country and both of the state or both not. */
  private static boolean knownSame(Actor a, Actor b) {
    return a.code().equals(b.code()) || (a.country().isPresent() && a.country().equals(b.country()) && ofState(a) == ofState(b));
  }

  /**
   * "The mission criticised the authorities … The election commission rejected the criticism":
   * the authorities of no country named are, at this stage, the state of whoever answers for them;
   * their country is given later, from the article's places.
   */
  private static boolean unplacedStateOf(Actor unplaced, Actor other) {
    return unplaced.country().isEmpty() && unplaced.kind() == ActorKind.GROUP && unplaced.sector().isPresent()
        && ofState(unplaced) && other.country().isPresent() && ofState(other);
  }

  /**
   * A country or one who holds its office, or its government, placed in its country: who takes a
   * state's decisions, makes its demands and lodges its protests.
   */
  static boolean stateOrItsGovernment(Actor actor) {
    return (actor.kind() == ActorKind.STATE || actor.kind() == ActorKind.PERSON) && actor.country().isPresent()
        && actor.sector().filter(sector -> !sector.equals(GOVERNMENT)).isEmpty();
  }

  private static final String GOVERNMENT = "GOV";

  /** A state actor; an actor of no sector (a country itself) counts as its state. */
  static boolean ofState(Actor actor) {
    return actor.sector().map(ActorResolver.STATE_SECTORS::contains).orElse(true);
  }
}
