package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * "Ramgoolam said Mauritius would pay for irrigation works and train Malagasy farmers": the tagger
 * reads "train" as a noun, and the parser then makes it one more thing paid for and loses the
 * training. A singular common noun right after "and" or "or", followed by an object ("Malagasy
 * farmers", "the army", "its", a name, a number), in a clause whose verb stands in the base form
 * after "would", "will", "to" or another modal, with no finite verb or clause break between, is
 * that verb's joined second verb in the base form (VB).
 * Registered with CoreNLP as a custom annotator that runs after {@code ner} and before the parser.
 */
public final class NounTaggedVerbJoinedToBaseVerb extends TokenTagRepair {
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
  /** Tags that open an object by themselves: "the army", "its staff", "Malawi", "500 officers". */
  private static final Set<String> OBJECT_OPENINGS = Set.of("DT", "PRP$", "NNP", "NNPS", "CD");
  /** Tags that end the clause the base verb opens, or start another. */
  private static final Set<String> CLAUSE_BREAKS = Set.of("VBD", "VBZ", "VBP", ".", ":", "WDT", "WP");

  /** The constructor CoreNLP calls for a custom annotator. */
  public NounTaggedVerbJoinedToBaseVerb(String name, Properties properties) {
    super(NounTaggedVerbJoinedToBaseVerb::repair);
  }

  /** Re-tags, in place, each such noun as a base-form verb. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 3; i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      if (!"NN".equals(word.tag()) || !Character.isLowerCase(word.word().charAt(0))
          || !CONJUNCTIONS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)) || !opensObject(tokens, i + 1)
          || !afterBaseVerbOfItsClause(tokens, i - 1)) {
        continue;
      }
      word.setTag("VB");
      word.setLemma(word.word().toLowerCase(Locale.ROOT));
    }
  }

  /** "Malagasy farmers" (adjectives then a noun), "the army", "its", "Malawi", "500". */
  private static boolean opensObject(List<CoreLabel> tokens, int at) {
    String tag = tokens.get(at).tag();
    if (tag == null) {
      return false;
    }
    if (OBJECT_OPENINGS.contains(tag)) {
      return true;
    }
    int after = at;
    while (after < tokens.size() && tokens.get(after).tag() != null && tokens.get(after).tag().startsWith("JJ")) {
      after++;
    }
    return after > at && after < tokens.size() && tokens.get(after).tag() != null && tokens.get(after).tag().startsWith("NN");
  }

  /** Whether a base-form verb after a modal or "to" comes before {@code end} in the same clause. */
  private static boolean afterBaseVerbOfItsClause(List<CoreLabel> tokens, int end) {
    for (int k = end - 1; k >= 1; k--) {
      String tag = tokens.get(k).tag();
      if (tag == null || CLAUSE_BREAKS.contains(tag) || tokens.get(k).word().equals(",")) {
        return false;
      }
      if ("VB".equals(tag)) {
        String before = tokens.get(k - 1).tag();
        String twoBefore = k >= 2 ? tokens.get(k - 2).tag() : "";
        return "MD".equals(before) || "TO".equals(before) || ("RB".equals(before) && ("MD".equals(twoBefore) || "TO".equals(twoBefore)));
      }
    }
    return false;
  }
}
