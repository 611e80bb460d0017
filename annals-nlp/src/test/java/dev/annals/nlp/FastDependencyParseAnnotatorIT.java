package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The fast parser must parse exactly as CoreNLP's own depparse annotator does. */
class FastDependencyParseAnnotatorIT {
  // Made-up news paragraphs: coordination, control, passives, quotes, a long sentence, a headline.
  private static final String TEXT =
      """
      Ministers from Chile and Peru met their Bolivian counterpart in La Paz on Tuesday and agreed to reopen the border crossing.
      "We will not accept any delay," the Peruvian foreign minister told reporters, adding that trucks had been stranded for weeks.
      The agreement was signed by both governments, which had accused each other of blocking trade since the floods in March.
      Opposition leaders in Lima, who had urged the president to close the border, said the deal was rushed and that farmers, traders and drivers would pay for it while officials in the capital, far from the crossing, argued about fees, permits and the schedule of inspections.
      Border reopens after talks
      Police arrested three men suspected of smuggling fuel, officials said.
      """;

  @Test
  void parsesAsCoreNlpDoesOnEverySentence() {
    Properties tagging = CoreNlpAnalyzer.properties(CoreNlpAnalyzer.NewlineRule.ALWAYS);
    tagging.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    Annotation annotation = new Annotation(TEXT);
    new StanfordCoreNLP(tagging).annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    assertThat(sentences).hasSize(6);

    Properties depparse = new Properties();
    depparse.setProperty("extradependencies", "MAXIMAL");
    new DependencyParseAnnotator(depparse).annotate(annotation);
    List<TreeSet<String>> expected = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      expected.add(edges(sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)));
    }

    new FastDependencyParseAnnotator("annalsdepparse", new Properties()).annotate(annotation);
    for (int i = 0; i < sentences.size(); i++) {
      TreeSet<String> actual = edges(sentences.get(i).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
      assertThat(actual).as("sentence %d", i).isEqualTo(expected.get(i)).isNotEmpty();
    }
  }

  /**
   * Edges by token index. Copy nodes of elided predicates are numbered by how many graphs were
   * built before (CoreNLP builds four before enhanced++, Annals none), so only their being copies counts.
   */
  private static TreeSet<String> edges(SemanticGraph graph) {
    TreeSet<String> edges = new TreeSet<>();
    graph.getRoots().forEach(root -> edges.add("root(0, " + root.index() + ")"));
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      edges.add(edge.getRelation() + "(" + node(edge.getGovernor()) + ", " + node(edge.getDependent()) + ")");
    }
    return edges;
  }

  private static String node(edu.stanford.nlp.ling.IndexedWord word) {
    return word.index() + (word.copyCount() > 0 ? "'" : "");
  }
}
