package dev.annals.coding.place;

import dev.annals.model.Sentence;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a run of capitalised words names a street rather than a place: "Dublin Road", "6016
 * Dublin Road", "Townmead Road Recycling Centre", "Richmond road". A town's name is often a
 * street's too, and the street is no toponym.
 *
 * <p>Two runs that end in a street word still hold a place: a court of law ("Clarke County
 * Superior Court", "Kingston Crown Court", "Edgar County Court": the word before "Court" says
 * what kind of court, so "Court" is no street; "the Kentucky Court of Appeals", "an Ohio court"),
 * and a county's road ("Otter Tail County Road 80": the road belongs to the county the words
 * name).
 */
final class StreetNames {
  private static final Set<String> STREET_WORDS = Set.of("road", "rd", "street", "st", "avenue", "ave", "drive", "dr", "boulevard", "blvd",
      "lane", "ln", "highway", "hwy", "way", "court", "ct", "pike", "parkway", "pkwy", "circle", "trail", "terrace");
  /** Words that say what kind of court of law a "Court" is: "Superior Court", "Crown Court", "Common Pleas Court". */
  private static final Set<String> COURT_KINDS = Set.of("superior", "district", "circuit", "municipal", "crown", "supreme", "family",
      "fiscal", "pleas", "appeals", "magistrates", "magistrate", "probate", "juvenile", "sessions", "federal", "claims", "chancery", "city",
      "town", "justice", "criminal", "civil", "high", "appellate", "bankruptcy", "housing", "county", "parish", "commissioners", "drug",
      "traffic", "tax", "land", "state", "village", "mayor's", "recorder's", "coroner's", "sheriff's", "small");
  private static final Set<String> COUNTY_WORDS = Set.of("county", "parish", "borough", "co", "co.");

  private StreetNames() {}

  /**
   * Whether the capitalised run of tokens [{@code first}, {@code end}) names a street: it ends in
   * a street word or is followed by one, and is neither a court of law nor a county's road.
   */
  static boolean isStreet(List<Token> tokens, int first, int end, Sentence sentence) {
    if (end <= first) {
      return false;
    }
    boolean endsInStreetWord = streetWord(tokens.get(end - 1));
    boolean followedByStreetWord = end < sentence.endToken() && streetWord(tokens.get(end));
    if (!endsInStreetWord && !followedByStreetWord) {
      return false;
    }
    int streetWord = endsInStreetWord ? end - 1 : end;
    String word = lower(tokens.get(streetWord));
    boolean court = word.equals("court") || word.equals("ct");
    if (court && (!capitalised(tokens.get(streetWord).text())
        || (streetWord + 1 < sentence.endToken() && tokens.get(streetWord + 1).text().equals("of")))) {
      return false; // "asked the Ohio court", "the Kentucky Court of Appeals": courts of law
    }
    if (streetWord - 1 < first) {
      return true;
    }
    String before = lower(tokens.get(streetWord - 1));
    if ((word.equals("court") || word.equals("ct")) && COURT_KINDS.contains(before) && streetWord - 1 > first) {
      return false; // "Clarke County Superior Court": a court of law of the place before it
    }
    if (COUNTY_WORDS.contains(before) && streetWord - 1 > first && !word.equals("court") && !word.equals("ct")) {
      return false; // "Otter Tail County Road 80": the county's road
    }
    return true;
  }

  /** Whether a word is a street word ("Street", "Road"): alone it names no place ("35th Street Bridge"), whatever village bears it. */
  static boolean streetWord(Token token) {
    return STREET_WORDS.contains(Gazetteer.key(token.text()));
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }
}
