package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Dependency;
import java.util.List;

/**
 * "A patrol vessel detained an Irish trawler and escorted it to Stornoway": escorting what one has
 * just seized or detained takes it away; it is no military cooperation (062) with its owners.
 * "Police escorted five aid workers to the airport and put them on a flight": escorting those one
 * expels is the expulsion's means, no protection (074) of them. Dropped when joined by "and" to
 * the same side's seizure, arrest or expulsion, before it or after it, or hung on it as a
 * participle's clause ("seized a Russian trawler …, escorting it to Dakar"); that act is the
 * event.
 */
final class EscortsOfTheSeized {
  /** CAMEO's "cooperate militarily" and "provide military protection", which "escort" codes. */
  private static final java.util.Set<String> ESCORT_CODES = java.util.Set.of("062", "074");
  /** Arrests, detentions and seizures (17x). */
  private static final String COERCION_ROOT = "17";

  private EscortsOfTheSeized() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !escortsTheSeized(index, m, coded)).toList();
  }

  private static boolean escortsTheSeized(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    if (!ESCORT_CODES.contains(m.type().code()) || !index.lemma(m.trigger()).equals("escort")) {
      return false;
    }
    java.util.function.Predicate<String> coercion = code -> code.startsWith(COERCION_ROOT);
    // (Before it or after it: "escorted them to the airport and put them on a flight".)
    return joinedToOwnAct(index, m, coded, coercion) || index.children(m.trigger()).stream().filter(d -> d.relation().startsWith("conj")).map(Dependency::dependent)
        .anyMatch(act -> isOwnActAt(coded, m, act, coercion))
        // "seized a Russian trawler …, escorting it to Dakar": so is a participle's clause on it
        // (or the participle the parser hung loose on it).
        || (index.token(m.trigger()).tag().equals("VBG") && index.parents(m.trigger()).stream().filter(d -> d.relation().startsWith("advcl") || d.relation().equals("dep")).map(Dependency::governor)
            .anyMatch(act -> isOwnActAt(coded, m, act, coercion)));
  }

  /** Whether the event's verb is joined by "and" to a verb of an act of the codes, done by the same side. */
  static boolean joinedToOwnAct(DependencyIndex index, CodedMention m, List<CodedMention> coded, java.util.function.Predicate<String> codes) {
    return index.parents(m.trigger()).stream().filter(d -> d.relation().startsWith("conj")).map(Dependency::governor)
        .anyMatch(act -> isOwnActAt(coded, m, act, codes));
  }

  /** Whether an event of the codes, done by the mention's own side, is told by the verb at {@code act}. */
  private static boolean isOwnActAt(List<CodedMention> coded, CodedMention m, int act, java.util.function.Predicate<String> codes) {
    return coded.stream().anyMatch(c -> c.trigger() == act && codes.test(c.type().code()) && Sides.same(c.source().actor(), m.source().actor()));
  }
}
