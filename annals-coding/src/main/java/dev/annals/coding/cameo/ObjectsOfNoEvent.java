package dev.annals.coding.cameo;

import dev.annals.coding.knowledge.TsvFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Objects with which a verb names no event at all (cameo/objects-of-no-event.tsv): "failed to
 * meet targets" satisfies something and meets no one.
 */
final class ObjectsOfNoEvent {
  private static final String RESOURCE = "dev/annals/coding/cameo/objects-of-no-event.tsv";
  private static final Map<String, Set<String>> BY_VERB = load();

  private ObjectsOfNoEvent() {}

  /** Whether the verb with this object names no event. */
  static boolean namesNoEvent(String verbLemma, String objectLemma) {
    return BY_VERB.getOrDefault(verbLemma.toLowerCase(Locale.ROOT), Set.of()).contains(objectLemma.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> byVerb = new HashMap<>();
    for (TsvFile.Row row : TsvFile.readResource(RESOURCE, 2)) {
      byVerb.computeIfAbsent(row.field(0), v -> new HashSet<>()).addAll(row.values(1));
    }
    return Map.copyOf(byVerb);
  }
}
