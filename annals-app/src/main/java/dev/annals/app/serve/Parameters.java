package dev.annals.app.serve;

import dev.annals.store.EventFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A request's query parameters, checked one by one: every value is read through a method that
 * says what it must look like, and a parameter the endpoint does not know is refused (a typo in a
 * filter would otherwise silently widen the result). Every failure is a 400 naming the parameter,
 * the value and what was expected.
 */
final class Parameters {
  /** The event filters, shared by events, timeline, dyads, places and export. */
  static final Set<String> FILTERS = Set.of(
      "actor", "source", "target", "dyad", "code", "root", "quad", "from", "to", "place", "modality", "text");

  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Za-z0-9]{1,40}");
  private static final Pattern PLACE = Pattern.compile("[\\p{L}\\p{M} .,'’()-]{1,100}");
  private static final Set<String> MODALITIES = Set.of("asserted", "intended", "hypothetical", "reported");
  private static final int LONGEST_TEXT = 300;

  private final Map<String, List<String>> values;

  Parameters(Map<String, List<String>> values, Set<String> allowed) {
    this.values = values;
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw ApiError.badRequest("unknown parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
          + "; this endpoint takes " + String.join(", ", new TreeSet<>(allowed)));
    }
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      if (entry.getValue().size() > 1) {
        throw ApiError.badRequest("parameter " + entry.getKey() + " is given " + entry.getValue().size() + " times; give it once");
      }
    }
  }

  static Set<String> with(Set<String> base, String... more) {
    Set<String> all = new TreeSet<>(base);
    all.addAll(List.of(more));
    return all;
  }

  /** The value, absent when the parameter is missing or empty (an empty form field means no filter). */
  Optional<String> string(String name) {
    List<String> given = values.get(name);
    if (given == null || given.isEmpty() || given.get(0).isBlank()) {
      return Optional.empty();
    }
    String value = given.get(0).strip();
    if (value.length() > LONGEST_TEXT) {
      throw ApiError.badRequest(name + " is " + value.length() + " characters long; at most " + LONGEST_TEXT);
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
      throw ApiError.badRequest(name + " holds a control character");
    }
    return Optional.of(value);
  }

  Optional<String> matching(String name, Pattern pattern, String expected) {
    Optional<String> value = string(name);
    value.ifPresent(v -> {
      if (!pattern.matcher(v).matches()) {
        throw ApiError.badRequest(name + " must be " + expected + ", was '" + v + "'");
      }
    });
    return value;
  }

  Optional<String> actorCode(String name) {
    return matching(name, ACTOR_CODE, "an actor code or code prefix of letters and digits (RUS, RUSGOV)")
        .map(v -> v.toUpperCase(java.util.Locale.ROOT));
  }

  int integer(String name, int defaultValue, int min, int max) {
    Optional<String> value = string(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a whole number from " + min + " to " + max + ", was '" + value.get() + "'");
    }
    if (parsed < min || parsed > max) {
      throw ApiError.badRequest(name + " must be from " + min + " to " + max + ", was " + parsed);
    }
    return parsed;
  }

  Optional<LocalDate> date(String name) {
    return string(name).map(v -> {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw ApiError.badRequest(name + " must be a date YYYY-MM-DD, was '" + v + "'");
      }
    });
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue) {
    Optional<String> value = string(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.get())) {
        return constant;
      }
    }
    throw ApiError.badRequest(name + " must be one of " + names(type) + ", was '" + value.get() + "'");
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase()).toList());
  }

  /** The event filter from actor, source, target, dyad, code, root, quad, from, to, place, modality and text. */
  EventFilter filter() {
    Optional<String> source = actorCode("source");
    Optional<String> target = actorCode("target");
    Optional<String> dyad = string("dyad");
    if (dyad.isPresent()) {
      String[] parts = dyad.get().split(":", -1);
      if (parts.length != 2 || !ACTOR_CODE.matcher(parts[0]).matches() || !ACTOR_CODE.matcher(parts[1]).matches()) {
        throw ApiError.badRequest("dyad must be SOURCE:TARGET actor codes, e.g. RUS:CHN, was '" + dyad.get() + "'");
      }
      if (source.isPresent() || target.isPresent()) {
        throw ApiError.badRequest("dyad names source and target; do not combine it with source or target");
      }
      source = Optional.of(parts[0].toUpperCase(java.util.Locale.ROOT));
      target = Optional.of(parts[1].toUpperCase(java.util.Locale.ROOT));
    }
    Optional<String> code = matching("code", Pattern.compile("\\d{2,4}"), "a CAMEO code or code prefix of 2 to 4 digits (04, 042)");
    Optional<String> root = matching("root", Pattern.compile("0[1-9]|1\\d|20"), "a CAMEO root code from 01 to 20");
    Optional<Integer> quad = string("quad").map(v -> integer("quad", 0, 1, 4));
    Optional<LocalDate> from = date("from");
    Optional<LocalDate> to = date("to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw ApiError.badRequest("from (" + from.get() + ") is after to (" + to.get() + ")");
    }
    Optional<String> place = matching("place", PLACE, "a place name or an ISO-3 country code (letters, spaces, hyphens)");
    Optional<String> modality = string("modality").map(v -> v.toLowerCase(java.util.Locale.ROOT));
    modality.ifPresent(m -> {
      if (!MODALITIES.contains(m)) {
        throw ApiError.badRequest("modality must be one of asserted, intended, hypothetical, reported, was '" + m + "'");
      }
    });
    return new EventFilter(actorCode("actor"), source, target, code, root, quad, from, to, place, modality, string("text"));
  }
}
