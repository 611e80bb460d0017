package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * "Romanian F-16 jets shot down a Russian drone late on Wednesday": the tagger reads "drone" as a
 * verb (VB), and the parser then makes "a Russian" its subject and loses the shooting's object. An
 * article, with only adjectives after it, opens a noun phrase: a base-form verb there is a noun.
 * Registered with CoreNLP as a custom annotator that runs after {@code ner} and before the parser.
 */
public final class VerbTaggedNounAfterArticle extends TokenTagRepair {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** The constructor CoreNLP calls for a custom annotator. */
  public VerbTaggedNounAfterArticle(String name, Properties properties) {
    super(VerbTaggedNounAfterArticle::repair);
  }

  /** Re-tags, in place, each base-form verb that follows an article and adjectives only. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      if (!"VB".equals(word.tag())) {
        continue;
      }
      int before = before(tokens, i, "JJ");
      if (before >= 0 && "DT".equals(tokens.get(before).tag()) && ARTICLES.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
        word.setTag("NN");
        word.setLemma(word.word().toLowerCase(Locale.ROOT));
      }
    }
  }

}
