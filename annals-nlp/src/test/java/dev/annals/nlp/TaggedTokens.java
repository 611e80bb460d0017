package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** Tokens for the tag repairs' tests, written "word/TAG word/TAG ...", each its own lemma. */
final class TaggedTokens {
  private TaggedTokens() {}

  static List<CoreLabel> of(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String item : tagged.split(" ")) {
      int slash = item.lastIndexOf('/');
      CoreLabel token = new CoreLabel();
      token.setWord(item.substring(0, slash));
      token.setValue(item.substring(0, slash));
      token.setTag(item.substring(slash + 1));
      token.setLemma(item.substring(0, slash));
      tokens.add(token);
    }
    return tokens;
  }
}
