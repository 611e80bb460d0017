package dev.annals.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one article file and refuses, with a one-line reason, what is not an English news text:
 * a directory, an empty or binary file, one too large to be an article, one in another language.
 */
public final class ArticleFile {
  /** Larger than any news article; whole corpora go through {@code annals ingest}. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
      "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by", "it", "at",
      "from", "he", "she", "his", "her", "have", "has", "are", "be", "said", "will", "would", "an", "this",
      "they", "their", "not", "but", "were", "been", "which", "who", "its", "after", "over");

  private ArticleFile() {}

  /** Why a file could not be read as an article. */
  public static final class Unreadable extends Exception {
    public Unreadable(Path file, String reason) {
      super(file + ": " + reason);
    }
  }

  public static String read(Path file) throws Unreadable {
    if (!Files.exists(file)) {
      throw new Unreadable(file, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new Unreadable(file, "is a directory; give article files, or use 'annals ingest' for folders");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new Unreadable(file, "cannot read its size: " + e.getMessage());
    }
    if (size == 0) {
      throw new Unreadable(file, "is empty");
    }
    if (size > MAX_BYTES) {
      throw new Unreadable(file, String.format(Locale.ROOT, "is %.1f MB, larger than any news article (limit %d MB); use 'annals ingest' for corpora", size / 1048576.0, MAX_BYTES / 1048576));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new Unreadable(file, "cannot be read: " + e.getMessage());
    }
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        throw new Unreadable(file, "is a binary file, not text");
      }
      if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > bytes.length / 100 + 2) {
      throw new Unreadable(file, "is a binary file, not text");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Old news archives are often Latin-1 or Windows-1252; every byte sequence decodes.
      text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      throw new Unreadable(file, "holds only white space");
    }
    if (!looksEnglish(text)) {
      throw new Unreadable(file, "does not look like English text; Annals codes English news only");
    }
    return text;
  }

  /** Common English function words make up a third of running news text; other languages have next to none. */
  static boolean looksEnglish(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    int total = 0;
    int english = 0;
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      total++;
      if (ENGLISH_FUNCTION_WORDS.contains(word)) {
        english++;
      }
    }
    if (total < 8) {
      return total > 0;
    }
    return english * 100 >= total * 8;
  }
}
