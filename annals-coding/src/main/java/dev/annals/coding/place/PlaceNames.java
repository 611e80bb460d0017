package dev.annals.coding.place;

import dev.annals.coding.knowledge.Names;

/**
 * The gazetteer's name key: {@link Names#key} (case, accents, apostrophes, dots, hyphens and a
 * leading "the" folded) plus letters that do not decompose (ł, ø, ß, ı ...) and the abbreviations
 * St., Ste., Mt. and Ft. spelt out, so that "St. Petersburg", "Saint Petersburg" and
 * "saint-petersburg" share one key. Pure-ASCII names take a fast path that gives the same result
 * as {@link Names#key}, because the gazetteer keys about 140,000 city names when it loads.
 */
final class PlaceNames {
  private PlaceNames() {}

  static String key(String name) {
    String folded = isAscii(name) ? asciiKey(name) : foldLetters(Names.key(name));
    return spellOutAbbreviations(folded);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@link Names#key} for ASCII input, without regular expressions or normalisation. */
  static String asciiKey(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '.') {
        continue;
      }
      if (c == '-' || c <= ' ') {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    if (out.length() > 4 && out.charAt(0) == 't' && out.charAt(1) == 'h' && out.charAt(2) == 'e' && out.charAt(3) == ' ') {
      return out.substring(4);
    }
    return out.toString();
  }

  /** Letters that Unicode does not decompose into a base letter and an accent. */
  private static String foldLetters(String key) {
    StringBuilder out = null;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      String replacement = switch (c) {
        case 'ł' -> "l";
        case 'ø' -> "o";
        case 'đ', 'ð' -> "d";
        case 'ß' -> "ss";
        case 'æ' -> "ae";
        case 'œ' -> "oe";
        case 'ı' -> "i";
        case 'þ' -> "th";
        case 'ħ' -> "h";
        case 'ŀ' -> "l";
        case 'ʻ', 'ʼ', 'ʿ', 'ʾ', '`', '´' -> "";
        default -> null;
      };
      if (replacement != null && out == null) {
        out = new StringBuilder(key.length()).append(key, 0, i);
      }
      if (out != null) {
        out.append(replacement != null ? replacement : String.valueOf(c));
      }
    }
    return out == null ? key : out.toString().strip();
  }

  private static String spellOutAbbreviations(String key) {
    if (!(key.startsWith("st ") || key.startsWith("ste ") || key.startsWith("mt ") || key.startsWith("ft ")
        || key.contains(" st ") || key.contains(" ste ") || key.contains(" mt ") || key.contains(" ft "))) {
      return key;
    }
    String[] words = key.split(" ");
    for (int i = 0; i < words.length; i++) {
      words[i] = switch (words[i]) {
        case "st" -> "saint";
        case "ste" -> "sainte";
        case "mt" -> "mount";
        case "ft" -> "fort";
        default -> words[i];
      };
    }
    return String.join(" ", words);
  }
}
