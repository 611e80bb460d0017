package dev.annals.coding.time;

import java.util.Set;

/**
 * A time expression one of the finder's rules saw: its first and last token (both included) and
 * its TimeML type.
 */
record TimeMatch(int first, int last, String type) {
  private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  TimeMatch {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("a time expression runs from its first to its last token, was " + first + " to " + last);
    }
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("TimeML type must be one of " + TYPES + ", was " + type);
    }
  }

  /** The same expression widened to an earlier first token: "nearly two weeks" from "two weeks". */
  TimeMatch startingAt(int earlierFirst) {
    return new TimeMatch(earlierFirst, last, type);
  }
}
