package dev.annals.nlp;

import dev.annals.model.Span;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Plain CoreNLP's place names: the mentions its default English NER (the three CRF models with
 * the fine-grained rules) tags LOCATION, CITY, STATE_OR_PROVINCE or COUNTRY. CoreNLP has no
 * geocoder; {@code annals eval geo --baseline corenlp} gives each name the most populous place of
 * that name. SUTime and the numeric classifiers are off: they tag no places and take most of the
 * NER stage's time.
 */
public final class NerLocationBaseline {
  private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  private final StanfordCoreNLP pipeline;

  public NerLocationBaseline() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.buildEntityMentions", "true");
    pipeline = new StanfordCoreNLP(properties);
  }

  /** The place-name spans of each text, in the order of the texts, analysed on {@code threads} threads. */
  public List<List<Span>> locations(List<String> texts, int threads) {
    List<Annotation> annotations = new ArrayList<>();
    Map<Annotation, Integer> position = new IdentityHashMap<>();
    for (String text : texts) {
      Annotation annotation = new Annotation(text);
      position.put(annotation, annotations.size());
      annotations.add(annotation);
    }
    List<List<Span>> result = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      result.add(List.of());
    }
    pipeline.annotate(annotations, Math.max(1, threads), annotation -> {
      List<Span> spans = new ArrayList<>();
      List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
      for (CoreMap sentence : sentences == null ? List.<CoreMap>of() : sentences) {
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap mention : mentions == null ? List.<CoreMap>of() : mentions) {
          if (PLACE_TYPES.contains(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
            spans.add(new Span(mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
          }
        }
      }
      synchronized (result) {
        result.set(position.get(annotation), List.copyOf(spans));
      }
    });
    return result;
  }
}
