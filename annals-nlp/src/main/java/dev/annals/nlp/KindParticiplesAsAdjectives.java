package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * "Peru signed a contract to buy dozens of K2 tanks and wheeled armoured vehicles from South
 * Korea": the tagger reads "wheeled" after "and" as a past verb (VBD), and the parser makes a new
 * clause of it whose subject is Peru, so the purchase loses its second object and its seller. A
 * participle that names a kind of thing (kind-participles.txt), right after a word that cannot be
 * its subject (a conjunction, determiner, number, adjective, preposition, possessive or comma)
 * and right before an adjective or common noun, is re-tagged as an adjective. Registered with
 * CoreNLP as a custom annotator that runs after {@code ner} and before the parser.
 */
public final class KindParticiplesAsAdjectives extends TokenTagRepair {
  static final String RESOURCE = "dev/annals/nlp/kind-participles.txt";
  private static final Set<String> PARTICIPLES = Set.copyOf(readLowerCaseLines(RESOURCE));
  /** Tags of words after which a participle has no subject: "and", "the", "two", "new", "of", "its", "'s", ",". */
  private static final Set<String> NO_SUBJECT_BEFORE = Set.of("CC", "DT", "CD", "JJ", "IN", "PRP$", "POS", ",");

  /** The constructor CoreNLP calls for a custom annotator. */
  public KindParticiplesAsAdjectives(String name, Properties properties) {
    super(KindParticiplesAsAdjectives::repair);
  }

  /** Re-tags, in place, each participle of a kind of thing between a word that is no subject and an adjective or common noun. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      String lower = word.word().toLowerCase(Locale.ROOT);
      if (!("VBD".equals(word.tag()) || "VBN".equals(word.tag())) || !PARTICIPLES.contains(lower)) {
        continue;
      }
      String next = tokens.get(i + 1).tag();
      boolean beforeThing = next != null && (next.startsWith("JJ") || next.equals("NN") || next.equals("NNS"));
      if (beforeThing && NO_SUBJECT_BEFORE.contains(tokens.get(i - 1).tag())) {
        word.setTag("JJ");
        word.setLemma(lower);
      }
    }
  }
}
