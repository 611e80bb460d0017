package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.List;
import java.util.Set;

/**
 * "Namibia has turned down a Japanese request to exempt the project from its ban … Japan's state
 * minerals agency had asked for the exemption last month": an appeal or demand that names no one,
 * by a side another side turned down before it in the story, was made of the side that turned it
 * down.
 */
final class RequestsTurnedDown {
  /** Appeals (02) and demands (10). */
  private static final Set<String> ASKING_ROOTS = Set.of("02", "10");
  /** Rejections (12). */
  private static final Set<String> REJECTING = Set.of("12");

  private RequestsTurnedDown() {}

  static List<CodedMention> aim(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> m.target().isEmpty() && !m.negated() && ASKING_ROOTS.contains(m.type().rootCode()) && m.source().actor().country().isPresent()
        && !namesWhomItAsks(index, m)
        ? EarlierEvents.actOnSourceSide(coded, m, REJECTING).map(rejecter -> m.withTarget(ActorMention.at(index.token(m.trigger()), rejecter))).orElse(m)
        : m).toList();
  }

  /** Whether the verb names whom it asks, though as no actor: "called on the other member states". */
  private static boolean namesWhomItAsks(DependencyIndex index, CodedMention m) {
    return !index.children(m.trigger(), ADDRESSEES).isEmpty();
  }

  /** How a verb names whom it asks: "urged them", "called on the states", "appealed to the council". */
  private static final Set<String> ADDRESSEES = Set.of("obj", "iobj", "obl:on", "obl:to", "obl:upon");
}
