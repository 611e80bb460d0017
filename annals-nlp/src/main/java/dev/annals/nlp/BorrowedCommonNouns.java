package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Common nouns borrowed from French ("summoned Mali's charge d'affaires", "staged a coup d'etat")
 * that the tagger reads as proper nouns: the parser then takes "d'affaires" for a name of its own
 * and loses the verb's object. The expressions (borrowed-nouns.txt) are re-tagged as common nouns
 * before the parser sees them. Registered with CoreNLP as a custom annotator that runs after
 * {@code ner} and before the parser.
 */
public final class BorrowedCommonNouns extends TokenTagRepair {
  static final String RESOURCE = "dev/annals/nlp/borrowed-nouns.txt";
  private static final List<List<String>> EXPRESSIONS = load();
  private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "FW");

  /** The constructor CoreNLP calls for a custom annotator. */
  public BorrowedCommonNouns(String name, Properties properties) {
    super(BorrowedCommonNouns::repair);
  }

  /** Re-tags, in place, the words of every listed expression as common nouns. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      for (List<String> expression : EXPRESSIONS) {
        if (startsAt(tokens, i, expression)) {
          for (int j = i; j < i + expression.size(); j++) {
            CoreLabel word = tokens.get(j);
            // "handed the Emirati charge d'affaires a list": the tagger may read "charge" as a verb.
            if (NAME_TAGS.contains(word.tag()) || word.tag().startsWith("NN") || word.tag().startsWith("VB")) {
              word.setTag(word.tag().equals("NNPS") || word.tag().equals("NNS") ? "NNS" : "NN");
              word.setLemma(word.word().toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    }
  }

  private static List<List<String>> load() {
    return TokenTagRepair.readLowerCaseLines(RESOURCE).stream().map(expression -> List.of(expression.split(" +"))).toList();
  }

}
