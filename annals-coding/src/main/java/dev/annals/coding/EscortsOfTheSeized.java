package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Dependency;
import java.util.List;

/**
 * "A patrol vessel detained an Irish trawler and escorted it to Stornoway": escorting what one has
 * just seized or detained takes it away; it is no military cooperation (062) with its owners.
 * Dropped when joined by "and" to the same side's seizure or arrest; the seizure is the event.
 */
final class EscortsOfTheSeized {
  /** CAMEO's "cooperate militarily", which "escort" codes. */
  private static final String MILITARY_COOPERATION = "062";
  /** Arrests, detentions and seizures (17x). */
  private static final String COERCION_ROOT = "17";

  private EscortsOfTheSeized() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !escortsTheSeized(index, m, coded)).toList();
  }

  private static boolean escortsTheSeized(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    if (!m.type().code().equals(MILITARY_COOPERATION) || !index.lemma(m.trigger()).equals("escort")) {
      return false;
    }
    return joinedToOwnAct(index, m, coded, code -> code.startsWith(COERCION_ROOT));
  }

  /** Whether the event's verb is joined by "and" to a verb of an act of the codes, done by the same side. */
  static boolean joinedToOwnAct(DependencyIndex index, CodedMention m, List<CodedMention> coded, java.util.function.Predicate<String> codes) {
    return index.parents(m.trigger()).stream().filter(d -> d.relation().startsWith("conj")).map(Dependency::governor)
        .anyMatch(act -> coded.stream().anyMatch(c -> c.trigger() == act && codes.test(c.type().code()) && Sides.same(c.source().actor(), m.source().actor())));
  }
}
