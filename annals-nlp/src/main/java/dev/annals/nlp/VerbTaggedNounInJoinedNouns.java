package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * "New Zealand imposed travel bans and asset freezes on Monday on 12 Iranian officials": the
 * tagger reads "freezes" as a present verb (VBZ) with "asset" its subject, and the parser then
 * hangs the rest of the sentence on it and loses the sanctions' target. A word in "-s" tagged so,
 * right after a common noun that follows "and" or "or" after a plural noun, and itself followed
 * by a preposition, a comma, a conjunction or the sentence's end, is the last of a second plural
 * noun compound joined to the first (NNS). A verb there would have a subject of one bare noun
 * after a conjunction, which news copy does not write.
 * So, too, is one right after place names joined in a preposition's phrase: "frozen francs held
 * in Geneva and Zurich accounts linked to the fraud case" (a verb there would have the second
 * place alone for its subject, inside the phrase of "in").
 * Registered with CoreNLP as a custom annotator that runs after {@code ner} and before the parser.
 */
public final class VerbTaggedNounInJoinedNouns extends TokenTagRepair {
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
  /** Tags that may follow a noun phrase that ends there: "freezes on Monday", "freezes, ...", "freezes." */
  private static final Set<String> PHRASE_ENDS = Set.of("IN", ",", ".", "CC", "TO", ":");

  /** The constructor CoreNLP calls for a custom annotator. */
  public VerbTaggedNounInJoinedNouns(String name, Properties properties) {
    super(VerbTaggedNounInJoinedNouns::repair);
  }

  /** Re-tags, in place, each such present verb as a plural noun, with the noun's singular lemma. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 3; i < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      String text = word.word().toLowerCase(Locale.ROOT);
      if (!"VBZ".equals(word.tag()) || !text.endsWith("s") || text.length() < 4) {
        continue;
      }
      boolean afterJoinedNouns = "NN".equals(tokens.get(i - 1).tag())
          && CONJUNCTIONS.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT))
          && "NNS".equals(tokens.get(i - 3).tag())
          && (i + 1 >= tokens.size() || PHRASE_ENDS.contains(tokens.get(i + 1).tag()));
      // (A participle may follow the place names' noun: "accounts linked to the case".)
      boolean afterJoinedPlaces = afterPlacesJoinedInPhrase(tokens, i)
          && (i + 1 >= tokens.size() || PHRASE_ENDS.contains(tokens.get(i + 1).tag()) || "VBN".equals(tokens.get(i + 1).tag()));
      if (!afterJoinedNouns && !afterJoinedPlaces) {
        continue;
      }
      word.setTag("NNS");
      word.setLemma(singular(text));
    }
  }

  /** Whether the word comes right after "in Geneva and Zurich", "in New York and Hong Kong": proper names joined in a preposition's phrase. */
  private static boolean afterPlacesJoinedInPhrase(List<CoreLabel> tokens, int word) {
    int i = word - 1;
    int second = 0;
    for (; i >= 0 && "NNP".equals(tokens.get(i).tag()); i--) {
      second++;
    }
    if (second == 0 || i < 0 || !CONJUNCTIONS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int first = 0;
    for (i--; i >= 0 && "NNP".equals(tokens.get(i).tag()); i--) {
      first++;
    }
    return first > 0 && i >= 0 && "IN".equals(tokens.get(i).tag());
  }

  /** "freezes" freeze, "curbs" curb, "duties" duty, "taxes" tax (not the verbs' "freez"). */
  static String singular(String noun) {
    if (noun.endsWith("ies")) {
      return noun.substring(0, noun.length() - 3) + "y";
    }
    if (noun.endsWith("ches") || noun.endsWith("shes") || noun.endsWith("sses") || noun.endsWith("xes")) {
      return noun.substring(0, noun.length() - 2);
    }
    return noun.substring(0, noun.length() - 1);
  }
}
