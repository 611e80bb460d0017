package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "Bosnia's foreign ministry summoned Hungary's ambassador … It demanded that the officers leave
 * within a week": a state's demand of another state's police or soldiers is made of the state that
 * sent them, whose government answers for them; so is its appeal ("froze a police training
 * programme in Tanzania and called for an independent investigation" calls on Tanzania's
 * government).
 */
final class DemandsOfStatesForces {
  /** CAMEO's roots of demands and appeals. */
  private static final String DEMAND_ROOT = "10";
  private static final String APPEAL_ROOT = "02";
  /** A state's forces, sent by its government. */
  private static final Set<String> FORCES = Set.of("COP", "MIL");
  private static final String GOVERNMENT = "GOV";

  private final BiFunction<String, Optional<String>, Actor> states;

  DemandsOfStatesForces(BiFunction<String, Optional<String>, Actor> states) {
    this.states = states;
  }

  List<CodedMention> aim(List<CodedMention> coded) {
    return coded.stream().map(m -> forcesOfAnotherState(m)
        ? m.withTarget(new ActorMention(m.target().get().span(), m.target().get().surface(), states.apply(m.target().get().actor().country().get(), Optional.of(GOVERNMENT))))
        : m).toList();
  }

  private static boolean forcesOfAnotherState(CodedMention m) {
    if (!(m.type().rootCode().equals(DEMAND_ROOT) || m.type().rootCode().equals(APPEAL_ROOT)) || m.target().isEmpty() || !Sides.stateOrItsGovernment(m.source().actor())) {
      return false;
    }
    Actor target = m.target().get().actor();
    return target.kind() == ActorKind.STATE && target.sector().filter(FORCES::contains).isPresent() && target.country().isPresent()
        && m.source().actor().country().isPresent() && !target.country().equals(m.source().actor().country());
  }
}
