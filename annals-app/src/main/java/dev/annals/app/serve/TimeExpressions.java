package dev.annals.app.serve;

import dev.annals.coding.time.Tense;
import dev.annals.coding.time.TimeExpressionFinder;
import dev.annals.coding.time.TimeNormalizer;
import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Timex;
import dev.annals.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time expressions of a stored article, for the reader. The store keeps events' dates but not
 * the expressions they came from, so they are found again here with Annals' own finder and
 * normaliser over the stored sentences, split into words by a pattern (no CoreNLP: the reader
 * must open at once). The finder reads words only, so the split finds what coding found, except
 * where CoreNLP would have split a word differently.
 */
final class TimeExpressions {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’:/.][\\p{L}\\p{N}]+)*\\.?|\\S");

  /** One expression: its span, words, TIMEX3 type and Annals' value ("" when it could not normalise it). */
  record Found(Span span, String text, String type, String value) {}

  private final TimeExpressionFinder finder = new TimeExpressionFinder();
  private final TimeNormalizer normalizer = new TimeNormalizer();

  List<Found> find(String text, List<Span> sentences, LocalDate reference) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> split = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Span span = sentences.get(s);
      int first = tokens.size();
      Matcher words = WORD.matcher(text).region(span.start(), Math.min(span.end(), text.length()));
      while (words.find()) {
        String word = words.group();
        int end = words.end();
        // "Monday." at a sentence end: the full stop is its own token, as CoreNLP makes it
        if (word.length() > 1 && word.endsWith(".") && end == span.end()) {
          word = word.substring(0, word.length() - 1);
          end--;
        }
        tokens.add(new Token(tokens.size(), s, word, word.toLowerCase(java.util.Locale.ROOT), "NN", "O",
            new Span(words.start(), end)));
      }
      split.add(new Sentence(s, span, first, tokens.size(), List.of()));
    }
    List<Found> found = new ArrayList<>();
    for (Sentence sentence : split) {
      for (Timex timex : finder.find(tokens, sentence, text)) {
        String value;
        try {
          value = normalizer.normalize(timex.text(), timex.type(), Optional.empty(), reference, Tense.UNKNOWN, timex.span()).value();
        } catch (RuntimeException e) {
          value = "";
        }
        found.add(new Found(timex.span(), timex.text(), timex.type(), value));
      }
    }
    return found;
  }
}
