package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * "Takaichi is due to host President Lee in Nara next month": the tagger reads "due to" as the
 * preposition of "due to the rain" and "host" as a noun, and the parser then loses the plan and
 * whoever it names. After a form of "be", "due to" and a word the tagger calls a common noun or a
 * verb, followed by what opens an object ("the", a name, a pronoun, a number), is an infinitive:
 * "to" becomes TO and the word a base-form verb.
 */
public final class InfinitiveAfterDueTo extends TokenTagRepair {
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "'s", "'re");
  /** Tags of a word that opens an object: "host the summit", "visit Paris", "meet him", "sign two". */
  private static final Set<String> OBJECT_OPENERS = Set.of("DT", "NNP", "NNPS", "PRP", "PRP$", "CD");

  /** The constructor CoreNLP calls for a custom annotator. */
  public InfinitiveAfterDueTo(String name, Properties properties) {
    super(InfinitiveAfterDueTo::repair);
  }

  /** Re-tags, in place, the "to" and the verb of each "be due to VERB" the tagger misread. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 1; i + 3 < tokens.size(); i++) {
      CoreLabel due = tokens.get(i);
      CoreLabel to = tokens.get(i + 1);
      CoreLabel verb = tokens.get(i + 2);
      boolean afterBe = BE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
      boolean misread = "NN".equals(verb.tag()) || "VB".equals(verb.tag()) || "VBP".equals(verb.tag());
      if (afterBe && due.word().equalsIgnoreCase("due") && to.word().equalsIgnoreCase("to") && misread
          && Character.isLowerCase(verb.word().charAt(0)) && OBJECT_OPENERS.contains(tokens.get(i + 3).tag())) {
        to.setTag("TO");
        verb.setTag("VB");
        verb.setLemma(verb.word().toLowerCase(Locale.ROOT));
      }
    }
  }
}
