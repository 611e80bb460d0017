package dev.annals.app.store;

import dev.annals.model.Article;
import dev.annals.model.CodedArticle;
import dev.annals.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Codes batches of articles on N threads: the whole Annals pipeline in production, a hand-written
 * fake in tests of the ingest machinery.
 */
public interface ArticleCoding {
  /** Codes every article; each result reaches the consumer once, possibly from several threads. */
  void codeAll(List<Article> articles, int threads, Consumer<Result> results);

  /**
   * One article's outcome.
   *
   * @param article the article as read
   * @param coded what was coded in it, empty when it failed
   * @param sentences the sentence spans of the analysis
   * @param tokens how many tokens the analysis found
   * @param failure why it failed
   */
  record Result(Article article, Optional<CodedArticle> coded, List<Span> sentences, int tokens, Optional<Throwable> failure) {
    public Result {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(coded, "coded");
      Objects.requireNonNull(failure, "failure");
      sentences = List.copyOf(sentences);
      if (coded.isPresent() == failure.isPresent()) {
        throw new IllegalArgumentException("a result is either coded or failed: article " + article.id());
      }
    }

    public static Result coded(CodedArticle coded, List<Span> sentences, int tokens) {
      return new Result(coded.article(), Optional.of(coded), sentences, tokens, Optional.empty());
    }

    public static Result failed(Article article, Throwable failure) {
      return new Result(article, Optional.empty(), List.of(), 0, Optional.of(failure));
    }
  }
}
