package dev.annals.ingest;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What reading one document gave: an article, or the problem that kept it from being one.
 *
 * @param article the article, when there is one
 * @param problem why there is none
 */
public record ReadResult(Optional<IngestedArticle> article, Optional<ReadProblem> problem) {
  public ReadResult {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(problem, "problem");
    if (article.isPresent() == problem.isPresent()) {
      throw new IllegalArgumentException("a read result is either an article or a problem");
    }
  }

  public static ReadResult of(IngestedArticle article) {
    return new ReadResult(Optional.of(article), Optional.empty());
  }

  public static ReadResult problem(String origin, String message) {
    return new ReadResult(Optional.empty(), Optional.of(new ReadProblem(origin, message)));
  }

  /** Hands the article or the problem to its consumer. */
  public void deliver(Consumer<IngestedArticle> articles, Consumer<ReadProblem> problems) {
    article.ifPresent(articles);
    problem.ifPresent(problems);
  }
}
