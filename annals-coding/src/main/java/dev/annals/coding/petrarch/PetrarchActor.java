package dev.annals.coding.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An actor from a PETRARCH actor dictionary: its names (each a list of lower-case words) and its
 * codes. PETRARCH writes "no code" as {@code ---}; such a name is known and blocks coding.
 *
 * @param names the entry's name and its '+' synonyms
 * @param codes the undated default code(s) and the date-restricted ones, in file order
 * @param origin file and line, for messages
 */
public record PetrarchActor(List<List<String>> names, List<DatedCode> codes, String origin) {
  public PetrarchActor {
    names = names.stream().map(List::copyOf).toList();
    codes = List.copyOf(codes);
    if (names.isEmpty()) {
      throw new IllegalArgumentException(origin + ": actor without a name");
    }
  }

  /**
   * The code on a day: the first date-restricted code that holds then, else the first undated
   * one; empty when none applies or the code is PETRARCH's null code.
   */
  public Optional<String> codeOn(LocalDate day) {
    Optional<String> chosen = codes.stream().filter(DatedCode::isRestricted).filter(c -> c.holdsOn(day)).map(DatedCode::code).findFirst()
        .or(() -> codes.stream().filter(c -> !c.isRestricted()).map(DatedCode::code).findFirst());
    return chosen.filter(PetrarchActor::isRealCode);
  }

  /** The undated code, for uses without a day. */
  public Optional<String> defaultCode() {
    return codes.stream().filter(c -> !c.isRestricted()).map(DatedCode::code).findFirst().filter(PetrarchActor::isRealCode);
  }

  static boolean isRealCode(String code) {
    return !code.isBlank() && code.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '/');
  }
}
