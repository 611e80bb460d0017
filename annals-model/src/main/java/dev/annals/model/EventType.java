package dev.annals.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A CAMEO event code with what the code table says of it.
 *
 * @param code three or four digits: "111", "0311"; codes from a user's dictionary may hold letters ("174K")
 * @param name the codebook's name, "Criticize or denounce"
 * @param goldstein Goldstein scale value, -10 (most conflictual) to +10
 * @param quadClass GDELT quad class
 * @param plover the PLOVER event type, mode and context of the code; empty for the codes PLOVER
 *     drops (01 statements, 02 appeals)
 */
public record EventType(String code, String name, double goldstein, QuadClass quadClass, Optional<PloverType> plover) {
  public EventType {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(quadClass, "quadClass");
    Objects.requireNonNull(plover, "plover");
    if (!code.matches("[0-9A-Za-z]{2,5}")) {
      throw new IllegalArgumentException("event code must be 2 to 5 letters or digits, was '" + code + "'");
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein value out of [-10, 10] for " + code + ": " + goldstein);
    }
  }

  /** A code without its PLOVER counterpart (hand-built types in tests, dictionaries that give none). */
  public EventType(String code, String name, double goldstein, QuadClass quadClass) {
    this(code, name, goldstein, quadClass, Optional.empty());
  }

  /** The two-digit root category, "11" for "111". */
  public String rootCode() {
    return code.substring(0, 2);
  }
}
