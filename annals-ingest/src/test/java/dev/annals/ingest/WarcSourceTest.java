package dev.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcSourceTest {
  private static final Instant CAPTURED = Instant.parse("2023-03-09T02:30:00Z");

  @TempDir Path dir;
  private final HtmlArticleReader reader = new HtmlArticleReader();

  /** Seven records: a request, an article, an image, a 404, an undated article, a page without article, an article. */
  private Path writeArchive(String name, WarcCompression compression) throws IOException {
    return writeArchive(dir, name, compression);
  }

  static Path writeArchive(Path dir, String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
      writer.write(new WarcRequest.Builder("https://harbourgazette.example/world/ceasefire").date(CAPTURED)
          .body(new HttpRequest.Builder("GET", "/world/ceasefire").build()).build());
      writer.write(response("https://harbourgazette.example/world/ceasefire", 200, "text/html; charset=utf-8",
          fixture("html/news-page.html")));
      writer.write(response("https://harbourgazette.example/logo.png", 200, "image/png",
          new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
      writer.write(response("https://harbourgazette.example/gone", 404, "text/html", "<p>Not found</p>".getBytes(
          StandardCharsets.UTF_8)));
      writer.write(response("https://valleywire.example/prisoners", 200, "text/html", fixture("feed/prisoners.html")));
      writer.write(response("https://valleywire.example/404-page", 200, "text/html",
          fixture("html/boilerplate-only.html")));
      writer.write(response("https://riverside.example/bridge", 200, "text/html; charset=windows-1252",
          fixture("html/og-only.htm")));
    }
    return file;
  }

  private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
    return new WarcResponse.Builder(url).date(CAPTURED)
        .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body).build())
        .build();
  }

  private static byte[] fixture(String name) throws IOException {
    return Files.readAllBytes(Fixtures.path(name));
  }

  @Test
  void readsEveryHtmlResponseAndPassesOverTheOtherRecords() throws IOException {
    for (WarcCompression compression : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Path file = writeArchive(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", compression);

      Collected read = Collected.from(new Sources().open(file.toString()));

      assertThat(read.articles()).extracting(IngestedArticle::origin)
          .containsExactly(file + "#2", file + "#5", file + "#7");
      IngestedArticle ceasefire = read.articles().get(0);
      assertThat(ceasefire.article().title()).contains("Ceasefire talks resume in Lakeport");
      assertThat(ceasefire.article().publicationDate()).contains(LocalDate.of(2023, 6, 14));
      assertThat(ceasefire.article().text()).contains("safe corridors").doesNotContain("Subscribe now");
      IngestedArticle prisoners = read.articles().get(1);
      // No date on the page: the capture date.
      assertThat(prisoners.article().publicationDate()).contains(LocalDate.of(2023, 3, 9));
      assertThat(prisoners.article().url()).contains("https://valleywire.example/prisoners");
      assertThat(prisoners.article().id()).isEqualTo(ArticleIds.fromUrl("https://valleywire.example/prisoners"));
      assertThat(read.articles().get(2).article().text()).contains("Residents\u2019 groups");
      assertThat(read.problemLines()).singleElement().asString().startsWith(file + "#6: has no article text");
    }
  }

  @Test
  void aTruncatedWarcGzKeepsTheRecordsBeforeTheDamageAndReportsTheRest() throws IOException {
    Path whole = writeArchive("crawl.warc.gz", WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    Collected complete = Collected.from(new WarcSource(whole, reader));
    // Cut inside the sixth record's gzip member: records 1 to 5 are whole.
    long sixth = offsetOfRecord(whole, 6);
    Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, (int) sixth + 40));

    Collected read = Collected.from(new WarcSource(cut, reader));

    assertThat(read.articles()).extracting(IngestedArticle::origin).containsExactly(cut + "#2", cut + "#5");
    assertThat(read.ids()).isEqualTo(complete.ids().subList(0, 2));
    assertThat(read.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.origin()).isEqualTo(cut + "#6");
      assertThat(problem.message()).startsWith("is truncated or damaged (")
          .endsWith("the 5 records before it were read");
    });
  }

  @Test
  void aWarcGzCutInsideAnArticlesBodyKeepsTheArticlesBeforeIt() throws IOException {
    Path whole = writeArchive("crawl.warc.gz", WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    long fifth = offsetOfRecord(whole, 5);
    long sixth = offsetOfRecord(whole, 6);
    Path cut = Files.write(dir.resolve("cut-body.warc.gz"), Arrays.copyOf(bytes, (int) ((fifth + sixth) / 2)));

    Collected read = Collected.from(new WarcSource(cut, reader));

    assertThat(read.articles()).extracting(IngestedArticle::origin).containsExactly(cut + "#2");
    assertThat(read.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.origin()).isEqualTo(cut + "#5");
      assertThat(problem.message()).startsWith("is truncated or damaged (")
          .endsWith("the 4 records before it were read");
    });
  }

  @Test
  void anUncompressedWarcCutShortKeepsTheRecordsBeforeIt() throws IOException {
    Path whole = writeArchive("crawl.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    long fifth = offsetOfRecord(whole, 5);
    long sixth = offsetOfRecord(whole, 6);
    Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, (int) ((fifth + sixth) / 2)));

    Collected read = Collected.from(new WarcSource(cut, reader));

    assertThat(read.articles()).extracting(IngestedArticle::origin).containsExactly(cut + "#2");
    assertThat(read.problems()).singleElement().satisfies(problem ->
        assertThat(problem.origin()).isEqualTo(cut + "#5"));
  }

  @Test
  void aFileThatIsNotAWarcAndAnEmptyOneAreReported() throws IOException {
    Path text = Files.writeString(dir.resolve("fake.warc"), "This is not a web archive at all.\n");
    Path empty = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);

    assertThat(Collected.from(new WarcSource(text, reader)).problemLines()).singleElement().asString()
        .startsWith(text + "#1: is not a WARC file or is damaged at its first record (");
    assertThat(Collected.from(new WarcSource(empty, reader)).problemLines()).containsExactly(empty + ": is empty");
  }

  private static long offsetOfRecord(Path file, int number) throws IOException {
    try (org.netpreserve.jwarc.WarcReader warc = new org.netpreserve.jwarc.WarcReader(file)) {
      int n = 0;
      for (org.netpreserve.jwarc.WarcRecord record : warc) {
        if (++n == number) {
          return warc.position();
        }
      }
    }
    throw new IllegalStateException("no record " + number);
  }
}
