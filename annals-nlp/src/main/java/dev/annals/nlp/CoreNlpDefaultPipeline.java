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
   * Annotates every text on the given number of threads. A text CoreNLP fails on (its coref
   * throws on some news articles) is skipped, not the whole run; the tokens it had reached count.
   *
   * @return the number of tokens annotated
   */
  public long annotateAll(List<String> texts, int threads) {
    List<Annotation> annotations = new ArrayList<>();
    for (String text : texts) {
      annotations.add(new Annotation(text));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<?>> running = new ArrayList<>();
      for (Annotation annotation : annotations) {
        running.add(pool.submit(() -> {
          try {
            pipeline.annotate(annotation);
          } catch (RuntimeException e) {
            failed.incrementAndGet();
          }
        }));
      }
      for (java.util.concurrent.Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while CoreNLP annotated", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    long tokens = 0;
    for (Annotation annotation : annotations) {
      List<?> words = annotation.get(CoreAnnotations.TokensAnnotation.class);
      if (words != null) {
        tokens += words.size();
      }
    }
    return tokens;
  }

  /** How many texts CoreNLP has failed on so far. */
  public int failures() {
    return failed.get();
  }

  private final java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
}
