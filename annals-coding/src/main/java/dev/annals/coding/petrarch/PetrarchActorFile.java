package dev.annals.coding.petrarch;

import dev.annals.coding.petrarch.PetrarchLines.Line;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH actor dictionary ({@code *.actors.txt}): an entry line {@code NAME [CODE]}
 * (words joined by '_' or spaces), '+' lines with synonyms, and code lines {@code [CODE]},
 * {@code [CODE <DATE]}, {@code [CODE >DATE]} or {@code [CODE DATE-DATE]} below the entry, dates as
 * YYMMDD or YYYYMMDD.
 */
public final class PetrarchActorFile {
  private static final Pattern CODE_BLOCK = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern DATED = Pattern.compile("(\\S+)\\s*(?:(<|>)\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?");

  private PetrarchActorFile() {}

  public static List<PetrarchActor> read(Path path) {
    return parse(PetrarchLines.read(path));
  }

  static List<PetrarchActor> parse(List<Line> lines) {
    List<PetrarchActor> actors = new ArrayList<>();
    List<List<String>> names = new ArrayList<>();
    List<DatedCode> codes = new ArrayList<>();
    String origin = "";
    for (Line line : lines) {
      String text = line.text();
      if (text.startsWith("+")) {
        if (names.isEmpty()) {
          throw line.error("synonym before any actor");
        }
        String synonym = text.substring(1);
        int bracket = synonym.indexOf('[');
        if (bracket >= 0) {
          codes.addAll(codes(line, synonym.substring(bracket)));
          synonym = synonym.substring(0, bracket);
        }
        addName(names, synonym);
        continue;
      }
      if (text.startsWith("[")) {
        if (names.isEmpty()) {
          throw line.error("code before any actor");
        }
        codes.addAll(codes(line, text));
        continue;
      }
      if (!names.isEmpty()) {
        actors.add(new PetrarchActor(names, codes, origin));
      }
      names = new ArrayList<>();
      codes = new ArrayList<>();
      origin = line.file() + ":" + line.number();
      int bracket = text.indexOf('[');
      addName(names, bracket >= 0 ? text.substring(0, bracket) : text);
      if (bracket >= 0) {
        codes.addAll(codes(line, text.substring(bracket)));
      }
    }
    if (!names.isEmpty()) {
      actors.add(new PetrarchActor(names, codes, origin));
    }
    return actors;
  }

  private static void addName(List<List<String>> names, String name) {
    List<String> words = PetrarchLines.words(name);
    if (!words.isEmpty()) {
      names.add(words);
    }
  }

  private static List<DatedCode> codes(Line line, String text) {
    List<DatedCode> found = new ArrayList<>();
    Matcher block = CODE_BLOCK.matcher(text);
    while (block.find()) {
      String inside = block.group(1).strip();
      Matcher dated = DATED.matcher(inside);
      if (!dated.matches()) {
        throw line.error("cannot read the code block [" + inside + "]");
      }
      String code = dated.group(1);
      if (dated.group(2) != null) {
        LocalDate day = date(line, dated.group(3));
        found.add(dated.group(2).equals("<") ? new DatedCode(code, Optional.empty(), Optional.of(day)) : new DatedCode(code, Optional.of(day.plusDays(1)), Optional.empty()));
      } else if (dated.group(4) != null) {
        found.add(new DatedCode(code, Optional.of(date(line, dated.group(4))), Optional.of(date(line, dated.group(5)).plusDays(1))));
      } else {
        found.add(new DatedCode(code, Optional.empty(), Optional.empty()));
      }
    }
    return found;
  }

  /** YYYYMMDD, or TABARI's YYMMDD with years 30-99 in the 1900s. */
  static LocalDate date(Line line, String digits) {
    try {
      if (digits.length() == 8) {
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
      }
      if (digits.length() == 6) {
        int yy = Integer.parseInt(digits.substring(0, 2));
        return LocalDate.of(yy >= 30 ? 1900 + yy : 2000 + yy, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw line.error("bad date " + digits);
    }
    throw line.error("bad date " + digits);
  }
}
