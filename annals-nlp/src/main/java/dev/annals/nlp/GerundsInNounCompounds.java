package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Words in "-ing" that open a noun compound ("fired warning shots at a survey ship", "a landing
 * craft"): the tagger reads them as verbs (VBG), and the parser then makes the gerund the verb
 * of its own clause, with the shots its object and the ship its target. The compounds
 * (gerund-compounds.txt) have their first word re-tagged as a common noun before the parser sees
 * them. Registered with CoreNLP as a custom annotator that runs after {@code ner} and before the
 * parser.
 */
public final class GerundsInNounCompounds extends TokenTagRepair {
  static final String RESOURCE = "dev/annals/nlp/gerund-compounds.txt";
  private static final List<List<String>> COMPOUNDS = TokenTagRepair.readLowerCaseLines(RESOURCE).stream()
      .map(compound -> List.of(compound.split(" +"))).toList();

  /** The constructor CoreNLP calls for a custom annotator. */
  public GerundsInNounCompounds(String name, Properties properties) {
    super(GerundsInNounCompounds::repair);
  }

  /** Re-tags, in place, the gerund that opens each listed compound as a common noun. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      CoreLabel gerund = tokens.get(i);
      if (!"VBG".equals(gerund.tag())) {
        continue;
      }
      for (List<String> compound : COMPOUNDS) {
        if (startsAt(tokens, i, compound)) {
          gerund.setTag("NN");
          gerund.setLemma(gerund.word().toLowerCase(Locale.ROOT));
          break;
        }
      }
    }
  }
}
