package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * "a patrol ship ordered it to state its intentions": the tagger reads "to" as a preposition and
 * "state" as a noun, and the parser then hangs "to state" on the verb as a place and "its
 * intentions" as a second object. After a verb of asking or ordering and a pronoun object, "to"
 * and a word the tagger calls a common noun or a present verb, followed by what opens an object
 * ("the", a name, a pronoun, a number), is an infinitive: "to" becomes TO and the word a
 * base-form verb.
 */
public final class InfinitiveAfterAskedPronoun extends TokenTagRepair {
  /** Verbs whose object is asked to do something: "ordered it to", "told them to", "urged him to". */
  private static final Set<String> ASKING = Set.of("order", "tell", "ask", "urge", "instruct", "direct", "command", "force", "compel", "press",
      "invite", "allow", "warn", "require", "encourage", "persuade", "permit");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "him", "her", "them", "us", "me", "you");
  /** Tags of a word that opens an object: "state its intentions", "leave the area", "host Paris". */
  private static final Set<String> OBJECT_OPENERS = Set.of("DT", "NNP", "NNPS", "PRP", "PRP$", "CD");

  /** The constructor CoreNLP calls for a custom annotator. */
  public InfinitiveAfterAskedPronoun(String name, Properties properties) {
    super(InfinitiveAfterAskedPronoun::repair);
  }

  /** Re-tags, in place, the "to" and the verb of each "ordered it to VERB" the tagger misread. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 1; i + 3 < tokens.size(); i++) {
      CoreLabel asking = tokens.get(i - 1);
      CoreLabel object = tokens.get(i);
      CoreLabel to = tokens.get(i + 1);
      CoreLabel verb = tokens.get(i + 2);
      boolean askingVerb = asking.tag() != null && asking.tag().startsWith("VB") && asking.lemma() != null
          && ASKING.contains(asking.lemma().toLowerCase(Locale.ROOT));
      boolean misread = "NN".equals(verb.tag()) || "VBP".equals(verb.tag());
      if (askingVerb && OBJECT_PRONOUNS.contains(object.word().toLowerCase(Locale.ROOT)) && to.word().equalsIgnoreCase("to") && "IN".equals(to.tag())
          && misread && Character.isLowerCase(verb.word().charAt(0)) && OBJECT_OPENERS.contains(tokens.get(i + 3).tag())) {
        to.setTag("TO");
        verb.setTag("VB");
        verb.setLemma(verb.word().toLowerCase(Locale.ROOT));
      }
    }
  }
}
