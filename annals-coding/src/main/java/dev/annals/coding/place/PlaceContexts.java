package dev.annals.coding.place;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.model.AnnotatedText;
import dev.annals.model.EntityMention;
import dev.annals.model.PlaceKind;
import dev.annals.model.Sentence;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names an article uses as places where the words around them leave no doubt, whatever the
 * tagger made of them: a dateline ("MANSFIELD --", "Gannett March 24, 2009 PATASKALA --"), a
 * name before the place's public bodies or people ("Athens police", "the Lansing City Council",
 * "a Chapin man"; {@code place/local-nouns.txt}), a one-word name after "in" or "through", before
 * a comma and a state or country ("Greer, South Carolina"), in a list beside a location
 * ("Gainesville and Lindsay"), or after a person and "of" or "from" ("Jon Smith, 33, of
 * Wooster"). News keeps one sense of a name through an article, so every other mention of such a
 * name is a place too; a word of a full person's name in the article ("Jim Greer") is never one.
 *
 * <p>Immutable and thread-safe.
 */
final class PlaceContexts {
  /** Where the nouns of a place's public bodies and people are listed. */
  static final String LOCAL_NOUNS_RESOURCE = "dev/annals/coding/place/local-nouns.txt";

  /** Prepositions after which a one-word name the tagger took for a person's is a town's: "through Monroe". */
  private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("in", "near", "through", "outside", "into", "throughout", "within");
  private static final Set<String> DASHES = Set.of("—", "--", "---", "-", "–");
  /** Words that join the words of a longer name: "Chamber of Commerce", "Boys & Girls Club". */
  private static final Set<String> INNER_WORDS = Set.of("of", "&", "de", "for");
  /** Words that qualify a place without being its name: "N.W. Rochester", "North Charleston" is a name of its own. */
  private static final Set<String> QUALIFIERS = Set.of("north", "south", "east", "west", "n", "s", "e", "w", "nw", "ne", "sw", "se",
      "northwest", "northeast", "southwest", "southeast", "downtown", "metropolitan", "greater", "suburban", "rural", "metro", "central",
      "inner", "upper", "lower");
  /** Directions before "of" and a place: "six miles northeast of Gilroy". */
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
      "outside");
  /** Days and months, which stand before names without being part of them: "Sunday Alexandria Police went". */
  private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  /** How many words a place's name before a local noun may have: "Prince William County police". */
  private static final int LONGEST_NAME = 4;

  private final Gazetteer gazetteer;
  private final Predicate<String> countryName;
  /** The local nouns as word sequences, longest first. */
  private final List<List<String>> localNouns;

  /**
   * @param gazetteer where names are looked up
   * @param countryName whether a key is a country's name ("mexico"): a container after a comma
   */
  PlaceContexts(Gazetteer gazetteer, Predicate<String> countryName) {
    this(gazetteer, countryName, TsvFile.readWordList(LOCAL_NOUNS_RESOURCE));
  }

  PlaceContexts(Gazetteer gazetteer, Predicate<String> countryName, List<String> localNouns) {
    this.gazetteer = gazetteer;
    this.countryName = countryName;
    List<List<String>> phrases = new ArrayList<>();
    for (String noun : localNouns) {
      phrases.add(List.of(noun.strip().toLowerCase(Locale.ROOT).split("\\s+")));
    }
    phrases.sort(Comparator.comparingInt((List<String> p) -> -p.size()));
    this.localNouns = List.copyOf(phrases);
  }

  /**
   * The keys ({@link Gazetteer#key}) of the names an article uses as places, and of those that
   * name a legislator's district after a party letter ("Brent Boggs, D-Braxton": Braxton County
   * or a town called Braxton, whichever the article's other places point to).
   */
  record Found(Set<String> places, Set<String> districts) {
    Found {
      places = Set.copyOf(places);
      districts = Set.copyOf(districts);
    }
  }

  /**
   * The names the article uses as places in one of these contexts at least once, and the
   * district names among them.
   *
   * @param entityOf the entity class of each token, null outside entities
   */
  Found find(AnnotatedText text, String[] entityOf) {
    Set<String> places = new HashSet<>(placeNames(text, entityOf));
    Set<String> districts = new HashSet<>();
    List<Token> tokens = text.tokens();
    for (Sentence sentence : text.sentences()) {
      for (int t = sentence.firstToken() + 3; t < sentence.endToken(); t++) {
        String before = tokens.get(t - 3).text();
        if (StateAbbreviations.afterPartyLetter(tokens, t, sentence) && (before.equals(",") || before.equals("("))) {
          int end = t;
          while (end < sentence.endToken() && end - t < LONGEST_NAME && capitalised(tokens.get(end).text()) && tokens.get(end).isProperNoun()) {
            end++;
          }
          String name = text(tokens, t, end);
          if (end > t && gazetteer.usStateByAbbreviation(name).isEmpty() && gazetteer.usState(name).isEmpty()
              && (cityName(name) || !gazetteer.entries(name + " County").isEmpty())) {
            districts.add(Gazetteer.key(name));
          }
        }
      }
    }
    places.addAll(districts);
    return new Found(places, districts);
  }

  /** The keys of the names the article uses as places in one of these contexts at least once. */
  Set<String> placeNames(AnnotatedText text, String[] entityOf) {
    List<Token> tokens = text.tokens();
    Set<String> fullNameWords = new HashSet<>();
    List<Integer> single = new ArrayList<>();
    for (EntityMention mention : text.entities()) {
      if (!mention.type().equals("PERSON")) {
        continue;
      }
      if (mention.endToken() - mention.firstToken() == 1) {
        single.add(mention.firstToken());
      } else {
        for (int t = mention.firstToken(); t < mention.endToken() && t < tokens.size(); t++) {
          fullNameWords.add(Gazetteer.key(tokens.get(t).text()));
        }
      }
    }
    Set<String> places = new HashSet<>();
    for (int t : single) {
      if (t >= tokens.size()) {
        continue;
      }
      String key = Gazetteer.key(tokens.get(t).text());
      if (places.contains(key) || !cityName(tokens.get(t).text())) {
        continue;
      }
      Sentence sentence = text.sentenceOf(tokens.get(t));
      boolean located = t > sentence.firstToken() && LOCATIVE_PREPOSITIONS.contains(lower(tokens.get(t - 1)));
      boolean beforeContainer = t + 2 < sentence.endToken() && tokens.get(t + 1).text().equals(",") && container(tokens, t + 2, sentence);
      if (located || beforeContainer || coordinatedWithLocation(tokens, entityOf, t, sentence)) {
        places.add(key);
      }
    }
    Words words = new Words(text);
    for (Sentence sentence : text.sentences()) {
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        nameBeforeLocalNoun(text, entityOf, words, t, sentence).ifPresent(places::add);
        datelineName(tokens, t, sentence).ifPresent(places::add);
        nameAfterLocatingWords(entityOf, tokens, t, sentence).ifPresent(places::add);
      }
    }
    places.removeIf(key -> !key.contains(" ") && fullNameWords.contains(key));
    return places;
  }

  /**
   * "MANSFIELD --", "CHARLESTON, W.Va. --", "BOWLING GREEN, Ohio (AP)": a name in capitals that
   * opens a sentence, or follows a date's year ("March 24, 2009 MANSFIELD --"), then a dash, a
   * comma or a parenthesis.
   */
  static boolean dateline(List<Token> tokens, int first, int end, Sentence sentence) {
    if (end >= sentence.endToken() || end <= first) {
      return false;
    }
    boolean opens = first == sentence.firstToken() || (tokens.get(first - 1).tag().equals("CD") && tokens.get(first - 1).text().matches("\\d{4}"));
    if (!opens) {
      return false;
    }
    for (int t = first; t < end; t++) {
      if (!inCapitals(tokens.get(t).text())) {
        return false;
      }
    }
    String next = tokens.get(end).text();
    return next.equals(",") || next.equals("(") || DASHES.contains(next);
  }

  /** The name of a dateline starting at {@code first}: the longest run of words in capitals the gazetteer knows. */
  private Optional<String> datelineName(List<Token> tokens, int first, Sentence sentence) {
    int end = first;
    while (end < sentence.endToken() && end - first < LONGEST_NAME && inCapitals(tokens.get(end).text())) {
      end++;
    }
    for (; end > first; end--) {
      if (dateline(tokens, first, end, sentence)) {
        String name = text(tokens, first, end);
        if (cityName(name)) {
          return Optional.of(Gazetteer.key(name));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "the Athens Police Department", "a Chapin man", "Grand Ledge Police Chief", "N.W. Rochester
   * residents": the name just before a local noun that starts at {@code t}. The name is the whole run
   * of names before the noun, less a qualifier ("N.W.") that is no part of a known name: "Flint Hill Fire
   * Department" is no fire department of Hill, and "the Chamber of Commerce Mayor's Breakfast" no
   * mayor of Commerce.
   */
  private Optional<String> nameBeforeLocalNoun(AnnotatedText text, String[] entityOf, Words words, int t,
      Sentence sentence) {
    List<Token> tokens = text.tokens();
    if (t == sentence.firstToken() || localNounAt(tokens, t, sentence) == 0 || localNounAt(tokens, t - 1, sentence) > 0) {
      return Optional.empty();
    }
    int end = t;
    int first = end;
    while (first > sentence.firstToken() && first > end - LONGEST_NAME && nameWord(tokens, entityOf, words, first - 1, sentence)) {
      first--;
    }
    Token before = first > sentence.firstToken() ? tokens.get(first - 1) : null;
    if (first == end || (before != null && ((capitalised(before.text()) && !before.tag().equals("DT") && !CALENDAR_WORDS.contains(lower(before))
        && (before.isProperNoun() || first - 1 > sentence.firstToken()))
        || INNER_WORDS.contains(lower(before)) || before.text().matches("\\d+(st|nd|rd|th)")))) {
      return Optional.empty(); // no name, part of a longer one ("Outstanding Young Man"), "Chamber of Commerce", "4th Ward"
    }
    String name = text(tokens, first, end);
    if (!cityName(name) && end - first > 1 && QUALIFIERS.contains(lower(tokens.get(first)).replace(".", ""))) {
      name = text(tokens, first + 1, end); // "N.W. Rochester residents"
    }
    boolean oneWord = !name.contains(" ");
    if (oneWord && (QUALIFIERS.contains(Gazetteer.key(name)) || words.lowerCase.contains(name.toLowerCase(Locale.ROOT)))) {
      return Optional.empty(); // "Metro Police"; "City woman" where the article writes "city"
    }
    return cityName(name) ? Optional.of(Gazetteer.key(name)) : Optional.empty();
  }

  /**
   * Whether token {@code t} may be a word of a place's name before a local noun: capitalised, no
   * determiner, number or nationality ("The", "One", "Arab"), and, when only the sentence's start
   * capitalises it, a proper noun or a word the article capitalises elsewhere ("Many women", "Young
   * men" are no places; the tagger's tags of names are unsure, "Ozark/JJ police").
   */
  private static boolean nameWord(List<Token> tokens, String[] entityOf, Words words, int t, Sentence sentence) {
    Token token = tokens.get(t);
    boolean nounOrName = token.tag().startsWith("NN") || (token.tag().startsWith("JJ") && words.properNouns.contains(token.text()));
    if (!capitalised(token.text()) || "MISC".equals(entityOf[t]) || !nounOrName) {
      return false;
    }
    return t > sentence.firstToken() || token.isProperNoun() || words.capitalisedMidSentence.contains(token.text());
  }

  /** What the article does with its words: which it capitalises inside sentences, tags as proper nouns, writes in lower case. */
  private static final class Words {
    final Set<String> capitalisedMidSentence = new HashSet<>();
    final Set<String> properNouns = new HashSet<>();
    final Set<String> lowerCase = new HashSet<>();

    Words(AnnotatedText text) {
      List<Token> tokens = text.tokens();
      for (Sentence sentence : text.sentences()) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
          String word = tokens.get(t).text();
          if (t > sentence.firstToken() && capitalised(word) && !tokens.get(t - 1).text().matches("[.!?:\"“”‘'(]")) {
            capitalisedMidSentence.add(word);
          }
          if (tokens.get(t).isProperNoun()) {
            properNouns.add(word);
          }
          if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
            lowerCase.add(word);
          }
        }
      }
    }
  }

  /** How many words of a local noun start at {@code t} ("Police Department": 2); 0 for none. */
  int localNounAt(List<Token> tokens, int t, Sentence sentence) {
    for (List<String> phrase : localNouns) {
      if (t + phrase.size() > sentence.endToken()) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < phrase.size() && match; i++) {
        match = lower(tokens.get(t + i)).equals(phrase.get(i));
      }
      // "Mansfield police" but not "police-involved": the phrase ends a word.
      if (match) {
        return phrase.size();
      }
    }
    return 0;
  }

  /**
   * A name after words that locate: a person's home after "of" or "from" ("Jon Smith, 33, of
   * Wooster.", "Mages of Lindsay and Lopez", "Adam Newport, 14, from Botley,"), a direction and
   * "of" ("six miles northeast of Gilroy", "west of Perham"), or a person's name after "in" or
   * "near" ("lives near Glen Ellyn": the tagger read a first name). The name is the whole run of
   * capitalised words starting at {@code t}, which must end there (no capitalised word after it).
   */
  private Optional<String> nameAfterLocatingWords(String[] entityOf, List<Token> tokens, int t, Sentence sentence) {
    if (t < sentence.firstToken() + 2 || !capitalised(tokens.get(t).text()) || !tokens.get(t).isProperNoun()) {
      return Optional.empty();
    }
    String preposition = lower(tokens.get(t - 1));
    Token before = tokens.get(t - 2);
    boolean home = (preposition.equals("of") || preposition.equals("from")) && ("PERSON".equals(entityOf[t - 2]) || before.text().equals(","));
    boolean direction = preposition.equals("of") && DIRECTIONS.contains(lower(before));
    boolean personLocated = LOCATIVE_PREPOSITIONS.contains(preposition) && "PERSON".equals(entityOf[t]);
    if (!home && !direction && !personLocated) {
      return Optional.empty();
    }
    int end = t;
    while (end < sentence.endToken() && end - t < LONGEST_NAME && capitalised(tokens.get(end).text()) && tokens.get(end).isProperNoun()) {
      end++;
    }
    if (end >= sentence.endToken() || capitalised(tokens.get(end).text())) {
      return Optional.empty();
    }
    String name = text(tokens, t, end);
    return cityName(name) ? Optional.of(Gazetteer.key(name)) : Optional.empty();
  }

  /** Whether the gazetteer knows a town or county of this name, and it is no day or month ("from August to May"). */
  private boolean cityName(String name) {
    return !CALENDAR_WORDS.contains(name.toLowerCase(Locale.ROOT)) && gazetteer.entries(name).stream().anyMatch(e -> e.place().kind() == PlaceKind.CITY || e.place().kind() == PlaceKind.ADMINISTRATIVE_REGION);
  }

  /** Whether a US state or a country is named at token {@code t}: "South Carolina", "S.C.", "Mexico". */
  private boolean container(List<Token> tokens, int t, Sentence sentence) {
    for (int length = Math.min(3, sentence.endToken() - t); length >= 1; length--) {
      String written = text(tokens, t, t + length);
      if (gazetteer.usState(written).isPresent() || countryName.test(Gazetteer.key(written))
          || (length == 1 && written.contains(".") && gazetteer.usStateByAbbreviation(written).isPresent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Gainesville and Lindsay", "Monroe, Trenton and Seven Mile": a location beside it in a list. A
   * comma alone makes a list only when the list goes on past the two ("the White House, Lincoln
   * visited" is none; "Lovejoy, Jonesboro and Riverdale" is one).
   */
  private static boolean coordinatedWithLocation(List<Token> tokens, String[] entityOf, int t, Sentence sentence) {
    Set<String> joiners = Set.of("and", "or", ",");
    boolean listGoesOn = t + 1 < sentence.endToken() && joiners.contains(tokens.get(t + 1).text());
    boolean listCameBefore = t - 1 >= sentence.firstToken() && joiners.contains(tokens.get(t - 1).text());
    if (t - 2 >= sentence.firstToken() && listCameBefore && "LOCATION".equals(entityOf[t - 2])
        && (!tokens.get(t - 1).text().equals(",") || listGoesOn)) {
      return true;
    }
    boolean listGoesOnAfterLocation = t + 3 < sentence.endToken() && joiners.contains(tokens.get(t + 3).text());
    return t + 2 < sentence.endToken() && listGoesOn && "LOCATION".equals(entityOf[t + 2])
        && (!tokens.get(t + 1).text().equals(",") || listCameBefore || listGoesOnAfterLocation);
  }

  private static String text(List<Token> tokens, int first, int end) {
    StringBuilder name = new StringBuilder();
    for (int i = first; i < end; i++) {
      name.append(i > first ? " " : "").append(tokens.get(i).text());
    }
    return name.toString();
  }

  private static boolean inCapitals(String word) {
    return word.length() >= 2 && Character.isLetter(word.charAt(0)) && word.equals(word.toUpperCase(Locale.ROOT));
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }
}
