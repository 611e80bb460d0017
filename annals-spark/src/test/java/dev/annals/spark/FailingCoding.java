package dev.annals.spark;

import dev.annals.app.store.ArticleCoding;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Annals pipeline, except that a batch holding an article with {@link #MARKER} in its text
 * throws: the way a stage that breaks on one article takes its whole batch down.
 */
public final class FailingCoding implements Supplier<ArticleCoding> {
  static final String MARKER = "[[this article breaks the coder]]";

  @Override
  public ArticleCoding get() {
    ArticleCoding pipeline = new CodingFactory.Pipeline().get();
    return new ArticleCoding() {
      @Override
      public void codeAll(List<dev.annals.model.Article> articles, int threads, Consumer<Result> results) {
        for (dev.annals.model.Article article : articles) {
          if (article.text().contains(MARKER)) {
            throw new IllegalStateException("coder broke on article " + article.id());
          }
        }
        pipeline.codeAll(articles, threads, results);
      }
    };
  }
}
