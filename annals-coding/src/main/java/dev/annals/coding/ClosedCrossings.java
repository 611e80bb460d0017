package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "Gunmen shot dead two Nigerian customs officers near the Seme border post … Nigeria closed the
 * crossing to trucks": a state that closes a crossing or stops traffic at its border, naming no
 * one, closes it to the state across it: in a story of two states, the other one, the state the
 * article names most besides the closer's own (its government).
 */
final class ClosedCrossings {
  /** Restricting movement (191). */
  private static final String BLOCKADE = "191";
  /** What is closed at a border: the crossing itself, the border, the traffic through it. */
  private static final Set<String> CROSSING_NOUNS = Set.of("crossing", "border", "frontier", "checkpoint", "traffic", "transit", "post");
  /** How often the other state must be named for the story to be one of two states. */
  private static final int TOLD_AT_LEAST = 2;

  private final BiFunction<String, Optional<String>, Actor> states;

  ClosedCrossings(BiFunction<String, Optional<String>, Actor> states) {
    this.states = states;
  }

  List<CodedMention> aim(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    return coded.stream().map(m -> across(index, actors, m).map(m::withTarget).orElse(m)).toList();
  }

  private Optional<ActorMention> across(DependencyIndex index, ArticleActors actors, CodedMention m) {
    Actor closer = m.source().actor();
    boolean closes = m.type().code().equals(BLOCKADE) && m.target().isEmpty() && !m.negated() && closer.country().isPresent()
        && (closer.kind() == ActorKind.STATE) && index.children(m.trigger(), Set.of("obj")).stream().anyMatch(o -> CROSSING_NOUNS.contains(index.lemma(o)));
    if (!closes) {
      return Optional.empty();
    }
    String own = closer.country().get();
    Map<String, Integer> told = new HashMap<>();
    for (ActorMention mention : actors.all()) {
      Actor actor = mention.actor();
      if ((actor.kind() == ActorKind.STATE || actor.kind() == ActorKind.PERSON) && actor.country().filter(c -> !c.equals(own)).isPresent()) {
        told.merge(actor.country().get(), 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> ranked = told.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
    // Only one state clearly the other side: not one of several told as often.
    boolean oneOther = !ranked.isEmpty() && ranked.get(0).getValue() >= TOLD_AT_LEAST && (ranked.size() == 1 || ranked.get(1).getValue() < ranked.get(0).getValue());
    return oneOther ? Optional.of(ActorMention.at(index.token(m.trigger()), states.apply(ranked.get(0).getKey(), Optional.of("GOV")))) : Optional.empty();
  }
}
