package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * "crashed shortly after take-off from an airstrip": the tokenizer splits "take-off" into "take",
 * "-" and "off", the tagger reads a base-form verb and a particle, and the parser hangs the rest of
 * the sentence on that verb (here the closing "the authority said" became the "after" clause). A
 * preposition other than "to" takes no bare verb: a base-form verb right after one, joined by a
 * hyphen to a particle ("after take-off", "during lift-off", "before kick-off"), is a noun, and so
 * is its particle. Registered with CoreNLP as a custom annotator that runs after {@code ner} and
 * before the parser.
 */
public final class HyphenatedNounTaggedAsVerb extends TokenTagRepair {
  /** Words tagged IN that may stand before a bare verb: "to" (tagged TO as a rule), and "that"/"whether"/"if" opening clauses. */
  private static final Set<String> NOT_PREPOSITIONS = Set.of("to", "that", "whether", "if", "because", "than");
  /** Tags of the word after the hyphen: a particle ("off") or a preposition ("in"). */
  private static final Set<String> PARTICLE_TAGS = Set.of("RP", "IN");

  /** The constructor CoreNLP calls for a custom annotator. */
  public HyphenatedNounTaggedAsVerb(String name, Properties properties) {
    super(HyphenatedNounTaggedAsVerb::repair);
  }

  /** Re-tags, in place, each base verb and particle joined by a hyphen right after a preposition. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 1; i + 2 < tokens.size(); i++) {
      CoreLabel verb = tokens.get(i);
      CoreLabel preposition = tokens.get(i - 1);
      CoreLabel particle = tokens.get(i + 2);
      if ("VB".equals(verb.tag()) && "IN".equals(preposition.tag()) && !NOT_PREPOSITIONS.contains(preposition.word().toLowerCase(Locale.ROOT))
          && "-".equals(tokens.get(i + 1).word()) && PARTICLE_TAGS.contains(particle.tag())) {
        verb.setTag("NN");
        verb.setLemma(verb.word().toLowerCase(Locale.ROOT));
        particle.setTag("NN");
        particle.setLemma(particle.word().toLowerCase(Locale.ROOT));
      }
    }
  }
}
