package dev.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.netpreserve.jwarc.WarcCompression;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every reader promises (see {@link ArticleSource}), checked on each kind of input. */
class ArticleSourceContractTest {
  @TempDir static Path dir;

  static Stream<String> inputs() throws IOException {
    Path warc = WarcSourceTest.writeArchive(dir, "contract.warc.gz", WarcCompression.GZIP);
    Path feed = Files.writeString(dir.resolve("contract.rss"), Files.readString(Fixtures.path("feed/rss.xml"))
        .replace("{{BASE}}", "http://127.0.0.1:9"));
    return Stream.concat(
        Stream.of("folder", "folder/port-strike.txt", "news.jsonl", "html/news-page.html", "html/broken.html",
            "html/og-only.htm", "feed/not-a-feed.xml", "duplicates").map(name -> Fixtures.path(name).toString()),
        Stream.of(warc.toString(), feed.toString()));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void aSecondReadGivesTheSameArticlesInTheSameOrder(String fixture) throws IOException {
    String input = fixture;
    Collected first = Collected.from(new Sources().open(input));
    Collected second = Collected.from(new Sources().open(input));

    assertThat(second.articles()).isEqualTo(first.articles());
    assertThat(second.problems()).isEqualTo(first.problems());
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void everyArticleHasTextAnIdAndAnOriginInsideTheInput(String fixture) throws IOException {
    String input = fixture;
    Collected read = Collected.from(new Sources().open(input));

    assertThat(read.articles().size() + read.problems().size()).isPositive();
    for (IngestedArticle article : read.articles()) {
      assertThat(article.article().text()).isNotBlank().doesNotContain("\r");
      assertThat(article.article().id()).isNotBlank();
      assertThat(article.origin()).startsWith(input);
    }
    for (ReadProblem problem : read.problems()) {
      assertThat(problem.origin()).startsWith(input);
      assertThat(problem.message()).isNotBlank();
    }
    List<String> ids = read.ids();
    assertThat(ids).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void anExceptionFromTheArticleConsumerStopsTheReadUnchanged(String input) throws IOException {
    boolean hasArticles = !Collected.from(new Sources().open(input)).articles().isEmpty();
    RuntimeException stop = new IllegalStateException("store is full");
    ThrowingCallable read = () -> new Sources().open(input).forEach(article -> {
      throw stop;
    }, problem -> {});

    if (hasArticles) {
      assertThatThrownBy(read).isSameAs(stop);
    } else {
      assertThatCode(read).doesNotThrowAnyException();
    }
  }
}
