package dev.annals.coding.actors;

import dev.annals.coding.knowledge.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Names that match only as proper names, as parties' and institutions' do: an acronym ("ANC",
 * "FSB") only in capitals, dots aside ("C.I.A."); any other name by its key, and only when written
 * with a capital ("law and justice" and "the pentagon" of a building's shape are none).
 *
 * @param <V> what a name names
 */
final class ProperNames<V> {
  private final Map<String, V> byKey = new HashMap<>();
  private final Map<String, V> byAcronym = new HashMap<>();

  /** The key a name is filed under: an acronym as written, any other name by {@link Names#key}. */
  static String keyOf(String name) {
    return Names.isAcronym(name) ? name : Names.key(name);
  }

  /** What the name is filed with, filing a new value first when it has none. */
  V computeIfAbsent(String name, Supplier<V> value) {
    return (Names.isAcronym(name) ? byAcronym : byKey).computeIfAbsent(keyOf(name), k -> value.get());
  }

  /** What a name as written in a text names, by the rules above. */
  Optional<V> match(String surface) {
    String trimmed = surface.strip();
    V found = byAcronym.get(trimmed.replace(".", ""));
    if (found == null) {
      found = byAcronym.get(trimmed);
    }
    if (found == null && startsCapitalised(trimmed)) {
      found = byKey.get(Names.key(trimmed));
    }
    return Optional.ofNullable(found);
  }

  /** Every key (acronyms as written), to size the searches for names. */
  Set<String> keys() {
    Set<String> all = new HashSet<>(byKey.keySet());
    all.addAll(byAcronym.keySet());
    return all;
  }

  private static boolean startsCapitalised(String name) {
    String words = name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4).strip() : name;
    return !words.isEmpty() && (Character.isUpperCase(words.charAt(0)) || Character.isDigit(words.charAt(0)));
  }
}
