package dev.annals.coding.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of actors/parties.tsv: a political party and one period in which it led or was part
 * of its country's national government, or no period (a line with {@code -} for both dates) for
 * a party that has not governed since 2000.
 *
 * @param governsFrom first day in government, if the line has a period
 * @param governsUntil last day in government, empty while it still governs
 */
public record Party(String name, List<String> aliases, String country, Optional<LocalDate> governsFrom, Optional<LocalDate> governsUntil) {
  public Party {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    aliases = List.copyOf(aliases);
    if (name.isBlank()) {
      throw new IllegalArgumentException("a party needs a name");
    }
    if (governsFrom.isEmpty() && governsUntil.isPresent()) {
      throw new IllegalArgumentException("party " + name + " has an end of government (" + governsUntil.get() + ") but no start");
    }
    if (governsFrom.isPresent() && governsUntil.isPresent() && governsUntil.get().isBefore(governsFrom.get())) {
      throw new IllegalArgumentException("party " + name + " leaves government (" + governsUntil.get() + ") before it enters it (" + governsFrom.get() + ")");
    }
  }

  /** Whether this line puts the party in government on that day (both ends inclusive). */
  public boolean governsOn(LocalDate day) {
    return governsFrom.map(from -> !day.isBefore(from) && governsUntil.map(until -> !day.isAfter(until)).orElse(true)).orElse(false);
  }

  /** Whether this line's period is still open: the party governs as the file was last written. */
  public boolean governsStill() {
    return governsFrom.isPresent() && governsUntil.isEmpty();
  }
}
