package dev.annals.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Everything one source hands over, gathered for assertions. */
record Collected(List<IngestedArticle> articles, List<ReadProblem> problems) {
  static Collected from(ArticleSource source) throws IOException {
    List<IngestedArticle> articles = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    source.forEach(articles::add, problems::add);
    return new Collected(articles, problems);
  }

  List<String> ids() {
    return articles.stream().map(article -> article.article().id()).toList();
  }

  List<String> problemLines() {
    return problems.stream().map(ReadProblem::toString).toList();
  }

  IngestedArticle byId(String id) {
    return articles.stream().filter(article -> article.article().id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no article " + id + " among " + ids()));
  }
}
