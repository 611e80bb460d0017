package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;

/**
 * A custom CoreNLP annotator that mends the tagger's tags of each sentence, in place, after
 * {@code ner} and before the parser sees them. Subclasses say which tokens to mend.
 */
abstract class TokenTagRepair implements Annotator {
  @Override
  public final void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      repairTokens(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
  }

  /** Mends one sentence's tokens in place. */
  abstract void repairTokens(List<CoreLabel> tokens);

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class);
  }

  @Override
  public final Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
