package dev.annals.coding.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * One element of a PETRARCH verb pattern.
 *
 * @param kind a word (or synset), the verb itself ({@code *}), where the source ({@code $}) or
 *     target ({@code +}) stands, a compound actor ({@code %}), or a skipped phrase ({@code ^})
 * @param alternatives for a word: the word sequences it may be (one, or a synset's members)
 * @param joined true when written with '_' to the element before it: no words between them
 */
public record PatternElement(Kind kind, List<List<String>> alternatives, boolean joined) {
  public enum Kind {
    WORD,
    VERB,
    SOURCE,
    TARGET,
    COMPOUND,
    SKIP
  }

  public PatternElement {
    Objects.requireNonNull(kind, "kind");
    alternatives = alternatives.stream().map(List::copyOf).toList();
  }
}
