package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's default English pipeline from tokenisation through quote attribution, with its
 * default settings (three CRF NER models, the fine-grained gazetteer, SUTime, numeric
 * classifiers, coreference): the peer {@code annals bench --baseline corenlp} measures Annals'
 * throughput against. It is the pipeline a user would get by asking CoreNLP for quotes.
 */
public final class CoreNlpDefaultPipeline {
  /** The annotators CoreNLP needs for quotes with their speakers. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  public CoreNlpDefaultPipeline() {
    Properties properties = new Properties();
    properties.setProperty("annotators", ANNOTATORS);
    pipeline = new StanfordCoreNLP(properties);
  }

  /**
   * Annotates every text on the given number of threads.
   *
   * @return the number of tokens annotated; a text CoreNLP fails on counts nothing
   */
  public long annotateAll(List<String> texts, int threads) {
    List<Annotation> annotations = new ArrayList<>();
    for (String text : texts) {
      annotations.add(new Annotation(text));
    }
    // Counted afterwards: with one thread CoreNLP may hand an annotation to the callback twice.
    pipeline.annotate(annotations, threads, done -> { });
    long tokens = 0;
    for (Annotation annotation : annotations) {
      List<?> words = annotation.get(CoreAnnotations.TokensAnnotation.class);
      if (words != null) {
        tokens += words.size();
      }
    }
    return tokens;
  }
}
