package dev.annals.coding.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one way Annals compares names: case, accents, apostrophes, dots and a leading "the" folded. */
public final class Names {
  private Names() {}

  // Compiled once: String.replaceAll compiles its pattern on every call, and coding makes keys
  // of many phrases per article.
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern SPACED_POSSESSIVE = Pattern.compile("\\s+'s\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public static String key(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    folded = SPACED_POSSESSIVE.matcher(folded.toLowerCase(Locale.ROOT)
        .replace('’', '\'')
        .replace('‘', '\''))
        // A tokenised text writes a possessive apart: "People 's Republic" is "People's Republic".
        .replaceAll("'s");
    folded = SPACES.matcher(folded
        .replace("'", "")
        .replace(".", "")
        .replace('-', ' ')
        .replace('_', ' ')
        .replace('–', ' '))
        .replaceAll(" ")
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
