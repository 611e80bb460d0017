package dev.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The formats Annals reads, told by the file name and, when the name says nothing, by the first bytes. */
public enum FileKind {
  PLAIN_TEXT,
  HTML,
  FEED,
  WARC,
  JSON_LINES,
  /** A file no reader understands: a picture, an archive, a spreadsheet. */
  UNKNOWN;

  private static final int SNIFF_BYTES = 512;

  public static FileKind of(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return PLAIN_TEXT;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return FEED;
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return WARC;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")
        || name.endsWith(".ndjson.gz")) {
      return JSON_LINES;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    if (!extension.isEmpty() && !extension.equals("md") && !extension.equals("gz") && extension.length() <= 4
        && !extension.chars().allMatch(Character::isDigit)) {
      // A known other format (pdf, png, zip, docx, csv...): not an article file.
      return UNKNOWN;
    }
    return sniff(file);
  }

  /** Looks at the first bytes of a file whose name has no telling extension. */
  static FileKind sniff(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return UNKNOWN;
    }
    String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().replace("\uFEFF", "")
        .replace("ï»¿", "").toLowerCase(Locale.ROOT);
    if (start.startsWith("warc/")) {
      return WARC;
    }
    if (start.startsWith("{")) {
      return JSON_LINES;
    }
    if (start.startsWith("<")) {
      return start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf") ? FEED : HTML;
    }
    return DecodedText.binaryReason(head).isPresent() ? UNKNOWN : PLAIN_TEXT;
  }
}
