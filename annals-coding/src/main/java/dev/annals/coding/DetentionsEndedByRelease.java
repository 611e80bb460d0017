package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "An Irish engineer held in Dubai for six weeks ... was released on Thursday", "an engineer who
 * was held in Tehran for 19 months", "seafarers who had been held since their ship was sunk":
 * being held for a length of time, or since a time, told beside the release that ends it, is how
 * long the detention lasted, not an arrest on the day the release is told (it began weeks or
 * months before, on a day the text does not give). The release is the event.
 */
final class DetentionsEndedByRelease {
  /** Arrest, detention or charges before a court. */
  private static final String DETENTION = "173";
  /** Release (0841 people, 084 in general). */
  private static final String RELEASE = "084";
  /** Verbs of keeping people, which "for six weeks" measures. */
  private static final Set<String> KEEPING = Set.of("hold", "detain", "keep", "jail", "imprison");
  /** Units a length of time is counted in. */
  private static final Set<String> UNITS = Set.of("hour", "day", "week", "month", "year");

  private DetentionsEndedByRelease() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !(isHeldForALength(index, m) && released(coded, m))).toList();
  }

  private static boolean isHeldForALength(DependencyIndex index, CodedMention m) {
    // (Or since a time: "nine seafarers who had been held since their ship was sunk in July".)
    return m.type().code().equals(DETENTION) && KEEPING.contains(index.lemma(m.trigger()).toLowerCase(Locale.ROOT))
        && (index.children(m.trigger(), Set.of("obl:for")).stream().anyMatch(t -> UNITS.contains(index.lemma(t).toLowerCase(Locale.ROOT)))
            || !index.children(m.trigger(), Set.of("obl:since", "advcl:since")).isEmpty());
  }

  /** A release told in the same sentence. */
  private static boolean released(List<CodedMention> coded, CodedMention m) {
    return coded.stream().anyMatch(c -> c.sentence() == m.sentence() && c.type().code().startsWith(RELEASE));
  }
}
