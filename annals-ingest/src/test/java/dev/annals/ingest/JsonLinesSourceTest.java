package dev.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {
  @TempDir Path dir;

  @Test
  void readsEveryFieldAndReportsEveryBadLineByNumber() throws IOException {
    Path file = Fixtures.path("news.jsonl");
    Collected read = Collected.from(new JsonLinesSource(file));

    assertThat(read.ids()).containsExactly(
        "wire-0001",
        ArticleIds.fromUrl("https://example.com/flooding"),
        "77",
        ArticleIds.fromText("A record without id, url or date: its id comes from its text."),
        ArticleIds.fromUrl("https://portcity.example/fire"));
    var first = read.byId("wire-0001");
    assertThat(first.origin()).isEqualTo(file + ":1");
    assertThat(first.author()).contains("Jane Roe");
    assertThat(first.article().publicationDate()).contains(LocalDate.of(2004, 5, 12));
    assertThat(first.article().title()).contains("Talks resume in Lakeport");
    assertThat(first.article().url()).contains("https://news.example.org/2004/05/12/talks");
    assertThat(first.article().publisher()).contains("Example News");

    var second = read.articles().get(1);
    // The date written in the record, not the UTC date (which would be 5 November).
    assertThat(second.article().publicationDate()).contains(LocalDate.of(2019, 11, 4));
    assertThat(second.article().publisher()).contains("Example Daily");
    assertThat(second.author()).contains("A. Writer, B. Reporter");

    assertThat(read.byId("77").article().publicationDate()).contains(LocalDate.of(2016, 12, 14));
    assertThat(read.byId("77").origin()).isEqualTo(file + ":5");

    // news-please's field names.
    IngestedArticle newsPlease = read.articles().get(4);
    assertThat(newsPlease.article().text()).startsWith("Firefighters contained a blaze");
    assertThat(newsPlease.article().publicationDate()).contains(LocalDate.of(2017, 3, 2));
    assertThat(newsPlease.article().publisher()).contains("portcity.example");
    assertThat(newsPlease.author()).contains("Kim Lee");

    assertThat(read.problemLines()).hasSize(4);
    assertThat(read.problemLines().get(0)).isEqualTo(file + ":3: has no \"text\" field");
    assertThat(read.problemLines().get(1)).startsWith(file + ":6: is not valid JSON: ");
    assertThat(read.problemLines().get(2)).isEqualTo(file + ":7: has an empty or non-string \"text\" field");
    assertThat(read.problemLines().get(3)).isEqualTo(file + ":8: is not a JSON object");
  }

  @Test
  void aSecondReadGivesTheSameIdsInTheSameOrder() throws IOException {
    Path file = Fixtures.path("news.jsonl");
    assertThat(Collected.from(new JsonLinesSource(file)).ids())
        .isEqualTo(Collected.from(new JsonLinesSource(file)).ids());
  }

  @Test
  void aLineThatIsNotUtf8IsReportedAndTheNextLinesAreRead() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"id\": \"a\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9); // Latin-1 e-acute: not UTF-8
    bytes.write("\"}\n{\"id\": \"b\", \"text\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());

    Collected read = Collected.from(new JsonLinesSource(file));

    assertThat(read.ids()).containsExactly("b");
    assertThat(read.problemLines()).containsExactly(file
        + ":1: is not valid UTF-8 (invalid byte sequence at byte 24 of the line); JSON Lines must be UTF-8");
  }

  @Test
  void readsGzipAndKeepsTheLinesBeforeATruncation() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(compressed)) {
      for (int i = 1; i <= 200; i++) {
        gzip.write(("{\"id\": \"n" + i + "\", \"text\": \"Report number " + i + " about a meeting of ministers"
            + " in a city, with some filler words to make the stream longer " + "x".repeat(i % 50) + "\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = compressed.toByteArray();
    Path good = Files.write(dir.resolve("corpus.jsonl.gz"), whole);
    Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));

    Collected all = Collected.from(new JsonLinesSource(good));
    Collected half = Collected.from(new JsonLinesSource(cut));

    assertThat(all.ids()).hasSize(200);
    assertThat(all.problems()).isEmpty();
    assertThat(half.ids()).isNotEmpty().hasSizeLessThan(200);
    assertThat(all.ids()).startsWith(half.ids().toArray(String[]::new));
    assertThat(half.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.origin()).startsWith(cut + ":");
      assertThat(problem.message()).contains("truncated or damaged")
          .contains("the " + half.ids().size());
    });
  }

  @Test
  void emptyAndBlankFilesAreReported() throws IOException {
    Path empty = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n  \n");

    assertThat(Collected.from(new JsonLinesSource(empty)).problemLines()).containsExactly(empty + ": is empty");
    assertThat(Collected.from(new JsonLinesSource(blank)).problemLines())
        .containsExactly(blank + ": holds only white space");
  }
}
