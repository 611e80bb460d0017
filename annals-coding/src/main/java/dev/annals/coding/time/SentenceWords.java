package dev.annals.coding.time;

import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;

/**
 * One sentence's tokens as the finder's rules compare them. A view of the article's tokens, not a
 * copy: a rule may look at the token before the sentence, never at one after it.
 */
final class SentenceWords {
  private final List<Token> tokens;
  private final int end;

  /** The sentence ends before token {@code end} of {@code tokens}. */
  SentenceWords(List<Token> tokens, int end) {
    if (end < 0 || end > tokens.size()) {
      throw new IllegalArgumentException("sentence end must be within the " + tokens.size() + " tokens, was " + end);
    }
    this.tokens = tokens;
    this.end = end;
  }

  /** Token {@code i} is before the sentence's end. */
  boolean has(int i) {
    return i < end;
  }

  /** Token {@code i} in lower case with ’ as ', or "" past the sentence's end. */
  String at(int i) {
    return i < end ? tokens.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\'') : "";
  }

  /** The token before {@code i} in lower case, as written (’ stays), also across the sentence's start; "" at the text's start. */
  String before(int i) {
    return i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
  }

  /** Token {@code i} is in the sentence and starts with a capital: "May" the month, not "may". */
  boolean capitalised(int i) {
    return i < end && Character.isUpperCase(tokens.get(i).text().charAt(0));
  }

  /** The part-of-speech tag of token {@code i}, which must be in the sentence. */
  String tag(int i) {
    return tokens.get(i).tag();
  }
}
