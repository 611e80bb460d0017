package dev.annals.ingest;

import dev.annals.model.Article;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive ({@code .warc} or {@code .warc.gz}, as written by crawlers and Common Crawl
 * News), read with jwarc. Every {@code response} record with a successful (2xx) HTML reply is
 * read by {@link HtmlArticleReader}, with the record's target URI as the page's address and the
 * HTTP {@code Content-Type} charset; other records (requests, metadata, images, redirects,
 * revisits) are passed over silently, since an archive is mostly those. A page without a
 * publication date of its own gets the capture date ({@code WARC-Date}, in UTC): news crawls
 * capture pages within hours of publication.
 *
 * <p>Origins are {@code file#N}, N counting every record from 1. A file cut off or damaged in the
 * middle (a truncated download) yields every record before the damage and one problem for the
 * rest.
 */
public final class WarcSource implements ArticleSource {
  /** Larger than any news page; a bigger body is a video or a file download. */
  public static final int MAX_BODY_BYTES = 20 * 1024 * 1024;

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  private final Path file;
  private final HtmlArticleReader reader;

  public WarcSource(Path file, HtmlArticleReader reader) {
    this.file = Objects.requireNonNull(file, "file");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  @Override
  public String name() {
    return file.toString();
  }

  @Override
  public void forEach(Consumer<IngestedArticle> articles, Consumer<ReadProblem> problems) throws IOException {
    if (Files.size(file) == 0) {
      problems.accept(new ReadProblem(file.toString(), "is empty"));
      return;
    }
    try (WarcReader warc = new WarcReader(file)) {
      int recordNumber = 0;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = warc.next();
        } catch (IOException | RuntimeException e) {
          problems.accept(damaged(recordNumber, e));
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        recordNumber++;
        if (!(next.get() instanceof WarcResponse response)) {
          continue;
        }
        String origin = file + "#" + recordNumber;
        Optional<ReadResult> result;
        try {
          result = read(response, origin);
        } catch (EOFException | ZipException e) {
          problems.accept(damaged(recordNumber - 1, e));
          return;
        } catch (IOException | RuntimeException e) {
          result = Optional.of(ReadResult.problem(origin, "could not be read (" + e + ")"));
        }
        // Outside the try: an exception from a consumer is the caller's, not this record's problem.
        result.ifPresent(read -> read.deliver(articles, problems));
      }
    } catch (IOException e) {
      // The reader fails on opening when the first bytes are neither WARC nor gzip.
      problems.accept(damaged(0, e));
    }
  }

  private ReadProblem damaged(int recordsRead, Exception e) {
    String where = file + "#" + (recordsRead + 1);
    if (recordsRead == 0) {
      return new ReadProblem(where, "is not a WARC file or is damaged at its first record (" + e.getMessage() + ")");
    }
    return new ReadProblem(where, "is truncated or damaged (" + e.getMessage() + "); the " + recordsRead
        + " records before it were read");
  }

  /** The article or problem of an HTML response; nothing for other responses. */
  private Optional<ReadResult> read(WarcResponse response, String origin) throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
      return Optional.empty();
    }
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() > 299) {
      return Optional.empty();
    }
    MediaType type = http.contentType();
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    if (!HTML_TYPES.contains(base)) {
      return Optional.empty();
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      return Optional.of(ReadResult.problem(origin, "has an HTML body larger than " + MAX_BODY_BYTES / 1048576
          + " MB; not an article page"));
    }
    Optional<String> charset = Optional.ofNullable(type.parameters().get("charset"));
    ReadResult result = reader.read(body, charset, Optional.of(response.target()), origin);
    if (result.article().isEmpty() || result.article().get().article().publicationDate().isPresent()) {
      return Optional.of(result);
    }
    IngestedArticle read = result.article().get();
    Article a = read.article();
    Article dated = new Article(a.id(), a.text(), Optional.of(response.date().atOffset(ZoneOffset.UTC).toLocalDate()),
        a.title(), a.url(), a.publisher());
    return Optional.of(ReadResult.of(new IngestedArticle(dated, read.origin(), read.author())));
  }
}
