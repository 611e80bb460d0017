package dev.annals.nlp;

import dev.annals.model.Span;
import dev.annals.model.Timex;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Plain CoreNLP's time expressions (SUTime with its own values), the peer Annals' time
 * normalisation is measured against in {@code annals eval timex --baseline corenlp}.
 */
public final class SuTimeBaseline {
  private final StanfordCoreNLP pipeline;

  public SuTimeBaseline() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("ner.useSUTime", "true");
    properties.setProperty("ner.applyNumericClassifiers", "true");
    properties.setProperty("ner.buildEntityMentions", "true");
    pipeline = new StanfordCoreNLP(properties);
  }

  /** SUTime's expressions in the text, resolved against the document date. */
  public List<Timex> timexes(String text, LocalDate documentDate) {
    Annotation annotation = new Annotation(text);
    annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    pipeline.annotate(annotation);
    List<Timex> found = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) {
        continue;
      }
      for (CoreMap mention : mentions) {
        edu.stanford.nlp.time.Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
        if (timex == null) {
          continue;
        }
        Span span = new Span(
            mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        found.add(new Timex(0, 1, timex.timexType() == null ? "DATE" : timex.timexType(), span.of(text), span, Optional.ofNullable(timex.value())));
      }
    }
    return found;
  }
}
