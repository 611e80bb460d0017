package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * "Neighbouring Guinea tightened health checks at its border": the tagger reads "Neighbouring" as
 * a verb and "Guinea" as a common noun (the coin), and the parser then makes the participle the
 * sentence's verb and the country nobody. A capitalised word the named-entity tagger puts in a
 * place's name, tagged as a common noun, is a proper noun; "neighbouring" right before a place's
 * name is its adjective. Registered with CoreNLP as a custom annotator that runs after {@code ner}
 * and before the parser.
 */
public final class PlaceNamesTaggedAsCommonNouns extends TokenTagRepair {
  private static final Set<String> NEIGHBOURING = Set.of("neighbouring", "neighboring");
  /** Words before which a participle is a participle: "has tightened", "was tightened". */
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "be", "been", "being");

  /** The constructor CoreNLP calls for a custom annotator. */
  public PlaceNamesTaggedAsCommonNouns(String name, Properties properties) {
    super(PlaceNamesTaggedAsCommonNouns::repair);
  }

  /** Re-tags, in place, common-noun tags inside places' names, and "neighbouring" before one. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      boolean capitalised = !word.word().isEmpty() && Character.isUpperCase(word.word().charAt(0));
      // A name of one word only ("Guinea"): in a longer one ("the Empty Quarter") a common noun
      // may be the name's own word, and the tagger's reading of the whole is left alone.
      boolean alone = (i == 0 || !"LOCATION".equals(tokens.get(i - 1).ner()) || NEIGHBOURING.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)))
          && (i + 1 == tokens.size() || !"LOCATION".equals(tokens.get(i + 1).ner()));
      if (capitalised && alone && "LOCATION".equals(word.ner()) && ("NN".equals(word.tag()) || "NNS".equals(word.tag()))
          && !NEIGHBOURING.contains(word.word().toLowerCase(Locale.ROOT))) {
        word.setTag("NN".equals(word.tag()) ? "NNP" : "NNPS");
        word.setLemma(word.word());
        // The tagger read the participle after the "noun" from that misreading ("Guinea/NN
        // tightened/VBN health checks"): with no auxiliary before, it is the name's past-tense verb.
        if (i + 1 < tokens.size() && "VBN".equals(tokens.get(i + 1).tag()) && tokens.subList(0, i).stream().noneMatch(t -> AUXILIARIES.contains(t.word().toLowerCase(Locale.ROOT)))) {
          tokens.get(i + 1).setTag("VBD");
        }
      }
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      CoreLabel next = tokens.get(i + 1);
      if (NEIGHBOURING.contains(word.word().toLowerCase(Locale.ROOT)) && next.tag().startsWith("NNP") && "LOCATION".equals(next.ner())) {
        word.setTag("JJ");
        word.setLemma(word.word().toLowerCase(Locale.ROOT));
        if ("LOCATION".equals(word.ner())) {
          word.setNER("O");
        }
      }
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class);
  }
}
