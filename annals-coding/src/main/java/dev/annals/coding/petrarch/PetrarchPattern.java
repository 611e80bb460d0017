package dev.annals.coding.petrarch;

import java.util.List;
import java.util.Optional;

/**
 * A verb pattern: the words before and after the verb that select a code ("- * DIPLOMATIC TIES
 * [064]", "- &NEGATVAUXVRB * OVER EFFORTS [904]"). A pattern without a code of its own is PETRARCH's
 * way of saying "no event here" ({@code [---]}).
 *
 * @param before elements before the verb, in text order
 * @param after elements after the verb, in text order; the first one's {@code joined} says it
 *     must follow the verb directly ("*_UPON")
 * @param verbTouchesBefore the last element before the verb must touch it ("NOT_*")
 * @param code the event code, empty for "no event"
 * @param reverseCode the code of the target acting back on the source, as in {@code [032:033]}
 * @param origin file and line
 */
public record PetrarchPattern(List<PatternElement> before, List<PatternElement> after, boolean verbTouchesBefore, Optional<String> code, Optional<String> reverseCode, String origin) {
  public PetrarchPattern {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** Patterns that ask for more words are tried first. */
  public int specificity() {
    return (int) (before.stream().filter(e -> e.kind() == PatternElement.Kind.WORD).count()
        + after.stream().filter(e -> e.kind() == PatternElement.Kind.WORD).count());
  }

  public boolean wantsCompoundSource() {
    return before.stream().anyMatch(e -> e.kind() == PatternElement.Kind.COMPOUND);
  }
}
