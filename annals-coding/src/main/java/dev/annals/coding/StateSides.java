package dev.annals.coding;

import dev.annals.coding.actors.ActorResolver;
import dev.annals.model.Actor;

/** Whether a speaker speaks for the side that acts: the same actor, or a state and its officials. */
final class StateSides {
  private StateSides() {}

  /**
   * The same actor, or a country and its state: "China's embassy said" that Beijing "opposed",
   * "Interior Minister Dobrindt said" that Germany "would keep turning migrants away". An
   * opposition party or a rights group of the country is not the state's side.
   */
  static boolean same(Actor speaker, Actor actor) {
    return speaker.code().equals(actor.code())
        || (speaker.country().isPresent() && speaker.country().equals(actor.country()) && actor.sector().map(ActorResolver.STATE_SECTORS::contains).orElse(true)
            && speaker.sector().map(ActorResolver.STATE_SECTORS::contains).orElse(true));
  }
}
