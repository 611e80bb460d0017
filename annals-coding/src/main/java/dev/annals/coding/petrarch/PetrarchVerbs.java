package dev.annals.coding.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verbs of a PETRARCH verb dictionary, looked up by the word in the text. Each verb word is
 * stored in every spelling: the ones the file lists, and the regular -s, -ed and -ing forms.
 * Immutable; safe to share between threads.
 */
public final class PetrarchVerbs {
  private final Map<String, List<PetrarchVerb>> byWord = new HashMap<>();
  private final Map<String, List<PetrarchVerb>> byBaseForm = new HashMap<>();
  private final int size;

  PetrarchVerbs(List<PetrarchVerb> verbs, Map<PetrarchVerb, List<String>> spellings) {
    for (PetrarchVerb verb : verbs) {
      String base = verb.words().get(verb.verbWord());
      byBaseForm.computeIfAbsent(base, k -> new ArrayList<>()).add(verb);
      for (String spelling : spellings.getOrDefault(verb, List.of(base))) {
        List<PetrarchVerb> list = byWord.computeIfAbsent(spelling, k -> new ArrayList<>());
        if (!list.contains(verb)) {
          list.add(verb);
        }
      }
    }
    this.size = verbs.size();
  }

  public static PetrarchVerbs empty() {
    return new PetrarchVerbs(List.of(), Map.of());
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  /**
   * The verbs a token may be: by its spelling ("broke", "says"), else by its lemma when the
   * dictionary lists that base form ("depart" for "departed").
   */
  public List<PetrarchVerb> forToken(String text, String lemma) {
    List<PetrarchVerb> found = byWord.get(text.toLowerCase(Locale.ROOT));
    if (found != null) {
      return found;
    }
    return byBaseForm.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** The regular inflections of an English verb, for dictionaries that list only the base. */
  static List<String> regularForms(String base) {
    List<String> forms = new ArrayList<>(List.of(base));
    boolean consonantY = base.endsWith("y") && base.length() > 1 && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0;
    if (consonantY) {
      String stem = base.substring(0, base.length() - 1);
      forms.add(stem + "ies");
      forms.add(stem + "ied");
      forms.add(base + "ing");
      return forms;
    }
    if (base.endsWith("s") || base.endsWith("x") || base.endsWith("ch") || base.endsWith("sh") || base.endsWith("z")) {
      forms.add(base + "es");
    } else {
      forms.add(base + "s");
    }
    if (base.endsWith("e")) {
      forms.add(base + "d");
      forms.add(base.endsWith("ee") ? base + "ing" : base.substring(0, base.length() - 1) + "ing");
    } else {
      forms.add(base + "ed");
      forms.add(base + "ing");
    }
    return forms;
  }
}
