package dev.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {
  @TempDir Path dir;
  private LocalWebServer web;
  private final Sources sources = new Sources();

  @BeforeEach
  void serve() throws IOException {
    web = new LocalWebServer();
    web.serve("/atom", "application/atom+xml", fixture("feed/atom.xml"));
    web.serve("/articles/prisoners.html", "text/html; charset=utf-8", fixture("feed/prisoners.html"));
    web.serve("/articles/ceasefire.html", "text/html", fixture("html/news-page.html"));
  }

  @AfterEach
  void stop() {
    web.close();
  }

  private byte[] fixture(String name) throws IOException {
    return Files.readString(Fixtures.path(name)).replace("{{BASE}}", web.base()).getBytes(StandardCharsets.UTF_8);
  }

  private Path feedFile(String fixture, String fileName) throws IOException {
    return Files.writeString(dir.resolve(fileName),
        Files.readString(Fixtures.path(fixture)).replace("{{BASE}}", web.base()));
  }

  @Test
  void fullTextItemsAreReadFromTheFeedAndSummaryOnlyItemsFromTheirFetchedPages() throws IOException {
    Path feed = feedFile("feed/rss.xml", "valley.rss");

    Collected read = Collected.from(sources.open(feed.toString()));

    assertThat(read.articles()).hasSize(2);
    IngestedArticle inFeed = read.articles().get(0);
    assertThat(inFeed.origin()).isEqualTo(feed + "#1");
    assertThat(inFeed.article().title()).contains("Council approves new water plant");
    assertThat(inFeed.article().text()).startsWith("The Ashford town council approved plans")
        .contains("two years.\n\nCouncillors voted");
    assertThat(inFeed.article().publicationDate()).contains(LocalDate.of(2023, 3, 7));
    assertThat(inFeed.article().publisher()).contains("Valley Wire");
    assertThat(inFeed.author()).contains("Lena Park");
    assertThat(inFeed.article().id()).isEqualTo(ArticleIds.fromUrl(web.base() + "/articles/water-plant.html"));

    IngestedArticle fetched = read.articles().get(1);
    assertThat(fetched.origin()).isEqualTo(feed + "#2 " + web.base() + "/articles/prisoners.html");
    assertThat(fetched.article().text()).startsWith("Negotiators for the Norland government")
        .doesNotContain("Valley Wire home").doesNotContain("All rights reserved");
    // The page's own metadata wins; the item fills what the page lacks.
    assertThat(fetched.article().title()).contains("Prisoner exchange agreed");
    assertThat(fetched.author()).contains("Omar Said");
    assertThat(fetched.article().publicationDate()).contains(LocalDate.of(2023, 3, 8));
    assertThat(fetched.article().publisher()).contains("Valley Wire");
    assertThat(fetched.article().url()).contains(web.base() + "/articles/prisoners.html");

    assertThat(read.problemLines()).containsExactly(
        feed + "#3: holds only a summary and its page could not be fetched: " + web.base()
            + "/articles/missing.html: HTTP 404",
        feed + "#4: holds only a summary and no link to the article");
    // The full-text item was not fetched.
    assertThat(web.requests).containsExactly("/articles/prisoners.html", "/articles/missing.html");
    assertThat(web.userAgents).allMatch(agent -> agent.startsWith("Annals/"));
  }

  @Test
  void aFeedUrlIsFetchedAndItsAtomEntriesFollowed() throws IOException {
    Collected read = Collected.from(sources.open(web.base() + "/atom"));

    assertThat(read.problems()).isEmpty();
    IngestedArticle article = read.articles().get(0);
    assertThat(article.article().text()).contains("Negotiators for the government of Norland");
    assertThat(article.article().publisher()).contains("The Harbour Gazette");
    assertThat(article.author()).contains("Maria Lopez, Tom Hale");
    assertThat(web.requests).containsExactly("/atom", "/articles/ceasefire.html");
  }

  @Test
  void aPageUrlIsReadAsOneArticle() throws IOException {
    Collected read = Collected.from(sources.open(web.base() + "/articles/prisoners.html"));

    assertThat(read.articles()).singleElement().satisfies(article -> {
      assertThat(article.origin()).isEqualTo(web.base() + "/articles/prisoners.html");
      assertThat(article.article().url()).contains(web.base() + "/articles/prisoners.html");
      assertThat(article.article().id()).isEqualTo(ArticleIds.fromUrl(web.base() + "/articles/prisoners.html"));
    });
  }

  @Test
  void aUrlThatCannotBeFetchedIsAnErrorNamingIt() {
    String url = web.base() + "/nothing-here";
    assertThatThrownBy(() -> Collected.from(sources.open(url)))
        .isInstanceOf(IOException.class)
        .hasMessage(url + ": HTTP 404");
  }

  @Test
  void withoutFetchingSummaryOnlyItemsAreReportedAndNothingIsRequested() throws IOException {
    Path feed = feedFile("feed/rss.xml", "valley.xml");

    Collected read = Collected.from(new Sources(new PageFetcher(), false).open(feed.toString()));

    assertThat(read.articles()).hasSize(1);
    assertThat(read.problemLines()).hasSize(3);
    assertThat(read.problemLines().get(0)).isEqualTo(feed + "#2: holds only a summary; its link " + web.base()
        + "/articles/prisoners.html was not fetched");
    assertThat(web.requests).isEmpty();
  }

  @Test
  void aBrokenFeedIsReportedByName() throws IOException {
    Path feed = Fixtures.path("feed/not-a-feed.xml");
    Path empty = Files.write(dir.resolve("empty.rss"), new byte[0]);

    assertThat(Collected.from(sources.open(feed.toString())).problemLines()).singleElement().asString()
        .startsWith(feed + ": is not a readable RSS or Atom feed (");
    assertThat(Collected.from(sources.open(empty.toString())).problemLines()).containsExactly(empty + ": is empty");
  }
}
