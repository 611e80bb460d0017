package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * "Dominican authorities deported 11,000 Haitians and briefly detained two consular officials":
 * the tagger may read "briefly" as a noun (NN), and the parser then makes it the subject of
 * "detained", whose real subject is lost. A word in "-ly" between a conjunction and a verb in the
 * past or present is an adverb of that verb. Registered with CoreNLP as a custom annotator that
 * runs after {@code ner} and before the parser.
 */
public final class AdverbTaggedNounBeforeVerb extends TokenTagRepair {
  private static final Set<String> VERB_TAGS = Set.of("VBD", "VBN", "VBZ", "VBP");
  /** "ally", "rally", "Italy": short words in "-ly" are often nouns. */
  private static final int SHORTEST = 6;

  /** The constructor CoreNLP calls for a custom annotator. */
  public AdverbTaggedNounBeforeVerb(String name, Properties properties) {
    super(AdverbTaggedNounBeforeVerb::repair);
  }

  /** Re-tags, in place, each "-ly" noun between a conjunction and a verb. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      String lower = word.word().toLowerCase(Locale.ROOT);
      if ("NN".equals(word.tag()) && lower.endsWith("ly") && lower.length() >= SHORTEST && "CC".equals(tokens.get(i - 1).tag())
          && VERB_TAGS.contains(tokens.get(i + 1).tag())) {
        word.setTag("RB");
        word.setLemma(lower);
      }
    }
  }
}
