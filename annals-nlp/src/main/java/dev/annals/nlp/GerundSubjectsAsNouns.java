package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * "Fighting broke out in Tripoli", "Heavy shelling continued overnight": the tagger reads a word
 * in "-ing" that opens the sentence (alone or after adjectives) as a verb (VBG), though a finite
 * verb follows it at once, so that it can only be that verb's subject, a noun. The parser then
 * hangs the noun's own phrases ("between the army and the militia") on a verb with no subject,
 * and the event the noun names is lost. Such a gerund is re-tagged as a common noun, lemma its
 * word. Registered with CoreNLP as a custom annotator that runs after {@code ner} and before the
 * parser.
 */
public final class GerundSubjectsAsNouns extends TokenTagRepair {
  private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

  /** The constructor CoreNLP calls for a custom annotator. */
  public GerundSubjectsAsNouns(String name, Properties properties) {
    super(GerundSubjectsAsNouns::repair);
  }

  /** Re-tags, in place, a sentence-opening gerund followed at once by a finite verb. */
  static void repair(List<CoreLabel> tokens) {
    int first = 0;
    while (first < tokens.size() && ("JJ".equals(tokens.get(first).tag()) || "DT".equals(tokens.get(first).tag()))) {
      first++;
    }
    if (first + 1 >= tokens.size()) {
      return;
    }
    CoreLabel gerund = tokens.get(first);
    if ("VBG".equals(gerund.tag()) && (FINITE_VERB_TAGS.contains(tokens.get(first + 1).tag()) || finiteVerbAfterPhrase(tokens, first + 1))) {
      gerund.setTag("NN");
      gerund.setLemma(gerund.word().toLowerCase(Locale.ROOT));
    }
  }

  /** Tags of the words a noun's prepositional phrase is made of: "between Armenian and Azerbaijani troops". */
  private static final Set<String> PHRASE_TAGS = Set.of("IN", "DT", "JJ", "JJR", "JJS", "CC", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH");

  /**
   * "Fighting between Armenian and Azerbaijani troops broke out": a prepositional phrase (no
   * comma, no other verb) right after the gerund, then a finite verb. Not "Protecting the border
   * is vital", where an object, not a preposition, follows the gerund.
   */
  private static boolean finiteVerbAfterPhrase(List<CoreLabel> tokens, int next) {
    if (!"IN".equals(tokens.get(next).tag())) {
      return false;
    }
    for (int i = next + 1; i < tokens.size(); i++) {
      String tag = tokens.get(i).tag();
      if (FINITE_VERB_TAGS.contains(tag)) {
        return true;
      }
      if (!PHRASE_TAGS.contains(tag)) {
        return false;
      }
    }
    return false;
  }
}
