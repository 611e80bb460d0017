package dev.annals.coding.petrarch;

import dev.annals.coding.petrarch.PetrarchLines.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH verb dictionary ({@code *.verbs.txt}):
 *
 * <ul>
 *   <li>synsets: {@code &NAME} followed by {@code +MEMBER} lines (members may be several words or
 *       other synsets);
 *   <li>verb blocks: {@code --- HEAD [CODE] ---}, then the verb's spellings ({@code BREAK {BROKE
 *       BROKEN}}, {@code +BREAK_DOWN {+BROKE_DOWN}}, {@code WIRE_+TAP} where '+' marks the verb
 *       word, optionally with a code of their own), then patterns {@code - WORDS * WORDS [CODE]};
 *   <li>codes: {@code [064]}, {@code [032:033]} (the target's code back to the source), and
 *       {@code [---]} for "no event".
 * </ul>
 */
public final class PetrarchVerbFile {
  private static final Pattern BLOCK = Pattern.compile("---\\s*(.*?)\\s*((?:\\[[^\\]]*\\]\\s*)*)(?:---)?");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern SPELLING = Pattern.compile("\\+?([^{\\[]+?)\\s*(\\{([^}]*)\\})?\\s*(\\[[^\\]]*\\])?");

  private PetrarchVerbFile() {}

  public static PetrarchVerbs read(Path path) {
    return parse(PetrarchLines.read(path));
  }

  private record Code(Optional<String> code, Optional<String> reverse) {}

  private record Spelling(List<String> words, int verbWord, List<List<String>> irregular, Optional<Code> code, String origin) {}

  static PetrarchVerbs parse(List<Line> lines) {
    Map<String, List<String>> synsetLines = new LinkedHashMap<>();
    String currentSynset = null;
    List<PetrarchVerb> verbs = new ArrayList<>();
    Map<PetrarchVerb, List<String>> spellingsOf = new HashMap<>();
    Code blockCode = null;
    List<Spelling> spellings = new ArrayList<>();
    List<Line> patternLines = new ArrayList<>();
    List<Line> allLines = new ArrayList<>(lines);
    // Synsets first: a pattern may use a synset defined further down the file.
    for (Line line : allLines) {
      String text = line.text();
      if (text.startsWith("&")) {
        currentSynset = synsetName(text);
        synsetLines.put(currentSynset, new ArrayList<>());
      } else if (text.startsWith("+") && currentSynset != null) {
        synsetLines.get(currentSynset).add(text.substring(1).strip());
      } else {
        currentSynset = null;
      }
    }
    Map<String, List<List<String>>> synsets = new HashMap<>();
    for (String name : synsetLines.keySet()) {
      synsets.put(name, members(name, synsetLines, new java.util.HashSet<>()));
    }
    boolean inSynset = false;
    for (Line line : allLines) {
      String text = line.text();
      if (text.startsWith("&")) {
        inSynset = true;
        continue;
      }
      if (text.startsWith("+") && inSynset) {
        continue;
      }
      inSynset = false;
      // A comment may have cut the closing "---" off a block line: "--- TROUBLED [---] # NOUN ---".
      Matcher block = BLOCK.matcher(text);
      if (text.startsWith("---") && block.matches()) {
        finish(blockCode, spellings, patternLines, synsets, verbs, spellingsOf);
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(block.group(2));
        while (code.find()) {
          codes.add(code.group(1));
        }
        if (codes.isEmpty()) {
          throw line.error("verb block without a code");
        }
        blockCode = code(codes.get(codes.size() - 1));
        spellings = new ArrayList<>();
        patternLines = new ArrayList<>();
        continue;
      }
      if (blockCode == null) {
        throw line.error("line outside any --- VERB [CODE] --- block");
      }
      if (text.startsWith("-")) {
        patternLines.add(line);
        continue;
      }
      spellings.add(spelling(line));
    }
    finish(blockCode, spellings, patternLines, synsets, verbs, spellingsOf);
    return new PetrarchVerbs(verbs, spellingsOf);
  }

  private static String synsetName(String text) {
    String name = text.strip().split("\\s+")[0];
    while (name.endsWith("_")) {
      name = name.substring(0, name.length() - 1);
    }
    return name.toUpperCase(java.util.Locale.ROOT);
  }

  private static List<List<String>> members(String name, Map<String, List<String>> synsetLines, java.util.Set<String> visiting) {
    List<List<String>> members = new ArrayList<>();
    if (!visiting.add(name)) {
      return members;
    }
    for (String member : synsetLines.getOrDefault(name, List.of())) {
      if (member.startsWith("&")) {
        members.addAll(members(synsetName(member), synsetLines, visiting));
      } else {
        List<String> words = PetrarchLines.words(member);
        if (!words.isEmpty()) {
          members.add(words);
        }
      }
    }
    visiting.remove(name);
    return members;
  }

  private static Code code(String raw) {
    String[] parts = raw.strip().split(":");
    Optional<String> code = Optional.of(parts[0].strip()).filter(PetrarchVerbFile::isEventCode);
    Optional<String> reverse = parts.length > 1 ? Optional.of(parts[1].strip()).filter(PetrarchVerbFile::isEventCode) : Optional.empty();
    return new Code(code, reverse);
  }

  /** PETRARCH's "no event" is {@code ---}; codes are letters and digits ("064", "174K"). */
  static boolean isEventCode(String code) {
    return code.length() >= 2 && code.length() <= 5 && code.chars().allMatch(Character::isLetterOrDigit);
  }

  private static Spelling spelling(Line line) {
    Matcher m = SPELLING.matcher(line.text());
    if (!m.matches()) {
      throw line.error("expected a verb spelling such as BREAK {BROKE BROKEN}");
    }
    String written = m.group(1).strip();
    List<String> words = new ArrayList<>();
    int verbWord = 0;
    for (String part : written.split("[_\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.startsWith("+")) {
        verbWord = words.size();
        part = part.substring(1);
      }
      words.add(part.toLowerCase(java.util.Locale.ROOT));
    }
    if (words.isEmpty()) {
      throw line.error("verb spelling without words");
    }
    List<List<String>> irregular = new ArrayList<>();
    if (m.group(3) != null) {
      for (String form : m.group(3).strip().split("\\s+")) {
        if (!form.isBlank()) {
          irregular.add(PetrarchLines.words(form.replace("+", "")));
        }
      }
    }
    Optional<Code> own = Optional.ofNullable(m.group(4)).map(c -> code(c.substring(1, c.length() - 1)));
    return new Spelling(words, verbWord, irregular, own, line.file() + ":" + line.number());
  }

  private static void finish(Code blockCode, List<Spelling> spellings, List<Line> patternLines, Map<String, List<List<String>>> synsets,
      List<PetrarchVerb> verbs, Map<PetrarchVerb, List<String>> spellingsOf) {
    if (blockCode == null || spellings.isEmpty()) {
      return;
    }
    List<PetrarchPattern> patterns = new ArrayList<>();
    for (Line line : patternLines) {
      patterns.add(pattern(line, synsets));
    }
    // Longest pattern first; among equals, the file's order.
    patterns.sort(Comparator.comparingInt(PetrarchPattern::specificity).reversed());
    for (Spelling spelling : spellings) {
      Code code = spelling.code().orElse(blockCode);
      PetrarchPattern bare = new PetrarchPattern(List.of(), List.of(), false, code.code(), code.reverse(), spelling.origin());
      PetrarchVerb verb = new PetrarchVerb(spelling.words(), spelling.verbWord(), bare, patterns);
      verbs.add(verb);
      List<String> forms = new ArrayList<>(PetrarchVerbs.regularForms(spelling.words().get(spelling.verbWord())));
      for (List<String> irregular : spelling.irregular()) {
        if (irregular.size() == spelling.words().size()) {
          forms.add(irregular.get(spelling.verbWord()));
        } else if (irregular.size() == 1) {
          forms.add(irregular.get(0));
        }
      }
      spellingsOf.put(verb, forms);
    }
  }

  static PetrarchPattern pattern(Line line, Map<String, List<List<String>>> synsets) {
    String text = line.text().substring(1).strip();
    int open = text.lastIndexOf('[');
    int close = text.lastIndexOf(']');
    if (open < 0 || close < open) {
      throw line.error("pattern without a [CODE]");
    }
    Code code = code(text.substring(open + 1, close));
    String body = text.substring(0, open).strip();
    List<PatternElement> before = new ArrayList<>();
    List<PatternElement> after = new ArrayList<>();
    Optional<PatternElement> verb = Optional.empty();
    for (String chunk : body.split("\\s+")) {
      if (chunk.isEmpty()) {
        continue;
      }
      boolean first = true;
      for (String part : chunk.split("_", -1)) {
        if (part.isEmpty()) {
          // A trailing '_' ("IN_") marks an exact word in TABARI; words are exact here anyway.
          continue;
        }
        PatternElement element = element(line, part, !first, synsets);
        first = false;
        if (element.kind() == PatternElement.Kind.VERB) {
          if (verb.isPresent()) {
            throw line.error("pattern with two '*'");
          }
          verb = Optional.of(element);
        } else if (verb.isPresent()) {
          after.add(element);
        } else {
          before.add(element);
        }
      }
    }
    if (verb.isEmpty()) {
      throw line.error("pattern without '*' for the verb");
    }
    // "NOT_*": the last word before the verb must touch it.
    boolean verbTouchesBefore = verb.get().joined() && !before.isEmpty();
    return new PetrarchPattern(before, after, verbTouchesBefore, code.code(), code.reverse(), line.file() + ":" + line.number());
  }

  private static PatternElement element(Line line, String part, boolean joined, Map<String, List<List<String>>> synsets) {
    switch (part) {
      case "*":
        return new PatternElement(PatternElement.Kind.VERB, List.of(), joined);
      case "$":
        return new PatternElement(PatternElement.Kind.SOURCE, List.of(), joined);
      case "+":
        return new PatternElement(PatternElement.Kind.TARGET, List.of(), joined);
      case "%":
        return new PatternElement(PatternElement.Kind.COMPOUND, List.of(), joined);
      case "^":
        return new PatternElement(PatternElement.Kind.SKIP, List.of(), joined);
      default:
        if (part.startsWith("&")) {
          List<List<String>> members = synsets.get(synsetName(part));
          if (members == null) {
            throw line.error("unknown synset " + part);
          }
          return new PatternElement(PatternElement.Kind.WORD, members, joined);
        }
        return new PatternElement(PatternElement.Kind.WORD, List.of(List.of(part.toLowerCase(java.util.Locale.ROOT))), joined);
    }
  }
}
