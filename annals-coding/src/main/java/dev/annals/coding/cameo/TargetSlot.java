package dev.annals.coding.cameo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a pattern finds its target: the direct object, the indirect object, the noun after one
 * of some prepositions, or nowhere.
 */
public record TargetSlot(Kind kind, Set<String> prepositions) {
  public enum Kind {
    OBJECT,
    INDIRECT_OBJECT,
    PREPOSITION,
    NONE
  }

  public TargetSlot {
    prepositions = Set.copyOf(prepositions);
  }

  public static TargetSlot parse(List<String> values) {
    if (values.isEmpty()) {
      return new TargetSlot(Kind.NONE, Set.of());
    }
    if (values.size() == 1 && values.get(0).equalsIgnoreCase("obj")) {
      return new TargetSlot(Kind.OBJECT, Set.of());
    }
    if (values.size() == 1 && values.get(0).equalsIgnoreCase("iobj")) {
      return new TargetSlot(Kind.INDIRECT_OBJECT, Set.of());
    }
    return new TargetSlot(Kind.PREPOSITION, Set.copyOf(values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList()));
  }
}
