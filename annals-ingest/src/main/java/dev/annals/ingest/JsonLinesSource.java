package dev.annals.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.model.Article;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A JSON Lines corpus, one article object per line, optionally gzip-compressed ({@code .jsonl.gz}).
 *
 * <p>Fields read: {@code text} (required; {@code body}, {@code content} or {@code maintext} when
 * there is no {@code text}), {@code id}, {@code title}, {@code url} (or {@code link}), {@code date}
 * (else {@code date_raw}, {@code published}, {@code published_at}, {@code publication_date},
 * {@code pubDate}, {@code date_publish}, {@code datePublished}; any form {@link PublicationDates}
 * reads), {@code publisher} (else {@code source}, a string or an object with a {@code name}, else
 * {@code source_domain}), {@code author} (else {@code authors}; a string or a list of names). The
 * aliases cover news-please's output, the usual extractor for Common Crawl News. Other fields are
 * ignored. The id is the record's {@code id} when it has one, else derived from its URL
 * or text ({@link ArticleIds}).
 *
 * <p>JSON is UTF-8 by definition (RFC 8259), so a line that is not valid UTF-8 is reported and
 * skipped rather than guessed at. A line that is not a JSON object, or has no text, is reported
 * with its line number and skipped. A truncated gzip file yields every line before the damage
 * and one problem for the rest.
 */
public final class JsonLinesSource implements ArticleSource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TEXT_FIELDS = List.of("text", "body", "content", "maintext");
  private static final List<String> DATE_FIELDS = List.of("date", "date_raw", "published", "published_at",
      "publication_date", "pubDate", "date_publish", "datePublished");

  private final Path file;

  public JsonLinesSource(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  @Override
  public String name() {
    return file.toString();
  }

  /** The number of lines that are not blank; empty when the gzip stream is damaged. */
  @Override
  public java.util.OptionalLong estimatedCount() throws IOException {
    long lines = 0;
    boolean content = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = open(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            if (content) {
              lines++;
            }
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            content = true;
          }
        }
      }
    } catch (EOFException | ZipException e) {
      return java.util.OptionalLong.empty();
    }
    return java.util.OptionalLong.of(content ? lines + 1 : lines);
  }

  @Override
  public void forEach(Consumer<IngestedArticle> articles, Consumer<ReadProblem> problems) throws IOException {
    if (Files.size(file) == 0) {
      problems.accept(new ReadProblem(file.toString(), "is empty"));
      return;
    }
    try (InputStream in = open(file)) {
      int lineNumber = 0;
      int read = 0;
      int blankLines = 0;
      while (true) {
        byte[] line;
        try {
          line = readLine(in);
        } catch (EOFException | ZipException e) {
          problems.accept(new ReadProblem(file + ":" + (lineNumber + 1),
              "compressed data is truncated or damaged (" + e.getMessage() + "); the " + lineNumber
                  + " lines before it were read"));
          return;
        }
        if (line == null) {
          break;
        }
        lineNumber++;
        if (isBlank(line)) {
          blankLines++;
          continue;
        }
        String origin = file + ":" + lineNumber;
        Optional<IngestedArticle> article = parseLine(line, origin, problems);
        if (article.isPresent()) {
          read++;
          articles.accept(article.get());
        }
      }
      if (read == 0 && lineNumber == blankLines) {
        problems.accept(new ReadProblem(file.toString(), "holds only white space"));
      }
    }
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  private Optional<IngestedArticle> parseLine(byte[] bytes, String origin, Consumer<ReadProblem> problems) {
    Optional<String> decoded = DecodedText.strictly(StandardCharsets.UTF_8, bytes);
    if (decoded.isEmpty()) {
      problems.accept(new ReadProblem(origin, "is not valid UTF-8 (invalid byte sequence at byte "
          + DecodedText.firstInvalidUtf8Byte(bytes) + " of the line); JSON Lines must be UTF-8"));
      return Optional.empty();
    }
    String line = decoded.get();
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    if (line.isBlank()) {
      return Optional.empty();
    }
    JsonNode record;
    try {
      record = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      problems.accept(new ReadProblem(origin, "is not valid JSON: " + e.getOriginalMessage()));
      return Optional.empty();
    }
    if (record == null || !record.isObject()) {
      problems.accept(new ReadProblem(origin, "is not a JSON object"));
      return Optional.empty();
    }
    Optional<String> text = firstString(record, TEXT_FIELDS);
    if (text.isEmpty()) {
      problems.accept(new ReadProblem(origin, record.has("text")
          ? "has an empty or non-string \"text\" field" : "has no \"text\" field"));
      return Optional.empty();
    }
    String body = DecodedText.normalizeLineEnds(text.get());
    Optional<String> url = firstString(record, List.of("url", "link"));
    String id = firstString(record, List.of("id")).orElseGet(() -> ArticleIds.fromUrlOrText(url, body));
    Optional<LocalDate> date = Optional.empty();
    for (String field : DATE_FIELDS) {
      date = string(record.get(field)).flatMap(PublicationDates::parse);
      if (date.isPresent()) {
        break;
      }
    }
    Optional<String> publisher = firstString(record, List.of("publisher"))
        .or(() -> string(record.get("source")))
        .or(() -> Optional.ofNullable(record.get("source")).flatMap(source -> string(source.get("name"))))
        .or(() -> string(record.get("source_domain")));
    Article article = new Article(id, body, date, firstString(record, List.of("title")), url, publisher);
    return Optional.of(new IngestedArticle(article, origin,
        author(record.get("author")).or(() -> author(record.get("authors")))));
  }

  private static Optional<String> author(JsonNode value) {
    if (value != null && value.isArray()) {
      List<String> names = new ArrayList<>();
      value.forEach(name -> string(name).or(() -> string(name.get("name"))).ifPresent(names::add));
      return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }
    return string(value).or(() -> value == null ? Optional.empty() : string(value.get("name")));
  }

  private static Optional<String> firstString(JsonNode record, List<String> fields) {
    for (String field : fields) {
      Optional<String> value = string(record.get(field));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** A non-blank string or number value, stripped. */
  private static Optional<String> string(JsonNode value) {
    if (value == null || !(value.isTextual() || value.isNumber())) {
      return Optional.empty();
    }
    String text = value.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    if (first == 0x1f && second == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    return in;
  }

  /** The next line's bytes without its line end, or null at the end. */
  private static byte[] readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    int b;
    boolean any = false;
    while ((b = in.read()) != -1) {
      any = true;
      if (b == '\n') {
        break;
      }
      line.write(b);
    }
    if (!any) {
      return null;
    }
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      return java.util.Arrays.copyOf(bytes, bytes.length - 1);
    }
    return bytes;
  }
}
