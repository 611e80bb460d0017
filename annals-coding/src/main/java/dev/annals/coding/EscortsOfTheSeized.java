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
    return index.parents(m.trigger()).stream().filter(d -> d.relation().startsWith("conj")).map(Dependency::governor)
        .anyMatch(seizure -> coded.stream().anyMatch(c -> c.trigger() == seizure && c.type().rootCode().equals(COERCION_ROOT)
            && Sides.same(c.source().actor(), m.source().actor())));
  }
}
