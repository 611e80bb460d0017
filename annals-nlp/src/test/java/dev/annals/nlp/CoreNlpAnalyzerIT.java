package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.AnnotatedText;
import dev.annals.model.Article;
import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real CoreNLP pipeline, converted to Annals' records. */
class CoreNlpAnalyzerIT {
  private static CoreNlpAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = new CoreNlpAnalyzer();
  }

  private static final String TEXT =
      "Brazilian President Luiz Inacio Lula da Silva met Argentina's foreign minister in Brasilia on Monday.\n"
          + "Chile and Peru joined Bolivia in condemning the decision.";

  @Test
  void tokensPointBackIntoTheText() {
    AnnotatedText text = analyzer.analyze(Article.of("a", TEXT, LocalDate.of(2024, 3, 6)));
    assertThat(text.sentences()).hasSize(2);
    for (Token token : text.tokens()) {
      assertThat(token.span().of(TEXT)).isEqualTo(token.text());
    }
  }

  @Test
  void enhancedDependenciesGiveControlledVerbsAndConjunctsTheirSubjects() {
    AnnotatedText text = analyzer.analyze(Article.of("a", TEXT, LocalDate.of(2024, 3, 6)));
    List<String> edges = new ArrayList<>();
    for (var sentence : text.sentences()) {
      for (Dependency d : sentence.dependencies()) {
        if (d.governor() >= 0) {
          edges.add(d.relation() + "(" + text.tokens().get(d.governor()).text() + "," + text.tokens().get(d.dependent()).text() + ")");
        }
      }
    }
    assertThat(edges).contains("nsubj(joined,Chile)", "nsubj(joined,Peru)", "obl:on(met,Monday)");
  }

  @Test
  void namedEntitiesAreFoundAndTimeIsLeftToAnnals() {
    AnnotatedText text = analyzer.analyze(Article.of("a", TEXT, LocalDate.of(2024, 3, 6)));
    assertThat(text.entities()).anySatisfy(e -> assertThat(e.type()).isEqualTo("PERSON"));
    assertThat(text.entities()).anySatisfy(e -> assertThat(e.text()).isEqualTo("Brasilia"));
    // SUTime is off for speed; annals-coding's TimeExpressionFinder does this job.
    assertThat(text.timexes()).isEmpty();
  }

  @Test
  void analysesManyArticlesInParallelEachOnce() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      articles.add(Article.of("a" + i, TEXT, LocalDate.of(2024, 3, 6)));
    }
    articles.add(Article.of("wrapped", "A wrapped\nparagraph about Chile\nand Peru.\n\nA second paragraph.", LocalDate.of(2024, 3, 6)));
    List<String> seen = new ArrayList<>();
    analyzer.analyzeAll(articles, 2, result -> {
      synchronized (seen) {
        seen.add(result.article().id());
      }
      assertThat(result.failure()).isEmpty();
    });
    assertThat(seen).containsExactlyInAnyOrder("a0", "a1", "a2", "a3", "a4", "a5", "wrapped");
  }

  @Test
  void hardWrappedTextKeepsSentencesAcrossLineBreaks() {
    AnnotatedText text = analyzer.analyze(Article.of("w", "Chile and Peru signed\na trade deal on\nMonday.\n\nBolivia objected.", LocalDate.of(2024, 3, 6)));
    assertThat(text.sentences()).hasSize(2);
  }

  @Test
  void emptyTextGivesNoSentences() {
    AnnotatedText text = analyzer.analyze(Article.of("e", "", LocalDate.of(2024, 3, 6)));
    assertThat(text.tokens()).isEmpty();
  }
}
