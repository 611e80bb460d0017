package dev.annals.coding.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/** The one way Annals compares names: case, accents, apostrophes, dots and a leading "the" folded. */
public final class Names {
  private Names() {}

  public static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    folded = folded.toLowerCase(Locale.ROOT)
        .replace('’', '\'')
        .replace('‘', '\'')
        // A tokenised text writes a possessive apart: "People 's Republic" is "People's Republic".
        .replaceAll("\\s+'s\\b", "'s")
        .replace("'", "")
        .replace(".", "")
        .replace('-', ' ')
        .replace('_', ' ')
        .replace('–', ' ')
        .replaceAll("\\s+", " ")
        .strip();
    if (folded.startsWith("the ")) {
      folded = folded.substring(4);
    }
    return folded;
  }

  /** True for acronyms such as "WHO" or "AU", which must match case-sensitively. */
  public static boolean isAcronym(String name) {
    return name.length() >= 2 && name.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '+');
  }
}
