package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.cameo.IntentMap;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Iran threatened to launch a new military offensive", "al-Qaeda threatened to deliver
 * devastating blows": a threat the lexicon reads only as a threat (130) takes the code of the act
 * it threatens, as an announced act does (cameo/intents.tsv: an attack threatened is 1384, a
 * protest 133), whatever words name that act.
 */
final class ThreatenedActs {
  /** A threat, not specified below. */
  private static final String GENERIC_THREAT = "130";
  /** How a threat's verb governs the act it threatens: "threatened to launch", "threatened that it would strike". */
  private static final Set<String> THREATENED_CLAUSES = Set.of("xcomp", "ccomp");

  private final IntentMap intents;

  ThreatenedActs(IntentMap intents) {
    this.intents = intents;
  }

  List<CodedMention> refine(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      result.add(m.type().code().equals(GENERIC_THREAT) ? threatenedAct(index, m, coded).map(m::withType).orElse(m) : m);
    }
    return result;
  }

  /** The threat code of the act the threat's verb governs, by the same source, if it is a more specific threat. */
  private Optional<EventType> threatenedAct(DependencyIndex index, CodedMention threat, List<CodedMention> coded) {
    for (CodedMention act : GovernedActs.of(index, threat, coded, THREATENED_CLAUSES)) {
      Optional<EventType> code = intents.intentOf(act.type().code())
          .filter(type -> type.rootCode().equals("13") && !type.code().equals(GENERIC_THREAT));
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
  }
}
