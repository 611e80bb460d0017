package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.DateOrigin;
import dev.annals.model.EventDate;
import dev.annals.model.EventMention;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dates an event by the occasion it names: "Modi is set to visit Tokyo next month. The two leaders
 * are expected to sign an agreement during the visit": the signing has no time expression of its
 * own, but "the visit" is an event an earlier sentence dated, so the signing takes that date.
 */
final class OccasionDates {
  /** How the clause names its occasion: "during the visit", "at the summit", "after the talks". */
  private static final Set<String> OCCASION_RELATIONS = Set.of("obl:during", "obl:at", "obl:after", "obl:on_sidelines_of", "obl:on_margins_of",
      "obl:ahead_of", "obl:before", "nmod:during", "nmod:at");

  /** Earlier coded events with their mentions, in text order. */
  record Dated(CodedMention coded, EventMention mention) {}

  /** The date of the occasion this event's clause names, when an earlier event dated it. */
  Optional<EventDate> date(DependencyIndex index, CodedMention m, EventMention mention, List<Dated> earlier) {
    if (mention.date().origin() != DateOrigin.PUBLICATION) {
      return Optional.empty();
    }
    if (m.anchors().stream().anyMatch(a -> soonAfter(index, a))) {
      // "Hours later the Treasury lifted sanctions": the same day as the last dated event before.
      for (int i = earlier.size() - 1; i >= 0; i--) {
        Dated e = earlier.get(i);
        if (e.coded().sentence() < m.sentence() && e.mention().date().origin() != DateOrigin.PUBLICATION) {
          return Optional.of(fromContext(e.mention().date()));
        }
      }
    }
    for (int anchor : m.anchors()) {
      for (var d : index.children(anchor)) {
        int occasion = d.dependent();
        if (!OCCASION_RELATIONS.contains(d.relation()) || !index.hasChildLemma(occasion, "det", Set.of("the"))) {
          continue;
        }
        String noun = index.lemma(occasion);
        for (int i = earlier.size() - 1; i >= 0; i--) {
          Dated e = earlier.get(i);
          boolean same = e.coded().sentence() < m.sentence() && e.mention().date().origin() != DateOrigin.PUBLICATION
              && (index.lemma(e.coded().trigger()).equals(noun) || e.coded().anchors().stream().anyMatch(a -> index.lemma(a).equals(noun)));
          if (same) {
            return Optional.of(fromContext(e.mention().date()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The earlier event's date, taken from the context. */
  private static EventDate fromContext(EventDate date) {
    return new EventDate(date.value(), date.start(), date.end(), date.precision(), DateOrigin.CONTEXT, date.evidence());
  }

  /** Units short enough that "N later" is the same day. */
  private static final Set<String> SHORT_UNITS = Set.of("hour", "minute", "moment");

  /** "Hours later", "minutes later", "moments later" on the clause. */
  private static boolean soonAfter(DependencyIndex index, int anchor) {
    for (var d : index.children(anchor)) {
      int later = d.dependent();
      if (d.relation().equals("advmod") && index.lemma(later).equals("later") && later > 0
          && (SHORT_UNITS.contains(index.lemma(later - 1)) || index.children(later).stream().anyMatch(c -> SHORT_UNITS.contains(index.lemma(c.dependent()))))) {
        return true;
      }
    }
    return false;
  }
}
