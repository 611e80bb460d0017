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

  /**
   * Re-tags, in place, each base-form verb that follows an article and adjectives only, and each
   * present-tense verb between "a" with the nouns after it and a noun: "A Scottish fisheries
   * patrol vessel detained an Irish trawler" ("patrol" read as VBP, with "a … fisheries" its
   * subject, though "a" opens no plural subject).
   */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      boolean base = "VB".equals(word.tag());
      if (!base && !("VBP".equals(word.tag()) && followedByNoun(tokens, i))) {
        continue;
      }
      int before = base ? before(tokens, i, "JJ") : beforeModifiers(tokens, i);
      Set<String> articles = base ? ARTICLES : SINGULAR_ARTICLES;
      if (before >= 0 && "DT".equals(tokens.get(before).tag()) && articles.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))
          && (base || tokens.get(i - 1).tag().startsWith("NN"))) {
        word.setTag("NN");
        word.setLemma(word.word().toLowerCase(Locale.ROOT));
      } else if (base && afterSingularNounPhrase(tokens, i)) {
        word.setTag("NN");
        word.setLemma(word.word().toLowerCase(Locale.ROOT));
      }
    }
  }

  private static final Set<String> SINGULAR_ARTICLES = Set.of("a", "an");
  /** Verbs whose object a bare infinitive follows: "made a soldier take the blame". */
  private static final Set<String> BARE_INFINITIVE_GOVERNORS = Set.of("make", "made", "makes", "making", "let", "lets", "letting", "have", "has", "had",
      "help", "helped", "helps", "see", "saw", "seen", "watch", "watched", "hear", "heard", "bid");

  /**
   * "covered by a boundary deal the two countries signed": a base-form verb right after "a" and
   * common nouns is the last of those nouns; "a" opens no subject a bare verb could have, but the
   * object of "make", "let", "see" and the like ("saw a soldier fall").
   */
  private static boolean afterSingularNounPhrase(List<CoreLabel> tokens, int i) {
    if (i < 2 || !"NN".equals(tokens.get(i - 1).tag())) {
      return false;
    }
    int before = beforeModifiers(tokens, i);
    return before >= 0 && "DT".equals(tokens.get(before).tag()) && SINGULAR_ARTICLES.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))
        && (before == 0 || !BARE_INFINITIVE_GOVERNORS.contains(tokens.get(before - 1).word().toLowerCase(Locale.ROOT)));
  }

  private static boolean followedByNoun(List<CoreLabel> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i + 1).tag() != null && Set.of("NN", "NNS").contains(tokens.get(i + 1).tag());
  }

  /** The position before the adjectives and common nouns that stand before {@code position}. */
  private static int beforeModifiers(List<CoreLabel> tokens, int position) {
    int before = position - 1;
    while (before >= 0 && tokens.get(before).tag() != null && (tokens.get(before).tag().startsWith("JJ") || Set.of("NN", "NNS").contains(tokens.get(before).tag()))) {
      before--;
    }
    return before;
  }

}
