package dev.annals.coding.petrarch;

import dev.annals.coding.knowledge.KnowledgeFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PETRARCH (or TABARI) dictionary file with comments removed: {@code #} to the end
 * of a line, and {@code <!-- ... -->} blocks, which may span lines and are sometimes written
 * {@code <! -- ... -->}. Line numbers are kept for error messages.
 */
final class PetrarchLines {
  record Line(String file, int number, String text, boolean indented) {
    KnowledgeFileException error(String problem) {
      return new KnowledgeFileException(file + " line " + number + ": " + problem + ": " + text.strip());
    }
  }

  private PetrarchLines() {}

  static List<Line> read(Path path) {
    List<String> raw;
    try {
      raw = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      try {
        raw = Files.readAllLines(path, StandardCharsets.ISO_8859_1);
      } catch (IOException again) {
        throw new KnowledgeFileException(path + ": cannot be read: " + again.getMessage());
      }
    } catch (IOException e) {
      throw new KnowledgeFileException(path + ": cannot be read: " + e.getMessage());
    }
    return clean(path.toString(), raw);
  }

  static List<Line> clean(String file, List<String> raw) {
    List<Line> lines = new ArrayList<>();
    boolean inComment = false;
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      StringBuilder kept = new StringBuilder();
      int at = 0;
      while (at < line.length()) {
        if (inComment) {
          int end = line.indexOf("-->", at);
          if (end < 0) {
            at = line.length();
          } else {
            inComment = false;
            at = end + 3;
          }
          continue;
        }
        int open = commentOpening(line, at);
        if (open < 0) {
          kept.append(line, at, line.length());
          break;
        }
        kept.append(line, at, open);
        inComment = true;
        at = line.indexOf('-', open) + 2;
      }
      String text = kept.toString();
      int hash = commentStart(text);
      if (hash >= 0) {
        text = text.substring(0, hash);
      }
      if (!text.isBlank()) {
        boolean indented = Character.isWhitespace(text.charAt(0));
        lines.add(new Line(file, i + 1, text.strip(), indented));
      }
    }
    return lines;
  }

  /** Where a '#' comment starts; a '#' inside a code block ("[###]") is part of the code. */
  private static int commentStart(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && depth > 0) {
        depth--;
      } else if (c == '#' && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Where {@code <!--} or {@code <! --} starts at or after {@code from}, or -1. */
  private static int commentOpening(String line, int from) {
    int at = line.indexOf("<!", from);
    while (at >= 0) {
      String rest = line.substring(at + 2).stripLeading();
      if (rest.startsWith("--")) {
        return at;
      }
      at = line.indexOf("<!", at + 2);
    }
    return -1;
  }

  /** Dictionary words are upper case joined by '_' or spaces; Annals compares lower-case words. */
  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (String word : phrase.replace('_', ' ').strip().split("\\s+")) {
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return words;
  }
}
