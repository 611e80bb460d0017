package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import java.util.Set;

/**
 * Annals' {@code depparse}: CoreNLP's neural parser through {@link FastDependencyParser}, and of
 * its five graphs only the one Annals reads, enhanced++ with every extra dependency (CoreNLP's
 * {@code depparse} also builds basic, collapsed, CC-processed and enhanced graphs for each
 * sentence). Registered with CoreNLP as a custom annotator ({@code customAnnotatorClass.NAME}).
 */
public final class FastDependencyParseAnnotator extends SentenceAnnotator {
  /** One parser per JVM: every pipeline that names this annotator shares the model (about 0.5 GB). */
  private static final class Shared {
    static final FastDependencyParser PARSER = new FastDependencyParser(DependencyParser.DEFAULT_MODEL);
  }

  private final FastDependencyParser parser;

  /** The constructor CoreNLP calls for a custom annotator. */
  public FastDependencyParseAnnotator(String name, Properties properties) {
    this.parser = Shared.PARSER;
  }

  @Override
  protected int nThreads() {
    return 1;
  }

  @Override
  protected long maxTime() {
    return -1;
  }

  @Override
  protected void doOneSentence(Annotation annotation, CoreMap sentence) {
    GrammaticalStructure structure = parser.parse(sentence);
    sentence.set(
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
        SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.MAXIMAL, null));
  }

  @Override
  protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
    // No graph: the converter then gives the sentence no dependencies.
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.IndexAnnotation.class,
        CoreAnnotations.ValueAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.SentenceIndexAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }
}
