package dev.annals.coding.cameo;

import java.util.Optional;
import java.util.Set;

/** One line of cameo/nouns.tsv. */
public record NounPattern(String code, String noun, Optional<String> modifier, Set<String> targetPrepositions, Set<String> flags, String origin) {
  public NounPattern {
    targetPrepositions = Set.copyOf(targetPrepositions);
    flags = Set.copyOf(flags);
  }

  public boolean reciprocal() {
    return flags.contains("reciprocal");
  }

  /** True when the noun names its doers too ("the patrol fired"): as a verb's subject it is no event. */
  public boolean namesItsDoers() {
    return flags.contains("agent");
  }

  /** True when the line holds only when its target preposition names a place ("withdrawal from the town of X"). */
  public boolean placeOnly() {
    return flags.contains("place");
  }
}
