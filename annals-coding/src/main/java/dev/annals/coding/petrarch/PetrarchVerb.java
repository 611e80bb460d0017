package dev.annals.coding.petrarch;

import java.util.List;

/**
 * One spelling of a verb from a PETRARCH verb dictionary with what it codes.
 *
 * @param words the verb's words, lower case ("break", or "break", "down"; "wire", "tap")
 * @param verbWord which of the words is the verb that must be the clause's verb
 * @param bare the pattern used when no other matches: the verb's own code
 * @param patterns the block's patterns, most specific first
 */
public record PetrarchVerb(List<String> words, int verbWord, PetrarchPattern bare, List<PetrarchPattern> patterns) {
  public PetrarchVerb {
    words = List.copyOf(words);
    patterns = List.copyOf(patterns);
    if (verbWord < 0 || verbWord >= words.size()) {
      throw new IllegalArgumentException("verb word " + verbWord + " outside " + words);
    }
  }
}
