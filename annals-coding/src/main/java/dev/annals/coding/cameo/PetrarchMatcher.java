package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.petrarch.PatternElement;
import dev.annals.coding.petrarch.PetrarchPattern;
import dev.annals.coding.petrarch.PetrarchVerb;
import dev.annals.model.Sentence;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Matches PETRARCH verb patterns against the words of a sentence around a verb. PETRARCH matched
 * its patterns on a phrase-structure parse; here the pattern's words must occur in order before
 * and after the verb, with other words allowed between them unless the pattern joins two
 * elements with '_'. The source ({@code $}) and target ({@code +}) markers point at the nearest
 * actor on their side of the marker.
 */
final class PetrarchMatcher {
  /** Where a matched pattern puts its actors, as tokens heading actor mentions. */
  record Match(PetrarchPattern pattern, Optional<Integer> source, Optional<Integer> target) {}

  private final DependencyIndex index;
  private final ArticleActors actors;
  private final Sentence sentence;
  private final java.util.function.IntPredicate namesActor;

  /**
   * @param namesActor true for a token that names an actor, also one inside another noun's phrase
   *     ("an anti- Gondor parade")
   */
  PetrarchMatcher(DependencyIndex index, ArticleActors actors, Sentence sentence, java.util.function.IntPredicate namesActor) {
    this.index = index;
    this.actors = actors;
    this.sentence = sentence;
    this.namesActor = namesActor;
  }

  /**
   * The first and last token of the verb's words when the token is that verb ("broke" of "broke
   * down" followed by "down"), else empty.
   */
  Optional<int[]> verbSpan(PetrarchVerb verb, int token) {
    int first = token - verb.verbWord();
    int last = first + verb.words().size() - 1;
    if (first < sentence.firstToken() || last >= sentence.endToken()) {
      return Optional.empty();
    }
    for (int i = 0; i < verb.words().size(); i++) {
      if (i != verb.verbWord() && !matchesWord(first + i, verb.words().get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(new int[] {first, last});
  }

  /**
   * The most specific of the verb's patterns that matches, or its bare code. A pattern with
   * {@code %} before the verb wants a compound source ("Gondor and Osgiliath have delayed").
   */
  Match match(PetrarchVerb verb, int[] verbSpan, boolean compoundSource) {
    for (PetrarchPattern pattern : verb.patterns()) {
      if (pattern.wantsCompoundSource() && !compoundSource) {
        continue;
      }
      Optional<Match> match = match(pattern, verbSpan);
      if (match.isPresent()) {
        return match.get();
      }
    }
    return new Match(verb.bare(), Optional.empty(), Optional.empty());
  }

  private Optional<Match> match(PetrarchPattern pattern, int[] verbSpan) {
    Marks marks = new Marks();
    boolean after = matchAfter(pattern.after(), 0, verbSpan[1] + 1, marks);
    if (!after) {
      return Optional.empty();
    }
    boolean before = matchBefore(pattern.before(), pattern.before().size() - 1, verbSpan[0] - 1, pattern.verbTouchesBefore(), marks);
    if (!before) {
      return Optional.empty();
    }
    return Optional.of(new Match(pattern, marks.source, marks.target));
  }

  private static final class Marks {
    Optional<Integer> source = Optional.empty();
    Optional<Integer> target = Optional.empty();

    void mark(PatternElement.Kind kind, int actor) {
      if (kind == PatternElement.Kind.SOURCE) {
        source = Optional.of(actor);
      } else {
        target = Optional.of(actor);
      }
    }
  }

  private boolean matchAfter(List<PatternElement> elements, int i, int cursor, Marks marks) {
    if (i == elements.size()) {
      return true;
    }
    PatternElement element = elements.get(i);
    switch (element.kind()) {
      case SOURCE, TARGET -> {
        Optional<Integer> actor = firstActorFrom(cursor);
        if (actor.isEmpty()) {
          return false;
        }
        marks.mark(element.kind(), actor.get());
        return matchAfter(elements, i + 1, cursor, marks);
      }
      case WORD -> {
        int last = element.joined() ? cursor : sentence.endToken() - 1;
        for (int at = cursor; at <= last; at++) {
          for (List<String> words : element.alternatives()) {
            if (matchesAt(at, words) && matchAfter(elements, i + 1, at + words.size(), marks)) {
              return true;
            }
          }
        }
        return false;
      }
      case SKIP -> {
        // "^" passes over one noun phrase: "* AT ^ +" in "warned at the Gondor of the Prince".
        return matchAfter(elements, i + 1, afterNextNounPhrase(cursor), marks);
      }
      default -> {
        return matchAfter(elements, i + 1, cursor, marks);
      }
    }
  }

  private int afterNextNounPhrase(int cursor) {
    int t = cursor;
    while (t < sentence.endToken() && !isNominal(index.token(t))) {
      t++;
    }
    while (t < sentence.endToken() && isNominal(index.token(t))) {
      t++;
    }
    return t;
  }

  private static boolean isNominal(Token token) {
    return token.isNoun() || token.isPronoun();
  }

  /** Right to left from the verb; {@code touch}: the element must end right at the cursor. */
  private boolean matchBefore(List<PatternElement> elements, int i, int cursor, boolean touch, Marks marks) {
    if (i < 0) {
      return true;
    }
    PatternElement element = elements.get(i);
    switch (element.kind()) {
      case SOURCE, TARGET -> {
        Optional<Integer> actor = lastActorUpTo(cursor);
        if (actor.isEmpty()) {
          return false;
        }
        marks.mark(element.kind(), actor.get());
        return matchBefore(elements, i - 1, cursor, element.joined(), marks);
      }
      case WORD -> {
        int lowest = touch ? cursor : sentence.firstToken();
        for (int end = cursor; end >= lowest; end--) {
          for (List<String> words : element.alternatives()) {
            int start = end - words.size() + 1;
            if (start >= sentence.firstToken() && matchesAt(start, words) && matchBefore(elements, i - 1, start - 1, element.joined(), marks)) {
              return true;
            }
          }
        }
        return false;
      }
      default -> {
        return matchBefore(elements, i - 1, cursor, element.joined() && touch, marks);
      }
    }
  }

  private Optional<Integer> firstActorFrom(int cursor) {
    for (int t = Math.max(cursor, sentence.firstToken()); t < sentence.endToken(); t++) {
      if (namesActor.test(t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private Optional<Integer> lastActorUpTo(int cursor) {
    for (int t = Math.min(cursor, sentence.endToken() - 1); t >= sentence.firstToken(); t--) {
      if (namesActor.test(t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private boolean matchesAt(int start, List<String> words) {
    if (start < sentence.firstToken() || start + words.size() > sentence.endToken()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!matchesWord(start + k, words.get(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean matchesWord(int token, String word) {
    Token t = index.token(token);
    return t.text().toLowerCase(Locale.ROOT).equals(word) || t.lemma().toLowerCase(Locale.ROOT).equals(word);
  }
}
