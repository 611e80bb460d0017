package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * "The UN mission said it was alarmed by the fighting": the tagger reads "alarmed" as a passive
 * verb (VBN), so the parser makes "the fighting" the one who alarms and "it" the one alarmed, and
 * a coder reading verbs would make the fighting the source. After a form of "be" (and adverbs:
 * "was deeply disappointed"), a participle of feeling (emotion-participles.txt) says how its
 * subject feels: it is re-tagged as an adjective. Registered with CoreNLP as a custom annotator
 * that runs after {@code ner} and before the parser.
 */
public final class EmotionParticiplesAsAdjectives extends TokenTagRepair {
  static final String RESOURCE = "dev/annals/nlp/emotion-participles.txt";
  private static final Set<String> PARTICIPLES = Set.copyOf(readLowerCaseLines(RESOURCE));
  private static final Set<String> FORMS_OF_BE = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am", "'m");

  /** The constructor CoreNLP calls for a custom annotator. */
  public EmotionParticiplesAsAdjectives(String name, Properties properties) {
    super(EmotionParticiplesAsAdjectives::repair);
  }

  /** Re-tags, in place, each participle of feeling after a form of "be" and adverbs only. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      String lower = word.word().toLowerCase(Locale.ROOT);
      if (!"VBN".equals(word.tag()) || !PARTICIPLES.contains(lower)) {
        continue;
      }
      int before = before(tokens, i, "RB");
      if (before >= 0 && FORMS_OF_BE.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
        word.setTag("JJ");
        word.setLemma(lower);
      }
    }
  }
}
