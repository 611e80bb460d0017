package dev.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleReaderTest {
  private final HtmlArticleReader reader = new HtmlArticleReader();
  @TempDir Path dir;

  private Collected read(String fixture) throws IOException {
    return Collected.from(new HtmlFileSource(Fixtures.path(fixture), reader));
  }

  @Test
  void keepsTheArticleAndDropsNavigationAdvertsSidebarCommentsAndFooter() throws IOException {
    Collected read = read("html/news-page.html");

    assertThat(read.problems()).isEmpty();
    String text = read.articles().get(0).article().text();
    assertThat(text).contains("Negotiators for the government of Norland")
        .contains("safe corridors to deliver food and medicine.")
        .doesNotContain("Subscribe now")
        .doesNotContain("Advertisement")
        .doesNotContain("Ten recipes")
        .doesNotContain("First! Great article")
        .doesNotContain("All rights reserved")
        .doesNotContain("tracking pixel")
        .doesNotContain("color: red");
    // Paragraphs stay apart, as in plain text.
    assertThat(text).contains("bad faith.\n\nThe talks, hosted by");
  }

  @Test
  void jsonLdWinsOverOpenGraphAndMetaTags() throws IOException {
    IngestedArticle read = read("html/news-page.html").articles().get(0);

    assertThat(read.article().title()).contains("Ceasefire talks resume in Lakeport");
    // The date written in the publisher's time zone (14 June), not article:published_time's.
    assertThat(read.article().publicationDate()).contains(LocalDate.of(2023, 6, 14));
    assertThat(read.author()).contains("Maria Lopez, Tom Hale");
    assertThat(read.article().publisher()).contains("The Harbour Gazette");
    assertThat(read.article().url())
        .contains("https://www.harbourgazette.example/world/2023/06/14/ceasefire-talks-resume?utm_source=rss");
    assertThat(read.article().id())
        .isEqualTo(ArticleIds.fromUrl("https://harbourgazette.example/world/2023/06/14/ceasefire-talks-resume"));
  }

  @Test
  void openGraphAndMetaTagsWhenThereIsNoJsonLdAndTheDeclaredCharsetIsUsed() throws IOException {
    IngestedArticle read = read("html/og-only.htm").articles().get(0);

    assertThat(read.article().title()).contains("Bridge reopens after repairs");
    assertThat(read.article().publicationDate()).contains(LocalDate.of(2022, 9, 30));
    assertThat(read.article().url()).contains("https://riverside-courier.example/news/bridge-reopens");
    assertThat(read.article().publisher()).contains("Riverside Courier");
    // article:author is a link to a staff page, not a name.
    assertThat(read.author()).isEmpty();
    assertThat(read.article().text()).contains("Residents\u2019 groups had complained");
  }

  @Test
  void brokenHtmlStillGivesTheTextThatIsThere() throws IOException {
    Collected read = read("html/broken.html");

    assertThat(read.problems()).isEmpty();
    IngestedArticle article = read.articles().get(0);
    assertThat(article.article().title()).contains("Storm damage in Ashford");
    assertThat(article.article().text()).contains("A storm tore roofs off houses")
        .contains("Power was still out in the northern districts by midday, the utility");
    assertThat(article.article().id()).startsWith("text-");
  }

  @Test
  void aPageWithoutArticleTextIsReported() throws IOException {
    Path file = Fixtures.path("html/boilerplate-only.html");
    assertThat(read("html/boilerplate-only.html").problemLines()).singleElement().asString()
        .startsWith(file + ": has no article text (")
        .endsWith("characters of visible text, fewer than 80)");
  }

  @Test
  void aTitleTagLosesTheSiteNameWhenThePageNamesItsPublisher() {
    String page = "<html><head><title>Storm hits the coast | The Gazette</title>"
        + "<meta property=og:site_name content='The Gazette'></head><body><p>A storm hit the coast on Sunday night,"
        + " cutting power to thousands of homes and closing the harbour road, officials said.</p></body></html>";

    assertThat(reader.readHtml(page, Optional.empty(), "p").article().orElseThrow().article().title())
        .contains("Storm hits the coast");
    assertThat(reader.readHtml(page.replace("og:site_name", "x"), Optional.empty(), "p").article().orElseThrow()
        .article().title()).contains("Storm hits the coast | The Gazette");
  }

  @Test
  void emptyAndBinaryPagesAreReported() throws IOException {
    Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);
    Path binary = Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});

    assertThat(Collected.from(new HtmlFileSource(empty, reader)).problemLines()).containsExactly(empty + ": is empty");
    assertThat(Collected.from(new HtmlFileSource(binary, reader)).problemLines())
        .containsExactly(binary + ": is a binary file, not text");
  }

  @Test
  void undeclaredBytesThatAreNotUtf8AreReadAsWindows1252() {
    byte[] page = ("<html><body><p>The delegation from M\u00e1laga arrived on Monday and met the mayor, "
        + "who said the visit was \u201cvery useful\u201d for both cities and their ports.</p></body></html>")
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));

    ReadResult result = reader.read(page, Optional.empty(), Optional.empty(), "page.html");

    assertThat(result.article()).hasValueSatisfying(article -> assertThat(article.article().text())
        .contains("M\u00e1laga").contains("\u201cvery useful\u201d"));
  }

  @Test
  void theTransportsCharsetWinsAndThePageUrlIsTheFallbackAddressAndPublisher() {
    byte[] page = "<html><body><p>Ministers from both countries signed a trade agreement on Thursday in the capital, ending two years of talks.</p></body></html>"
        .getBytes(StandardCharsets.UTF_16LE);

    ReadResult result = reader.read(page, Optional.of("utf-16le"), Optional.of("https://www.wire.example/a/1"), "x");

    IngestedArticle article = result.article().orElseThrow();
    assertThat(article.article().text()).startsWith("Ministers from both countries signed");
    assertThat(article.article().url()).contains("https://www.wire.example/a/1");
    assertThat(article.article().publisher()).contains("wire.example");
  }
}
