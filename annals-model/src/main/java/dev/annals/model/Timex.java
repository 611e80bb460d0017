package dev.annals.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression as the language analysis found it. The value is the analyser's own guess
 * (TIMEX3 syntax) and is only a hint: Annals re-normalises the text itself, see
 * {@code dev.annals.coding.time}.
 */
public record Timex(int firstToken, int endToken, String type, String text, Span span, Optional<String> analyserValue) {
  public Timex {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(analyserValue, "analyserValue");
  }

  /**
   * Whether the expression names a time something happens at, not a length of time ("three
   * weeks", TIMEX3 DURATION) or a recurrence ("every Monday", SET), which date nothing.
   */
  public boolean isPointInTime() {
    return !type.equals("DURATION") && !type.equals("SET");
  }

  /** Whether the token is one of the expression's words. */
  public boolean covers(int token) {
    return firstToken <= token && token < endToken;
  }
}
