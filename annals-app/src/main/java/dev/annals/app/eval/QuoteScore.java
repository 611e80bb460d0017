package dev.annals.app.eval;

import dev.annals.app.eval.BratAttributions.Attribution;
import dev.annals.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Source accuracy of quote attribution against brat attribution gold (PolNeAR).
 *
 * <p>Every gold attribution with a Source counts once. It is <em>direct</em> when every letter
 * and digit of its Content lies within quotation marks (a pair of curly or straight double
 * marks in one paragraph, or an opening mark that runs to the end of its paragraph, as
 * multi-paragraph quotes do), else <em>indirect</em> (reported speech, including a paraphrase
 * with a quoted fragment). It is matched to the system quote whose content overlaps the gold
 * Content most (of equal overlaps, the shorter quote); with no overlapping quote it is missed,
 * and a miss counts as wrong.
 *
 * <p>The source is right when the system's speaker span overlaps the gold Source span. Both the
 * gold and the systems mark the speaker as written where the quote is attributed, so a pronoun
 * source ("he said") is right when the system points at that pronoun. Because PolNeAR has no
 * coreference layer, the one other way to be right is naming the same person: the gold Source
 * and the system's speaker (its span's text or the name it resolved the speaker to) share a
 * capitalised name word that is not a title or function word ("Trump" in the gold, "Donald
 * Trump" named two sentences earlier by the system). That rule can accept a wrong Clinton for
 * the right one; it applies to Annals and the baseline alike.
 *
 * <p>Content detection: recall is the share of all gold contents (with or without a source)
 * overlapped by some system quote; precision the share of system quotes that overlap some gold
 * content.
 */
public final class QuoteScore {
  /** A system's quote: its content and, when it names one, the speaker's span and resolved name. */
  public record Predicted(Span content, Optional<Span> speaker, Optional<String> speakerName) {}

  private static final Set<String> NOT_NAMES = Set.of(
      "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "this", "that",
      "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator", "secretary", "minister", "spokesman",
      "spokeswoman", "according", "former", "democratic", "republican", "democrat", "democrats", "republicans",
      "gop", "campaign", "u.s.", "new", "state", "house", "white", "but", "and", "in", "on", "as", "at", "of");

  private final int[] gold = new int[2];
  private final int[] right = new int[2];
  private final int[] found = new int[2];
  private final int[] rightByName = new int[2];
  private int goldContents;
  private int goldContentsFound;
  private int predicted;
  private int predictedMatching;
  private final List<String> errors = new ArrayList<>();

  public void add(BratAttributions document, List<Predicted> predictions) {
    String text = document.text();
    boolean[] quoted = quotedCharacters(text);
    predicted += predictions.size();
    for (Predicted p : predictions) {
      if (document.attributions().stream().anyMatch(a -> overlap(a.content(), p.content()) > 0)) {
        predictedMatching++;
      }
    }
    for (Attribution attribution : document.attributions()) {
      goldContents++;
      Optional<Predicted> match = bestMatch(attribution, predictions);
      if (match.isPresent()) {
        goldContentsFound++;
      }
      if (!attribution.hasSource()) {
        continue;
      }
      int kind = isDirect(text, quoted, attribution.content()) ? 0 : 1;
      gold[kind]++;
      String sourceText = joined(text, attribution.source());
      String contentText = clip(joined(text, attribution.content()));
      if (match.isEmpty()) {
        errors.add(String.format(Locale.ROOT, "missed   %s %s: \"%s\" (source: %s)", kindName(kind), document.id(), contentText, sourceText));
        continue;
      }
      found[kind]++;
      Predicted p = match.get();
      if (sourceIsRight(text, attribution, p)) {
        right[kind]++;
        if (p.speaker().isEmpty() || attribution.source().stream().noneMatch(s -> s.overlaps(p.speaker().get()))) {
          rightByName[kind]++;
        }
      } else {
        String got = p.speaker().map(s -> s.of(text)).orElse("no speaker") + p.speakerName().map(n -> " [" + n + "]").orElse("");
        errors.add(String.format(Locale.ROOT, "source   %s %s: \"%s\" expected %s, got %s", kindName(kind), document.id(), contentText, sourceText, got));
      }
    }
  }

  private static String kindName(int kind) {
    return kind == 0 ? "direct  " : "indirect";
  }

  static boolean sourceIsRight(String text, Attribution attribution, Predicted p) {
    if (p.speaker().isPresent() && attribution.source().stream().anyMatch(s -> s.overlaps(p.speaker().get()))) {
      return true;
    }
    Set<String> goldNames = nameWords(joined(text, attribution.source()));
    if (goldNames.isEmpty()) {
      return false;
    }
    Set<String> ours = new java.util.HashSet<>();
    p.speaker().ifPresent(s -> ours.addAll(nameWords(s.of(text))));
    p.speakerName().ifPresent(n -> ours.addAll(nameWords(n)));
    return ours.stream().anyMatch(goldNames::contains);
  }

  /** Capitalised words that can name someone: not titles, pronouns or function words. */
  static Set<String> nameWords(String phrase) {
    Set<String> names = new java.util.HashSet<>();
    for (String word : phrase.split("[\\s,;:()\\[\\]\"“”]+")) {
      String w = word.replaceAll("(’s|'s|’|')$", "");
      if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))) {
        names.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static Optional<Predicted> bestMatch(Attribution attribution, List<Predicted> predictions) {
    Predicted best = null;
    int bestOverlap = 0;
    for (Predicted p : predictions) {
      int o = overlap(attribution.content(), p.content());
      if (o > bestOverlap || (o == bestOverlap && o > 0 && p.content().length() < best.content().length())) {
        best = p;
        bestOverlap = o;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int overlap(List<Span> spans, Span other) {
    int total = 0;
    for (Span s : spans) {
      total += Math.max(0, Math.min(s.end(), other.end()) - Math.max(s.start(), other.start()));
    }
    return total;
  }

  static boolean isDirect(String text, boolean[] quoted, List<Span> content) {
    boolean anyLetter = false;
    for (Span s : content) {
      for (int i = s.start(); i < s.end(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          anyLetter = true;
          if (!quoted[i]) {
            return false;
          }
        }
      }
    }
    return anyLetter;
  }

  /** Which characters lie within double quotation marks, paragraph by paragraph. */
  static boolean[] quotedCharacters(String text) {
    boolean[] quoted = new boolean[text.length()];
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) {
          java.util.Arrays.fill(quoted, open, i, true);
        }
        open = -1;
      } else if (c == '“' || (c == '"' && open < 0)) {
        open = i;
      } else if ((c == '”' || c == '"') && open >= 0) {
        java.util.Arrays.fill(quoted, open, i + 1, true);
        open = -1;
      }
    }
    if (open >= 0) {
      java.util.Arrays.fill(quoted, open, text.length(), true);
    }
    return quoted;
  }

  private static String joined(String text, List<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      if (b.length() > 0) {
        b.append(" … ");
      }
      b.append(s.of(text));
    }
    return b.toString().replaceAll("\\s+", " ");
  }

  private static String clip(String s) {
    return s.length() <= 90 ? s : s.substring(0, 87) + "...";
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** Right sources over gold direct quotes with a source, misses counted wrong. */
  public double directAccuracy() {
    return share(right[0], gold[0]);
  }

  public double indirectAccuracy() {
    return share(right[1], gold[1]);
  }

  /** Right sources over the direct quotes the system found at all. */
  public double directAccuracyWhenFound() {
    return share(right[0], found[0]);
  }

  public double indirectAccuracyWhenFound() {
    return share(right[1], found[1]);
  }

  public double contentRecall() {
    return share(goldContentsFound, goldContents);
  }

  public double contentPrecision() {
    return share(predictedMatching, predicted);
  }

  public List<String> errors() {
    List<String> sorted = new ArrayList<>(errors);
    // Wrong sources of direct quotes first: they are what the bar is about.
    sorted.sort(java.util.Comparator.comparingInt((String e) -> (e.startsWith("source   direct") ? 0 : e.startsWith("missed   direct") ? 1 : 2)));
    return sorted;
  }

  public String summary(String name) {
    return String.format(Locale.ROOT,
        "%-8s direct: source accuracy %.1f (%d/%d, %d by name; %.1f of the %d found)  indirect: %.1f (%d/%d, %d by name; %.1f of %d found)  content recall %.1f precision %.1f (%d quotes)",
        name, 100 * directAccuracy(), right[0], gold[0], rightByName[0], 100 * directAccuracyWhenFound(), found[0],
        100 * indirectAccuracy(), right[1], gold[1], rightByName[1], 100 * indirectAccuracyWhenFound(), found[1],
        100 * contentRecall(), 100 * contentPrecision(), predicted);
  }
}
