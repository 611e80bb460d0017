package dev.annals.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself in its markup. Each field is taken from the most deliberate
 * source first: schema.org JSON-LD ({@code NewsArticle} and kin), then Open Graph and
 * {@code article:*} properties, then plain {@code <meta name>} tags, then {@code <time>} and
 * {@code <title>}.
 *
 * @param title headline: JSON-LD headline, og:title, twitter:title, {@code <title>}
 * @param date publication date: JSON-LD datePublished, article:published_time, meta
 *     date/pubdate/publish-date/dc.date/parsely-pub-date/sailthru.date, itemprop=datePublished,
 *     the first {@code <time datetime>}
 * @param author byline: JSON-LD author, meta author, article:author (when a name, not a link)
 * @param url canonical address: {@code <link rel=canonical>}, og:url, JSON-LD url
 * @param publisher JSON-LD publisher name, og:site_name, meta application-name
 * @param body JSON-LD articleBody, for pages whose visible text cannot be extracted
 */
public record PageMetadata(
    Optional<String> title,
    Optional<LocalDate> date,
    Optional<String> author,
    Optional<String> url,
    Optional<String> publisher,
    Optional<String> body) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
      "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "scholarlyarticle",
      "techarticle", "webpage");
  private static final List<String> DATE_META_NAMES = List.of(
      "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
      "dcterms.date", "dcterms.issued", "parsely-pub-date", "sailthru.date", "article.published",
      "original-publish-date", "og:published_time", "datepublished");

  public PageMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(body, "body");
  }

  public static PageMetadata of(Document page) {
    Optional<JsonNode> ld = jsonLdArticle(page);
    Optional<String> publisher = ld.flatMap(node -> names(node.get("publisher")))
        .or(() -> meta(page, "og:site_name"))
        .or(() -> meta(page, "application-name"));
    Optional<String> title = ld.flatMap(node -> text(node.get("headline")))
        .or(() -> ld.flatMap(node -> text(node.get("name"))).filter(name -> isArticleType(ld.get())
            && !typeOf(ld.get()).contains("webpage")))
        .or(() -> meta(page, "og:title"))
        .or(() -> meta(page, "twitter:title"));
    Optional<LocalDate> date = ld.flatMap(node -> text(node.get("datePublished"))).flatMap(PublicationDates::parse)
        .or(() -> meta(page, "article:published_time").flatMap(PublicationDates::parse))
        .or(() -> firstDate(page))
        .or(() -> ld.flatMap(node -> text(node.get("dateCreated"))).flatMap(PublicationDates::parse));
    Optional<String> author = ld.flatMap(node -> names(node.get("author")))
        .or(() -> meta(page, "author"))
        .or(() -> meta(page, "article:author").filter(value -> !value.startsWith("http")))
        .or(() -> meta(page, "byl").map(value -> value.replaceFirst("(?i)^by\\s+", "")));
    Optional<String> url = nonBlank(page.select("link[rel=canonical]").attr("abs:href"))
        .or(() -> nonBlank(page.select("link[rel=canonical]").attr("href")))
        .or(() -> meta(page, "og:url"))
        .or(() -> ld.flatMap(node -> text(node.get("url"))))
        .filter(value -> value.startsWith("http://") || value.startsWith("https://"));
    if (title.isEmpty()) {
      title = nonBlank(page.title()).map(full -> withoutSiteName(full, publisher));
    }
    Optional<String> body = ld.flatMap(node -> text(node.get("articleBody")));
    return new PageMetadata(title, date, author, url, publisher, body);
  }

  /** "Storm hits coast | The Gazette" is "Storm hits coast" when the page's publisher is The Gazette. */
  static String withoutSiteName(String title, Optional<String> publisher) {
    if (publisher.isEmpty()) {
      return title;
    }
    String site = publisher.get().toLowerCase(Locale.ROOT);
    for (String separator : List.of(" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ")) {
      int at = title.lastIndexOf(separator);
      if (at > 0 && title.substring(at + separator.length()).strip().toLowerCase(Locale.ROOT).equals(site)) {
        return title.substring(0, at).strip();
      }
    }
    return title;
  }

  /** The content of a meta tag named by property, name or itemprop, ignoring case. */
  static Optional<String> meta(Document page, String key) {
    for (Element meta : page.select("meta")) {
      for (String attribute : List.of("property", "name", "itemprop")) {
        if (meta.attr(attribute).equalsIgnoreCase(key)) {
          Optional<String> content = nonBlank(meta.attr("content"));
          if (content.isPresent()) {
            return content;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> firstDate(Document page) {
    for (String name : DATE_META_NAMES) {
      Optional<LocalDate> date = meta(page, name).flatMap(PublicationDates::parse);
      if (date.isPresent()) {
        return date;
      }
    }
    for (Element time : page.select("[itemprop=datePublished][datetime], time[datetime]")) {
      Optional<LocalDate> date = PublicationDates.parse(time.attr("datetime"));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The first schema.org article object in the page's JSON-LD, looking inside arrays and @graph. */
  private static Optional<JsonNode> jsonLdArticle(Document page) {
    List<JsonNode> candidates = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        if (root != null) {
          collect(root, candidates);
        }
      } catch (IOException e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return candidates.stream().filter(node -> !typeOf(node).contains("webpage")).findFirst()
        .or(() -> candidates.stream().findFirst());
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(element -> collect(element, out));
    } else if (node.isObject()) {
      if (isArticleType(node)) {
        out.add(node);
      }
      JsonNode graph = node.get("@graph");
      if (graph != null) {
        collect(graph, out);
      }
    }
  }

  private static boolean isArticleType(JsonNode node) {
    return typeOf(node).stream().anyMatch(ARTICLE_TYPES::contains);
  }

  private static List<String> typeOf(JsonNode node) {
    JsonNode type = node.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(element -> types.add(element.asText().toLowerCase(Locale.ROOT)));
    } else if (type != null) {
      types.add(type.asText().toLowerCase(Locale.ROOT));
    }
    return types;
  }

  /** A person's or organisation's name: a string, an object with a name, or a list of either. */
  private static Optional<String> names(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray()) {
      List<String> all = new ArrayList<>();
      node.forEach(element -> names(element).ifPresent(all::add));
      return all.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", all));
    }
    if (node.isObject()) {
      return text(node.get("name"));
    }
    return text(node);
  }

  private static Optional<String> text(JsonNode node) {
    return node == null || !node.isValueNode() ? Optional.empty() : nonBlank(node.asText());
  }

  private static Optional<String> nonBlank(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
  }
}
