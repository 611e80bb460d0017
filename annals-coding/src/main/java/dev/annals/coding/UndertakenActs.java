package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.cameo.IntentMap;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Japan agreed to supply the Philippines with radar systems": an undertaking (030) is the intent to do the act it governs, so it takes that act's
 * intent code (cameo/intents.tsv: supplying arms is 0332, freeing people 0353) and, when the act
 * names whom it is for, that target, which the undertaking's own words may not reach ("a fleet
 * of patrol boats" is no one's navy).
 */
final class UndertakenActs {
  private static final Set<String> GOVERNED = Set.of("xcomp");
  /** An intent to cooperate, not specified below. */
  private static final String GENERIC_INTENT = "030";

  private final IntentMap intents;

  UndertakenActs(IntentMap intents) {
    this.intents = intents;
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      // Only the bare undertaking (030): "pledged $50 million" (0331) or "offered to mediate" (039)
      // already say what is undertaken.
      result.add(m.type().code().equals(GENERIC_INTENT) && !m.negated() ? undertaken(index, m, coded) : m);
    }
    return result;
  }

  private CodedMention undertaken(DependencyIndex index, CodedMention undertaking, List<CodedMention> coded) {
    CodedMention best = null;
    for (CodedMention act : GovernedActs.of(index, undertaking, coded, GOVERNED)) {
      if (best == null || placed(act.target()) && !placed(best.target())) {
        best = act;
      }
    }
    if (best == null) {
      return undertaking;
    }
    Optional<EventType> intent = intents.intentOf(best.type().code()).filter(type -> type.rootCode().equals("03"));
    CodedMention changed = intent.map(undertaking::withType).orElse(undertaking);
    if (best.target().isPresent() && (undertaking.target().isEmpty() || (placed(best.target()) && !placed(undertaking.target())))) {
      changed = changed.withTarget(best.target().get());
    }
    return changed;
  }

  /** A target whose country or organisation is known. */
  private static boolean placed(Optional<ActorMention> target) {
    return target.isPresent() && (target.get().actor().country().isPresent() || target.get().actor().kind() != dev.annals.model.ActorKind.GROUP);
  }
}
