package dev.annals.nlp;

import java.util.Map;

/**
 * Plural nouns CoreNLP's lemmatiser leaves as they are ("troops", "munitions"; checked with
 * {@code Morphology.stemStatic(word, "NNS")} of CoreNLP 4.5.10), given the singular lemma the
 * knowledge files write: "moved troops to the border" is read by the line for moving a troop.
 * Words whose plural is their own meaning ("goods", "damages", "earnings") are left alone. The
 * lemmatiser also reads every "bases" as the plural of "basis"; in news it is nearly always the
 * places ("overran rebel bases", "US bases in Japan"), so it is given back to "base".
 */
final class UnreducedPlurals {
  private static final Map<String, String> SINGULARS = Map.of("troops", "troop", "munitions", "munition", "basis", "base");

  private UnreducedPlurals() {
  }

  /** The lemma to keep for a token: the singular for a plural noun the lemmatiser left plural, else the lemma given. */
  static String lemma(String lemma, String tag) {
    if (!tag.equals("NNS")) {
      return lemma;
    }
    String singular = SINGULARS.get(lemma.toLowerCase(java.util.Locale.ROOT));
    return singular == null ? lemma : singular;
  }
}
