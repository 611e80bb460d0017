package dev.annals.coding.place;

import dev.annals.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * A name found in the text with its readings, best prior first: tokens [{@code first}, {@code end})
 * written as {@code surface} at {@code span}. Mentions of one place share a {@code key}, and the
 * article reads each key once. A weak name is a proper noun that only a city of the gazetteer bears
 * and that the tagger did not call a location ("Police", "Ford", "Mansfield"): it stays a place
 * only when the article's other places vouch for it. A local feature the gazetteer does not know
 * ("Kanawha River") has no readings and a key starting with {@value #FEATURE_PREFIX}.
 */
record Toponym(int first, int end, Span span, String surface, String key, List<Gazetteer.Entry> readings, boolean weak) {
  /** The key prefix of rivers, lakes, parks and townships the gazetteer does not know (LocalFeatures). */
  static final String FEATURE_PREFIX = "feature:";

  Toponym {
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("a toponym spans tokens [first, end) with 0 <= first < end, was [" + first + ", " + end + ")");
    }
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(key, "key");
    readings = List.copyOf(readings);
  }

  /** A name that is sure, not weak. */
  Toponym(int first, int end, Span span, String surface, String key, List<Gazetteer.Entry> readings) {
    this(first, end, span, surface, key, readings, false);
  }

  /** A river, lake, park or township the gazetteer does not know: no readings, placed by the article's places. */
  static Toponym localFeature(int first, int end, Span span, String surface) {
    return new Toponym(first, end, span, surface, FEATURE_PREFIX + Gazetteer.key(surface), List.of());
  }

  /** Whether this is a local feature the gazetteer does not know. */
  boolean isLocalFeature() {
    return key.startsWith(FEATURE_PREFIX);
  }
}
