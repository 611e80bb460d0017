package dev.annals.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.annals.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed, from a file or a URL, read with Rome. Each item becomes
 * one article, in feed order:
 *
 * <ul>
 *   <li>when the item carries the full text ({@code content:encoded}, Atom {@code content}, or a
 *       description of at least {@value #FULL_TEXT_CHARS} characters of text), that text;
 *   <li>otherwise, when it holds only a summary, the page its link points to is fetched and read
 *       by {@link HtmlArticleReader}; the page's own metadata wins, the item's fills the gaps;
 *   <li>an item with neither full text nor a link, or whose page cannot be fetched or read, is
 *       reported ({@code feed.xml#3: ...}) and skipped; the summary alone is not taken for the
 *       article.
 * </ul>
 *
 * <p>The item's date is Rome's instant taken as a UTC date (Rome keeps no time zone). The
 * publisher is the page's, else the feed's title.
 */
public final class FeedSource implements ArticleSource {
  /** Summaries run to a few sentences; a text this long is the article itself. */
  public static final int FULL_TEXT_CHARS = 600;

  /** The bytes of a feed, read or fetched when the source is read. */
  @FunctionalInterface
  interface Content {
    byte[] bytes() throws IOException;
  }

  private final String name;
  private final Content content;
  private final PageFetcher fetcher;
  private final HtmlArticleReader reader;
  private final boolean fetchSummaryLinks;

  FeedSource(String name, Content content, PageFetcher fetcher, HtmlArticleReader reader, boolean fetchSummaryLinks) {
    this.name = Objects.requireNonNull(name, "name");
    this.content = Objects.requireNonNull(content, "content");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.fetchSummaryLinks = fetchSummaryLinks;
  }

  /** A feed file; summary-only items are fetched from their links. */
  public static FeedSource ofFile(Path file, PageFetcher fetcher, HtmlArticleReader reader) {
    return new FeedSource(file.toString(), () -> Files.readAllBytes(file), fetcher, reader, true);
  }

  /** A feed at a URL; summary-only items are fetched from their links. */
  public static FeedSource ofUrl(String url, PageFetcher fetcher, HtmlArticleReader reader) {
    return new FeedSource(url, () -> fetcher.fetch(url).body(), fetcher, reader, true);
  }

  /** The same feed without fetching linked pages: summary-only items are reported instead. */
  public FeedSource withoutFetching() {
    return new FeedSource(name, content, fetcher, reader, false);
  }

  static FeedSource ofBytes(String name, byte[] bytes, PageFetcher fetcher, HtmlArticleReader reader) {
    return new FeedSource(name, () -> bytes, fetcher, reader, true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void forEach(Consumer<IngestedArticle> articles, Consumer<ReadProblem> problems) throws IOException {
    byte[] bytes = content.bytes();
    if (bytes.length == 0) {
      problems.accept(new ReadProblem(name, "is empty"));
      return;
    }
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      feed = new SyndFeedInput().build(xml);
    } catch (FeedException | IllegalArgumentException | IOException e) {
      problems.accept(new ReadProblem(name, "is not a readable RSS or Atom feed (" + e.getMessage() + ")"));
      return;
    }
    Optional<String> feedTitle = nonBlank(feed.getTitle());
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      String origin = name + "#" + (i + 1);
      ReadResult result;
      try {
        result = item(entries.get(i), feedTitle, origin);
      } catch (RuntimeException e) {
        result = ReadResult.problem(origin, "could not be read (" + e + ")");
      }
      // Outside the try: an exception from a consumer is the caller's, not this item's problem.
      result.deliver(articles, problems);
    }
  }

  private ReadResult item(SyndEntry entry, Optional<String> feedTitle, String origin) {
    Optional<String> link = link(entry);
    Optional<String> title = nonBlank(entry.getTitle()).map(t -> Jsoup.parse(t).text());
    Optional<LocalDate> date = Optional.ofNullable(entry.getPublishedDate())
        .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
        .map(Date::toInstant)
        .map(instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate());
    Optional<String> author = author(entry);
    String fullText = longest(entry);
    if (fullText.length() >= FULL_TEXT_CHARS) {
      Article article = new Article(ArticleIds.fromUrlOrText(link, fullText), fullText, date, title, link, feedTitle);
      return ReadResult.of(new IngestedArticle(article, origin, author));
    }
    if (link.isEmpty()) {
      return ReadResult.problem(origin, "holds only a summary and no link to the article");
    }
    if (!fetchSummaryLinks) {
      return ReadResult.problem(origin, "holds only a summary; its link " + link.get() + " was not fetched");
    }
    PageFetcher.Page page;
    try {
      page = fetcher.fetch(link.get());
    } catch (PageFetcher.FetchException e) {
      return ReadResult.problem(origin, "holds only a summary and its page could not be fetched: " + e.getMessage());
    }
    ReadResult read = reader.read(page.body(), page.charset(), Optional.of(page.url()), origin + " " + page.url());
    if (read.article().isEmpty()) {
      return read;
    }
    IngestedArticle fetched = read.article().get();
    Article a = fetched.article();
    Article merged = new Article(a.id(), a.text(), a.publicationDate().or(() -> date), a.title().or(() -> title),
        a.url().or(() -> link), a.publisher().filter(p -> !isHostName(p, a.url())).or(() -> feedTitle)
            .or(a::publisher));
    return ReadResult.of(new IngestedArticle(merged, origin + " " + page.url(), fetched.author().or(() -> author)));
  }

  /** Whether the publisher is only the page's host name, the reader's last resort; a feed title is better. */
  private static boolean isHostName(String publisher, Optional<String> url) {
    return url.map(u -> u.contains("://" + publisher) || u.contains("://www." + publisher)).orElse(false);
  }

  /** The longest text among the item's content and description, as plain text with paragraphs. */
  private static String longest(SyndEntry entry) {
    List<SyndContent> candidates = new ArrayList<>(entry.getContents());
    if (entry.getDescription() != null) {
      candidates.add(entry.getDescription());
    }
    String best = "";
    for (SyndContent candidate : candidates) {
      if (candidate == null || candidate.getValue() == null) {
        continue;
      }
      String value = candidate.getValue();
      String text = candidate.getType() != null && candidate.getType().equals("text/plain")
          ? HtmlText.tidy(value) : HtmlText.of(Jsoup.parseBodyFragment(value).body());
      if (text.length() > best.length()) {
        best = text;
      }
    }
    return best;
  }

  private static Optional<String> link(SyndEntry entry) {
    Optional<String> link = nonBlank(entry.getLink()).filter(PageFetcher::isWebAddress);
    if (link.isPresent()) {
      return link;
    }
    for (SyndLink candidate : entry.getLinks()) {
      if ((candidate.getRel() == null || candidate.getRel().equals("alternate")) && candidate.getHref() != null
          && PageFetcher.isWebAddress(candidate.getHref())) {
        return Optional.of(candidate.getHref().strip());
      }
    }
    return nonBlank(entry.getUri()).filter(PageFetcher::isWebAddress);
  }

  private static Optional<String> author(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndPerson person : entry.getAuthors()) {
      nonBlank(person.getName()).ifPresent(names::add);
    }
    if (!names.isEmpty()) {
      return Optional.of(String.join(", ", names));
    }
    return nonBlank(entry.getAuthor());
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
