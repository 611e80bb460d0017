package dev.annals.coding.petrarch;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of a PETRARCH actor, valid from a day (inclusive) until a day (exclusive), as written
 * {@code [HOBGOV 19950601-19990815]}, {@code [HOB <950601]} or {@code [HOBREB >990816]}.
 *
 * @param code the actor code, possibly several joined by '/' ("FRO/BIL/SAM")
 * @param from first day the code holds, when restricted
 * @param until first day it no longer holds, when restricted
 */
public record DatedCode(String code, Optional<LocalDate> from, Optional<LocalDate> until) {
  public DatedCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  public boolean isRestricted() {
    return from.isPresent() || until.isPresent();
  }

  public boolean holdsOn(LocalDate day) {
    return from.map(f -> !day.isBefore(f)).orElse(true) && until.map(u -> day.isBefore(u)).orElse(true);
  }
}
