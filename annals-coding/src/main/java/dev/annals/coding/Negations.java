package dev.annals.coding;

import java.util.Locale;
import java.util.Set;

/** Words that negate the clause they modify: "would not take back a single word", "if the lorries were not let through". */
final class Negations {
  static final Set<String> WORDS = Set.of("not", "n't", "never");

  private Negations() {}

  /** Whether the clause has such a word among its adverbs. */
  static boolean negated(DependencyIndex index, int clause) {
    return index.children(clause, Set.of("advmod")).stream().anyMatch(a -> WORDS.contains(index.token(a).text().toLowerCase(Locale.ROOT)));
  }
}
