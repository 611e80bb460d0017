package dev.annals.coding.place;

import dev.annals.model.AnnotatedText;
import dev.annals.model.Sentence;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The place names of an article, in text order, each with its readings: counties named together
 * ("Jackson and Barrow counties"), local features the gazetteer does not know ("Kanawha River"),
 * and otherwise the longest run of capitalised words, up to {@value #LONGEST_NAME}, that
 * {@link NameLookup} takes for a place. A run ending in a street word is a street ("Dublin Road").
 *
 * <p>Immutable and thread-safe.
 */
final class ToponymFinder {
  private static final int LONGEST_NAME = 5;

  private final Gazetteer gazetteer;
  /** Whether a name key is a country's name. */
  private final java.util.function.Predicate<String> isCountryName;
  private final NameLookup lookup;
  /** Names the article uses as places where the words around them leave no doubt. */
  private final PlaceContexts contexts;

  ToponymFinder(ToponymKnowledge knowledge) {
    this.gazetteer = knowledge.gazetteer();
    this.isCountryName = knowledge.countryNames()::containsKey;
    this.lookup = new NameLookup(knowledge);
    this.contexts = new PlaceContexts(knowledge.gazetteer(), knowledge.countryNames()::containsKey);
  }

  /** The article's toponyms in text order; local features (no readings) among them. */
  List<Toponym> find(AnnotatedText text) {
    ArticleCues cues = ArticleCues.of(text, contexts);
    List<Token> tokens = text.tokens();
    List<Toponym> found = new ArrayList<>();
    // "on March 7", "in May": a word of a time expression is no place (March, Cambridgeshire).
    boolean[] inTime = new boolean[tokens.size()];
    for (var timex : text.timexes()) {
      for (int i = timex.firstToken(); i < timex.endToken() && i < inTime.length; i++) {
        inTime[i] = timex.isPointInTime();
      }
    }
    for (Sentence sentence : text.sentences()) {
      Map<Integer, Toponym> counties = CoordinatedCounties.in(gazetteer, text, sentence);
      int t = sentence.firstToken();
      while (t < sentence.endToken()) {
        if (counties.containsKey(t)) {
          found.add(counties.get(t));
          t = counties.get(t).end();
          continue;
        }
        if (inTime[t]) {
          t++;
          continue;
        }
        int run = t;
        while (run < sentence.endToken() && NameWords.capitalised(tokens.get(run).text())) {
          run++;
        }
        if (StreetNames.isStreet(tokens, t, run, sentence)) {
          t = run; // "Dublin Road", "Townmead Road Recycling Centre": a street, not the place
          continue;
        }
        Optional<Toponym> match = Optional.empty();
        Optional<Integer> featureEnd = LocalFeatures.endAt(tokens, t, sentence);
        if (featureEnd.isPresent()) {
          // "Elbow Lake" and "Goose Creek" are towns the gazetteer knows; "Kanawha River" is a river it does not.
          TokenRun feature = new TokenRun(cues, sentence, t, featureEnd.get());
          match = lookup.match(feature).or(() -> localFeature(feature));
        }
        for (int length = Math.min(LONGEST_NAME, sentence.endToken() - t); length >= 1 && match.isEmpty(); length--) {
          match = lookup.match(new TokenRun(cues, sentence, t, t + length));
        }
        // "Jim Webb ... Webb said": a weak name that is part of a person's name here is that person.
        if (match.isPresent() && match.get().weak() && cues.personWord(match.get().key())) {
          match = Optional.empty();
        }
        if (match.isPresent()) {
          found.add(match.get());
          t = match.get().end();
        } else {
          t = pastNameWithParticles(tokens, pastHyphenatedName(tokens, t, sentence), sentence);
        }
      }
    }
    return CountyShortNames.apply(cues, found);
  }

  /** Combining forms before a hyphen that leave the place after it whole: "Indo-Pakistan" (place/name-prefixes.txt). */
  private static final java.util.Set<String> NAME_PREFIXES = java.util.Set.copyOf(dev.annals.coding.knowledge.TsvFile.readWordList("dev/annals/coding/place/name-prefixes.txt"));

  /**
   * The token after an unknown word, or past the whole of a hyphenated name it opens: in
   * "Kye-Ossi", a border town the gazetteer does not know, "Ossi" is no town of Sardinia. The
   * words are written together ("Kye-Ossi", not "Kye - Ossi"), the first capitalised, neither an
   * abbreviation ("DFL-Minneapolis", "R-Texas": a legislator's party and home) nor a combining
   * form ("Indo-Pakistan border" still names Pakistan).
   */
  private static int pastHyphenatedName(List<Token> tokens, int t, Sentence sentence) {
    int next = t + 1;
    while (next + 1 < sentence.endToken() && tokens.get(next).text().equals("-")
        && tokens.get(next).span().start() == tokens.get(next - 1).span().end() && tokens.get(next + 1).span().start() == tokens.get(next).span().end()
        && NameWords.capitalised(tokens.get(next - 1).text()) && NameWords.capitalised(tokens.get(next + 1).text())
        && !tokens.get(next - 1).text().equals(tokens.get(next - 1).text().toUpperCase(java.util.Locale.ROOT)) && !NAME_PREFIXES.contains(tokens.get(next - 1).text().toLowerCase(java.util.Locale.ROOT))) {
      next += 2;
    }
    return next;
  }

  /** Particles that join the words of one Spanish, Portuguese, French or Italian name: "Puerta del Sol". */
  private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "del", "la", "los", "las", "da", "do", "dos", "das", "di", "della", "du", "des");

  /**
   * The token after an unknown name and the words its particles join to it: in "Puerta del Sol",
   * a square in Madrid that the gazetteer does not know, "Sol" is no village of Poland, and in
   * "Plaza de Mayo" "Mayo" is no Irish county. A country stays itself: "the Tour de France"
   * names France. {@code t} is the token after the unknown capitalised word.
   */
  private int pastNameWithParticles(List<Token> tokens, int t, Sentence sentence) {
    int next = t;
    while (next > sentence.firstToken() && NameWords.capitalised(tokens.get(next - 1).text())) {
      int word = next;
      while (word < sentence.endToken() && NAME_PARTICLES.contains(tokens.get(word).text())) {
        word++;
      }
      if (word == next || word >= sentence.endToken() || !NameWords.capitalised(tokens.get(word).text())
          || isCountryName.test(Gazetteer.key(tokens.get(word).text()))) {
        break;
      }
      next = word + 1;
    }
    return next;
  }

  /** A river, lake, park or township the gazetteer does not know, unless the tagger took its words for a person's ("Ricki Lake"). */
  private static Optional<Toponym> localFeature(TokenRun run) {
    if (run.cues().anyPerson(run.first(), run.end())) {
      return Optional.empty();
    }
    return Optional.of(Toponym.localFeature(run.first(), run.end(), run.span(), run.surface()));
  }
}
