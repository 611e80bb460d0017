package dev.annals.coding.time;

import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokens for testing the finder's rules without a tagger: the words of a sentence split on spaces,
 * tagged CD if all digits, NNP if capitalised, else NN; "weekly/RB" gives a tag of its own.
 */
final class TestTokens {
  private TestTokens() {}

  static List<Token> tokens(String sentence) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String spec : sentence.split(" ")) {
      int slash = spec.lastIndexOf('/');
      boolean tagged = slash > 0 && spec.substring(slash + 1).matches("[A-Z$]+");
      String word = tagged ? spec.substring(0, slash) : spec;
      String tag = tagged ? spec.substring(slash + 1) : word.matches("\\d+") ? "CD" : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(tokens.size(), 0, word, word.toLowerCase(), tag, "O", new Span(offset, offset + word.length())));
      offset += word.length() + 1;
    }
    return tokens;
  }

  /** The whole sentence as the rules read it. */
  static SentenceWords words(String sentence) {
    List<Token> tokens = tokens(sentence);
    return new SentenceWords(tokens, tokens.size());
  }
}
