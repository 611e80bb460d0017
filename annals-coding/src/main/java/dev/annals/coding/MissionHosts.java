package dev.annals.coding;

import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "A fire swept through a lodging house in Male … Bangladesh's high commission demanded
 * compensation for the victims' families": a country's mission, or the head of one, that asks,
 * demands, disapproves, rejects, threatens or protests and names no one speaks to the state it is
 * posted in, where the story happens (one whose post is named, "China's embassy in Colombo", is
 * left as it is).
 */
final class MissionHosts {
  /** Roots of what a mission says to its host: appeals, demands, disapproval, rejection, threats, protests. */
  private static final Set<String> ADDRESSED_ROOTS = Set.of("02", "10", "11", "12", "13", "14");
  private static final String GOVERNMENT = "GOV";

  private MissionHosts() {}

  /** The government of the story's scene, for a mission's words aimed at no one, when the scene is another country than the mission's. */
  static Optional<Actor> hostOf(DependencyIndex index, CodedMention m, Optional<String> scene, BiFunction<String, Optional<String>, Actor> states) {
    Optional<String> own = m.source().actor().country();
    if (!ADDRESSED_ROOTS.contains(m.type().rootCode()) || own.isEmpty() || scene.isEmpty() || scene.equals(own)) {
      return Optional.empty();
    }
    // "China's embassy in Colombo" names where it is posted, which need not be where the story happens.
    boolean mission = index.lastTokenIn(m.source().span()).filter(head -> ActorResolver.isMissionOrItsHead(index, head)
        && index.children(head, Set.of("nmod:in")).isEmpty()).isPresent();
    return mission ? Optional.of(states.apply(scene.get(), Optional.of(GOVERNMENT))) : Optional.empty();
  }
}
