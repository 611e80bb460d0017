package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Twelve children taken to Russia returned home on Friday after talks mediated by the Vatican":
 * mediation that names no state, told in a phrase of the act it led to, was between that act's two
 * sides: here Russia, who let the children go, and Ukraine, whose children they are. Plain people
 * on a side stand for their country in talks, which states hold.
 */
final class MediatedOutcomes {
  /** Mediating (045). */
  private static final String MEDIATION = GoodOffices.MEDIATION;
  /** Sectors of plain people, who are not a party to talks in their own name. */
  private static final Set<String> PLAIN_PEOPLE = Set.of("CVL", "REF", "LAB", "AGR");
  /** How a noun of talks hangs on the act it led to: "after talks", "following talks". */
  private static final Set<String> OUTCOME_OF = Set.of("obl:after", "obl:following", "advcl:after", "obl:thanks_to");

  private MediatedOutcomes() {}

  static List<CodedMention> aim(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      Optional<CodedMention> outcome = m.type().code().equals(MEDIATION) && namesNoState(m) ? outcomeOf(index, coded, m) : Optional.empty();
      if (outcome.isEmpty()) {
        result.add(m);
        continue;
      }
      List<ActorMention> sides = new ArrayList<>();
      sides.add(outcome.get().source());
      stateOf(index, actors, outcome.get().target().get(), m.sentence()).ifPresent(sides::add);
      sides.stream().filter(side -> Sides.different(side.actor(), m.source().actor())).forEach(side -> result.add(m.withTarget(side)));
    }
    return result;
  }

  /** Whether the mediation's target, if it has one, is plain people rather than a state or body. */
  private static boolean namesNoState(CodedMention m) {
    return m.target().map(t -> t.actor().sector().filter(PLAIN_PEOPLE::contains).isPresent()).orElse(true);
  }

  /** The act with two sides that the mediated talks are told as leading to, in the same sentence. */
  private static Optional<CodedMention> outcomeOf(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    Optional<Integer> talks = index.head(m.trigger()).filter(h -> h.relation().equals("acl") && h.governor() >= 0).map(h -> h.governor());
    Optional<Integer> act = talks.flatMap(noun -> index.head(noun)).filter(h -> OUTCOME_OF.contains(h.relation()) && h.governor() >= 0).map(h -> h.governor());
    return act.flatMap(a -> coded.stream().filter(o -> o != m && o.sentence() == m.sentence() && o.trigger() == a && o.target().isPresent()
        && Sides.different(o.source().actor(), o.target().get().actor())).findFirst());
  }

  /** The side itself when it is a state or body; for plain people, their country as last named before or in the sentence. */
  private static Optional<ActorMention> stateOf(DependencyIndex index, ArticleActors actors, ActorMention side, int sentence) {
    if (side.actor().sector().filter(PLAIN_PEOPLE::contains).isEmpty()) {
      return Optional.of(side);
    }
    int end = index.text().sentences().get(sentence).span().end();
    ActorMention state = null;
    for (ActorMention mention : actors.all()) {
      if (mention.span().start() < end && mention.actor().kind() == ActorKind.STATE && mention.actor().sector().isEmpty()
          && mention.actor().country().equals(side.actor().country())) {
        state = mention;
      }
    }
    return Optional.ofNullable(state);
  }
}
