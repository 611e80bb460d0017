package dev.annals.coding.place;

import dev.annals.model.AnnotatedText;
import dev.annals.model.EntityMention;
import dev.annals.model.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the article as a whole says of its words, for finding its place names: the entity class
 * the tagger gave each token, the words of the people it names, the words it writes in lower case
 * ("city", "police"), and the names its contexts show to be places (PlaceContexts).
 *
 * <p>Immutable.
 */
final class ArticleCues {
  private static final String PERSON = "PERSON";
  private static final String LOCATION = "LOCATION";

  private final AnnotatedText text;
  /** The entity class of each token, null outside entities; never handed out. */
  private final String[] entityOf;
  /** Keys of the words of the people the tagger found: "Webb" of "Jim Webb". */
  private final Set<String> personWords;
  /** The words the article writes in lower case: "city", "police", "union". */
  private final Set<String> lowerCaseWords;
  private final PlaceContexts.Found inContext;

  private ArticleCues(AnnotatedText text, String[] entityOf, Set<String> personWords, Set<String> lowerCaseWords, PlaceContexts.Found inContext) {
    this.text = text;
    this.entityOf = entityOf;
    this.personWords = Set.copyOf(personWords);
    this.lowerCaseWords = Set.copyOf(lowerCaseWords);
    this.inContext = inContext;
  }

  static ArticleCues of(AnnotatedText text, PlaceContexts contexts) {
    List<Token> tokens = text.tokens();
    String[] entityOf = new String[tokens.size()];
    Set<String> personWords = new HashSet<>();
    for (EntityMention mention : text.entities()) {
      for (int t = mention.firstToken(); t < mention.endToken() && t < tokens.size(); t++) {
        entityOf[t] = mention.type();
        if (mention.type().equals(PERSON)) {
          personWords.add(Gazetteer.key(tokens.get(t).text()));
        }
      }
    }
    PlaceContexts.Found inContext = contexts.find(text, entityOf);
    Set<String> lowerCaseWords = new HashSet<>();
    for (Token token : tokens) {
      if (!token.text().isEmpty() && Character.isLowerCase(token.text().charAt(0))) {
        lowerCaseWords.add(token.text());
      }
    }
    return new ArticleCues(text, entityOf, personWords, lowerCaseWords, inContext);
  }

  AnnotatedText text() {
    return text;
  }

  List<Token> tokens() {
    return text.tokens();
  }

  /** Whether the tagger put token {@code t} in a person's name. */
  boolean person(int t) {
    return PERSON.equals(entityOf[t]);
  }

  /** Whether the tagger put any of tokens [{@code first}, {@code end}) in a person's name. */
  boolean anyPerson(int first, int end) {
    for (int t = first; t < end; t++) {
      if (person(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the tagger put token {@code t} in a location's name. */
  boolean location(int t) {
    return LOCATION.equals(entityOf[t]);
  }

  /** Whether token {@code t} lies in an entity of the same class as the token before it: "Kanawha City". */
  boolean continuesEntity(int t) {
    return entityOf[t] != null && entityOf[t].equals(entityOf[t - 1]);
  }

  /** Whether a word (by {@link Gazetteer#key}) is a word of a person the tagger found. */
  boolean personWord(String key) {
    return personWords.contains(key);
  }

  /** Whether the article writes this word, as given, in lower case somewhere. */
  boolean writtenInLowerCase(String word) {
    return lowerCaseWords.contains(word);
  }

  /** Whether the words around some mention of the name with this key show it to be a place. */
  boolean placeInContext(String key) {
    return inContext.places().contains(key);
  }

  /** Whether the name with this key names a legislator's district ("D-Braxton"). */
  boolean district(String key) {
    return inContext.districts().contains(key);
  }
}
