package dev.annals.coding.place;

import dev.annals.model.Sentence;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words in and around a run of capitalised words that say where a place name starts and
 * whether the run is one: a preposition before it ("in Arlington"), a qualifier ("South Los
 * Angeles"), a month or day ("in March"), a capitalised word that continues a longer name ("the
 * Gainesville City Council").
 */
final class NameWords {
  /** Prepositions after which a proper noun the gazetteer knows is taken for a place: "in Arlington". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from", "through", "outside", "across", "around", "into",
      "toward", "towards", "throughout", "within", "between");
  /** Words that qualify a place without being its name: "South Los Angeles", "Metro Vancouver". */
  private static final Set<String> QUALIFIERS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern", "western",
      "central", "metro", "greater", "downtown", "upper", "lower", "suburban", "rural");
  /** Months and days: "in March" is a date whatever towns bear the name. */
  private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  /** Lower-case words inside a place's name: "Stratford-upon-Avon", "Isle of Man", "Rio de Janeiro", "Cox's Bazar". */
  private static final Set<String> INNER_WORDS = Set.of("of", "de", "del", "la", "upon", "on", "'s", "’s");

  private NameWords() {}

  static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** Whether a word written in lower case may stand inside a place's name. */
  static boolean innerWord(String word) {
    return INNER_WORDS.contains(word);
  }

  /**
   * Whether token {@code last} is a possessive that ends a name of two words or more and owns
   * nothing after it: "to St George's on Monday", where the "'s" is the name's own.
   */
  static boolean ownerlessPossessiveEnding(List<Token> tokens, int first, int last, Sentence sentence) {
    if (last - first < 2 || !tokens.get(last).tag().equals("POS") || !innerWord(tokens.get(last).text())) {
      return false;
    }
    return last + 1 >= sentence.endToken() || !tokens.get(last + 1).tag().matches("NN.*|JJ.*|CD|VBG");
  }

  /** Whether a word qualifies a place without being its name ("South", "Metro"), compared by {@link Gazetteer#key}. */
  static boolean qualifier(String word) {
    return QUALIFIERS.contains(Gazetteer.key(word));
  }

  /** Whether a word is a month or a day, compared by {@link Gazetteer#key}. */
  static boolean calendarWord(String word) {
    return CALENDAR_WORDS.contains(Gazetteer.key(word));
  }

  /** Whether the word before token {@code first} qualifies the place: "South Los Angeles". */
  static boolean afterQualifier(List<Token> tokens, int first, Sentence sentence) {
    return first > sentence.firstToken() && qualifier(tokens.get(first - 1).text());
  }

  /** "in Arlington", "through Monroe", "in suburban Atlanta", "in north DeKalb". */
  static boolean afterPlacePreposition(List<Token> tokens, int first, Sentence sentence) {
    int before = first - 1;
    if (before >= sentence.firstToken() && tokens.get(before).tag().startsWith("JJ") && !capitalised(tokens.get(before).text())) {
      before--;
    }
    return before >= sentence.firstToken() && PLACE_PREPOSITIONS.contains(tokens.get(before).text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the word before token {@code first} may belong to the same name: capitalised, and no
   * article or day ("The Athens Police Department", "Sunday Alexandria Police went").
   */
  static boolean nameWordBefore(List<Token> tokens, int first, Sentence sentence) {
    if (first == sentence.firstToken()) {
      return false;
    }
    Token before = tokens.get(first - 1);
    return capitalised(before.text()) && !before.tag().equals("DT") && !calendarWord(before.text());
  }
}
