package dev.annals.app.eval;

/**
 * The sentence around a span of a gold document, with the span marked, for error lists: a scorer's
 * "expected 1998-08-04, got 1998-W32" says little until one reads "[[last week]]" in its sentence.
 */
final class SentenceContext {
  /** Longest context kept on either side of the span, so a run-on transcript stays readable. */
  private static final int MOST_ON_EACH_SIDE = 160;

  private SentenceContext() {}

  /** "... Albright headed [[Tuesday]] to East Africa ...": the sentence, the span in double brackets. */
  static String around(String text, int start, int end) {
    if (start < 0 || end > text.length() || start > end) {
      return "";
    }
    int from = start;
    while (from > 0 && start - from < MOST_ON_EACH_SIDE && !endsSentence(text, from - 1)) {
      from--;
    }
    int to = end;
    while (to < text.length() && to - end < MOST_ON_EACH_SIDE && !endsSentence(text, to)) {
      to++;
    }
    if (to < text.length() && to - end < MOST_ON_EACH_SIDE && text.charAt(to) != '\n') {
      to++; // the sentence's own full stop
    }
    String before = oneLine(text.substring(from, start)).stripLeading();
    String after = oneLine(text.substring(end, to)).stripTrailing();
    return (from > 0 && start - from >= MOST_ON_EACH_SIDE ? "..." : "") + before + "[[" + oneLine(text.substring(start, end)) + "]]" + after
        + (to < text.length() && to - end >= MOST_ON_EACH_SIDE ? "..." : "");
  }

  /**
   * A line break, or a full stop, question or exclamation mark followed by a space and a capital
   * or quote ("U.S. forces" goes on; "U.S. Officials" is taken as a new sentence, a rare slip).
   */
  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    if ((c != '.' && c != '?' && c != '!') || i + 2 >= text.length() || !Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    int next = i + 1;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next < text.length() && (Character.isUpperCase(text.charAt(next)) || "\"'`“‘(".indexOf(text.charAt(next)) >= 0);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
