package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "arrested its four crew members, three Brazilians and a Spaniard": the parser may join the
 * nationals to the people they make up as more people acted on, so that the crew, placed in the
 * country where they were taken, is held as a third group. People counted, acted on by the same
 * act as groups named after them whose counts add up to theirs, are those groups: the act on
 * them alone goes.
 */
final class PeopleCountedByNationality {
  /** Words that count one: "a Spaniard", "one Briton". */
  private static final Map<String, Integer> ONE = Map.of("a", 1, "an", 1, "one", 1);
  /** Numbers written out, from two. */
  private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  private PeopleCountedByNationality() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      if (!isCountedWhole(index, coded, m)) {
        result.add(m);
      }
    }
    return result;
  }

  private static boolean isCountedWhole(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    Optional<Integer> head = m.target().flatMap(t -> index.lastTokenIn(t.span()));
    Optional<Integer> whole = head.flatMap(h -> count(index, h));
    if (whole.isEmpty() || whole.get() < 2) {
      return false;
    }
    int sum = 0;
    int parts = 0;
    for (CodedMention other : coded) {
      if (other == m || other.trigger() != m.trigger() || !other.type().equals(m.type()) || !other.source().actor().equals(m.source().actor())
          || other.target().isEmpty() || other.target().get().actor().country().isEmpty()) {
        continue;
      }
      Optional<Integer> part = index.lastTokenIn(other.target().get().span()).filter(p -> p > head.get()).flatMap(p -> count(index, p));
      if (part.isEmpty()) {
        continue;
      }
      sum += part.get();
      parts++;
    }
    return parts >= 1 && sum == whole.get();
  }

  /** How many a noun counts: its number ("four crew members", "3 Brazilians") or article ("a Spaniard"). */
  private static Optional<Integer> count(DependencyIndex index, int noun) {
    for (int n : index.children(noun, Set.of("nummod"))) {
      String word = index.token(n).text().toLowerCase(java.util.Locale.ROOT);
      if (word.matches("\\d{1,6}")) {
        return Optional.of(Integer.parseInt(word));
      }
      if (NUMBER_WORDS.contains(word)) {
        return Optional.of(NUMBER_WORDS.indexOf(word) + 2);
      }
    }
    for (int d : index.children(noun, Set.of("det"))) {
      Integer one = ONE.get(index.token(d).text().toLowerCase(java.util.Locale.ROOT));
      if (one != null) {
        return Optional.of(one);
      }
    }
    return Optional.empty();
  }
}
