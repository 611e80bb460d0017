package dev.annals.coding.petrarch;

import dev.annals.coding.petrarch.PetrarchLines.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agent dictionary ({@code *.agents.txt}): {@code NAME {PLURALS} [~CODE]} lines,
 * where {@code {}} means "no plural", no braces means the regular English plural, and
 * {@code [CODE~]} puts the code before the actor's; and substitution sets
 * {@code !PERSON! = MAN, MEN, WOMAN} whose name may appear inside later entries.
 */
public final class PetrarchAgentFile {
  private static final Pattern SUBSTITUTION = Pattern.compile("(![A-Z0-9_]+!)\\s*=\\s*(.+)");
  private static final Pattern ENTRY = Pattern.compile("([^\\[{]+?)\\s*(\\{([^}]*)\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]");

  private PetrarchAgentFile() {}

  public static List<PetrarchAgent> read(Path path) {
    return parse(PetrarchLines.read(path));
  }

  static List<PetrarchAgent> parse(List<Line> lines) {
    Map<String, List<String>> substitutions = new LinkedHashMap<>();
    List<PetrarchAgent> agents = new ArrayList<>();
    for (Line line : lines) {
      Matcher substitution = SUBSTITUTION.matcher(line.text());
      if (substitution.matches()) {
        List<String> values = new ArrayList<>();
        for (String value : substitution.group(2).split(",")) {
          if (!value.isBlank()) {
            values.add(value.strip());
          }
        }
        substitutions.put(substitution.group(1), values);
        continue;
      }
      Matcher entry = ENTRY.matcher(line.text());
      if (!entry.matches()) {
        throw line.error("expected NAME {PLURALS} [~CODE]");
      }
      String code = entry.group(4).replace(" ", "");
      boolean prefix = code.endsWith("~");
      if (!code.contains("~")) {
        throw line.error("agent code must start or end with '~'");
      }
      code = code.replace("~", "");
      Set<List<String>> names = new LinkedHashSet<>();
      for (String name : expand(entry.group(1).strip(), substitutions)) {
        names.add(PetrarchLines.words(name));
        if (entry.group(2) == null) {
          names.add(PetrarchLines.words(plural(name)));
        }
      }
      if (entry.group(3) != null) {
        for (String plural : entry.group(3).strip().split("\\s+")) {
          if (!plural.isBlank()) {
            for (String form : expand(plural, substitutions)) {
              names.add(PetrarchLines.words(form));
            }
          }
        }
      }
      agents.add(new PetrarchAgent(new ArrayList<>(names), code, prefix));
    }
    return agents;
  }

  /** Every spelling of a name whose substitution sets are replaced by each of their values. */
  static List<String> expand(String name, Map<String, List<String>> substitutions) {
    for (Map.Entry<String, List<String>> set : substitutions.entrySet()) {
      int at = name.indexOf(set.getKey());
      if (at >= 0) {
        List<String> expanded = new ArrayList<>();
        for (String value : set.getValue()) {
          expanded.addAll(expand(name.substring(0, at) + value + name.substring(at + set.getKey().length()), substitutions));
        }
        return expanded;
      }
    }
    return List.of(name);
  }

  /** The regular plural of a name's last word: officials, authorities, police → polices. */
  static String plural(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      return name.substring(0, name.length() - 1) + "IES";
    }
    if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
      return name + "ES";
    }
    if (lower.endsWith("man")) {
      return name.substring(0, name.length() - 3) + "MEN";
    }
    return name + "S";
  }
}
