package dev.annals.ingest;

import dev.annals.model.Article;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns one HTML page into an article: the main text found by Readability (readability4j, a port
 * of Firefox's reader view) with navigation, adverts and comments dropped, and the page's
 * metadata ({@link PageMetadata}). Used for HTML files, fetched pages, feed items and WARC
 * records alike. Stateless and thread-safe.
 *
 * <p>Character set: the one the transport declares (HTTP or WARC {@code Content-Type}), else a
 * byte-order mark, else the page's {@code <meta charset>}, else UTF-8 when the bytes are valid
 * UTF-8, else Windows-1252 (what browsers assume for an undeclared Western page).
 *
 * <p>HTML is parsed the way browsers parse it, so unclosed or misnested tags and a page cut off
 * in the middle still give the text that is there. A page is refused, with the reason, when it is
 * empty, binary, or has no article text (fewer than {@value #MIN_TEXT_CHARS} characters of it).
 */
public final class HtmlArticleReader {
  /** Shorter than the shortest news brief: what remains of a page that holds no article. */
  public static final int MIN_TEXT_CHARS = 80;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * Reads one page.
   *
   * @param bytes the page as it was stored or sent
   * @param declaredCharset the charset named by the transport, if any
   * @param pageUrl where the page came from, if known: resolves relative links and is the
   *     article's URL when the page names no canonical one
   * @param origin file, record or URL, for the article's origin and problem messages
   */
  public ReadResult read(byte[] bytes, Optional<String> declaredCharset, Optional<String> pageUrl, String origin) {
    if (bytes.length == 0) {
      return ReadResult.problem(origin, "is empty");
    }
    String html = decode(bytes, declaredCharset);
    // Checked on the decoded text, since UTF-16 pages are full of zero bytes.
    if (looksBinary(html)) {
      return ReadResult.problem(origin, "is a binary file, not text");
    }
    return readHtml(html, pageUrl, origin);
  }

  /** Reads a page already decoded to a string (as feeds carry item content). */
  public ReadResult readHtml(String html, Optional<String> pageUrl, String origin) {
    String baseUri = pageUrl.orElse("");
    Document page = Jsoup.parse(html, baseUri);
    PageMetadata metadata = PageMetadata.of(page);
    String text = mainText(page.clone(), baseUri);
    if (text.length() < MIN_TEXT_CHARS && metadata.body().isPresent()) {
      text = HtmlText.tidy(metadata.body().get());
    }
    if (text.length() < MIN_TEXT_CHARS) {
      String visible = HtmlText.of(page.body() == null ? page : page.body());
      if (visible.length() >= MIN_TEXT_CHARS && visible.length() > text.length()) {
        text = visible;
      }
    }
    if (text.isBlank()) {
      return ReadResult.problem(origin, "has no readable text (is it an HTML page?)");
    }
    if (text.length() < MIN_TEXT_CHARS) {
      return ReadResult.problem(origin, "has no article text (" + text.length() + " characters of visible text, fewer than "
          + MIN_TEXT_CHARS + ")");
    }
    Optional<String> url = metadata.url().or(() -> pageUrl.filter(HtmlArticleReader::isWebAddress));
    Optional<String> publisher = metadata.publisher().or(() -> url.flatMap(HtmlArticleReader::host));
    Article article = new Article(ArticleIds.fromUrlOrText(url, text), text, metadata.date(), metadata.title(), url,
        publisher);
    return ReadResult.of(new IngestedArticle(article, origin, metadata.author()));
  }

  /** The article's text as Readability finds it; the page's visible text when Readability finds none. */
  private static String mainText(Document page, String baseUri) {
    try {
      Element content = new Readability4J(baseUri, page).parse().getArticleContent();
      if (content != null) {
        String text = HtmlText.of(content);
        if (!text.isBlank()) {
          return text;
        }
      }
    } catch (RuntimeException e) {
      // Readability gives up on some malformed pages; the fallbacks below still read them.
    }
    return "";
  }

  static String decode(byte[] bytes, Optional<String> declaredCharset) {
    Optional<Charset> charset = declaredCharset.flatMap(HtmlArticleReader::charset);
    if (charset.isEmpty()) {
      if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
        charset = Optional.of(StandardCharsets.UTF_8);
      } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
        charset = Optional.of(StandardCharsets.UTF_16BE);
      } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
        charset = Optional.of(StandardCharsets.UTF_16LE);
      }
    }
    if (charset.isEmpty()) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        charset = charset(m.group(1));
      }
    }
    if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)) {
      return DecodedText.normalizeLineEnds(new String(bytes, charset.get()));
    }
    // Declared or assumed UTF-8: pages that say UTF-8 and are not are usually Windows-1252.
    return DecodedText.normalizeLineEnds(DecodedText.strictly(StandardCharsets.UTF_8, bytes)
        .orElseGet(() -> new String(bytes, Charset.forName("windows-1252"))));
  }

  private static Optional<Charset> charset(String name) {
    try {
      String normal = name.strip().toLowerCase(Locale.ROOT);
      // Browsers treat Latin-1 and ASCII labels as Windows-1252 (WHATWG Encoding); so do we.
      if (normal.equals("iso-8859-1") || normal.equals("latin1") || normal.equals("us-ascii")
          || normal.equals("ascii")) {
        return Optional.of(Charset.forName("windows-1252"));
      }
      return Optional.of(Charset.forName(normal));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean looksBinary(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 32 && c != '\n' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return controls > text.length() / 100 + 2;
  }

  private static boolean isWebAddress(String value) {
    return value.startsWith("http://") || value.startsWith("https://");
  }

  private static Optional<String> host(String url) {
    try {
      String host = URI.create(url).getHost();
      if (host == null) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
