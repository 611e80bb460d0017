package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * "The Alliance of Sahel States, which groups Mali with Burkina Faso and Niger, said ...": the
 * tagger reads "groups" as a plural noun, and the parser then makes "groups Mali" the subject of
 * "said" and loses the sentence's speaker. A word in "-s" tagged as a plural noun right after a
 * relative pronoun that follows a comma or a noun, and right before a name, an article, a
 * possessive or a number, is the relative clause's verb in the present (VBZ).
 * Registered with CoreNLP as a custom annotator that runs after {@code ner} and before the parser.
 */
public final class NounTaggedVerbAfterRelativePronoun extends TokenTagRepair {
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who");
  /** Tags that open the object a verb takes next: "groups Mali", "links the two ports", "holds its". */
  private static final Set<String> OBJECT_OPENINGS = Set.of("NNP", "NNPS", "DT", "PRP$", "CD");

  /** The constructor CoreNLP calls for a custom annotator. */
  public NounTaggedVerbAfterRelativePronoun(String name, Properties properties) {
    super(NounTaggedVerbAfterRelativePronoun::repair);
  }

  /** Re-tags, in place, each such plural noun as a verb, with the verb's lemma. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 2; i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      String text = word.word().toLowerCase(Locale.ROOT);
      if (!"NNS".equals(word.tag()) || !text.endsWith("s") || text.length() < 4
          || !RELATIVE_PRONOUNS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
          || !OBJECT_OPENINGS.contains(tokens.get(i + 1).tag())) {
        continue;
      }
      String before = tokens.get(i - 2).tag();
      if (!",".equals(before) && (before == null || !before.startsWith("NN"))) {
        continue;
      }
      word.setTag("VBZ");
      word.setLemma(baseForm(text));
    }
  }

  /** "groups" group, "carries" carry, "reaches" reach, "links" link. */
  static String baseForm(String verb) {
    if (verb.endsWith("ies")) {
      return verb.substring(0, verb.length() - 3) + "y";
    }
    if (verb.endsWith("ches") || verb.endsWith("shes") || verb.endsWith("sses") || verb.endsWith("xes") || verb.endsWith("zes")) {
      return verb.substring(0, verb.length() - 2);
    }
    return verb.substring(0, verb.length() - 1);
  }
}
