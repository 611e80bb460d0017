package dev.annals.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One record of a PETRARCH validation file: a sentence with the events it must yield. The files
 * are not well-formed XML (attribute quotes of both kinds, '#' comments, stray '&'), so records
 * are cut out with patterns rather than read by an XML parser.
 *
 * @param id the record's id
 * @param category its test category ("DEMO", "AGENT", "SYNSET")
 * @param date the story date, the reference date for coding
 * @param text the sentence
 * @param expected the events it must yield; empty for a "noevents" record
 * @param error PETRARCH's expected error ("dateline", "storydiscard"), when the record tests one
 */
public record PetrarchRecord(String id, String category, LocalDate date, String text, List<Expected> expected, Optional<String> error) {
  public record Expected(String source, String target, String code) {
    @Override
    public String toString() {
      return source + "→" + target + " " + code;
    }
  }

  private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  public PetrarchRecord {
    expected = List.copyOf(expected);
  }

  public static List<PetrarchRecord> read(Path file) throws IOException {
    String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    content = COMMENT.matcher(content).replaceAll(" ");
    List<PetrarchRecord> records = new ArrayList<>();
    Matcher sentence = SENTENCE.matcher(content);
    while (sentence.find()) {
      String attributes = sentence.group(1);
      String body = sentence.group(2);
      String id = attribute(attributes, "id").orElse("record-" + (records.size() + 1));
      String date = attribute(attributes, "date").orElseThrow(() -> new IOException(file + ": record " + id + " has no date"));
      LocalDate day;
      try {
        day = LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)), Integer.parseInt(date.substring(6, 8)));
      } catch (RuntimeException e) {
        throw new IOException(file + ": record " + id + " has a bad date '" + date + "'");
      }
      Matcher text = TEXT.matcher(body);
      if (!text.find()) {
        throw new IOException(file + ": record " + id + " has no <Text>");
      }
      List<Expected> expected = new ArrayList<>();
      Optional<String> error = Optional.empty();
      Matcher coding = CODING.matcher(body);
      while (coding.find()) {
        String codingAttributes = coding.group(1);
        Optional<String> code = attribute(codingAttributes, "eventcode");
        if (code.isPresent()) {
          expected.add(new Expected(attribute(codingAttributes, "sourcecode").orElse("---"), attribute(codingAttributes, "targetcode").orElse("---"), code.get()));
        }
        error = error.or(() -> attribute(codingAttributes, "error"));
      }
      records.add(new PetrarchRecord(id, attribute(attributes, "category").orElse(""), day, unescape(text.group(1)), expected, error));
    }
    if (records.isEmpty()) {
      throw new IOException(file + ": no <Sentence> records");
    }
    return records;
  }

  /** An attribute's value in either kind of quotes; a value may itself hold the other kind. */
  static Optional<String> attribute(String attributes, String name) {
    Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(attributes);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(2) != null ? m.group(2) : m.group(3));
  }

  private static String unescape(String text) {
    return text.strip().replaceAll("\\s+", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }
}
