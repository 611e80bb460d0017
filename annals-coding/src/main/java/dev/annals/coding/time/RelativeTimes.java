package dev.annals.coding.time;

import static dev.annals.coding.time.CalendarWords.UNIT;
import static dev.annals.coding.time.Durations.NUMBERS;
import static dev.annals.coding.time.Durations.duration;
import static dev.annals.coding.time.TimexValues.day;
import static dev.annals.coding.time.TimexValues.shift;

import dev.annals.coding.time.TimeNormalizer.Normalized;
import dev.annals.model.EventDate;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times told relative to now or to the date told last: counted in units ("three days ago", "two
 * weeks later", "last week", "the following year") or vague (TimeML's PRESENT_REF, PAST_REF and
 * FUTURE_REF: "these days", "recently", "in the near future").
 */
final class RelativeTimes {
  private RelativeTimes() {}

  private static final Pattern AGO = Pattern.compile("(a hundred|a couple of|a few|[a-z]+|\\d+) " + UNIT + " (ago|earlier|before|later|from now|hence)");
  private static final Pattern RELATIVE_UNIT = Pattern.compile("(?:(?:earlier|later|early|late|mid|the early|the late) )?(?:(this|last|next|the past|the previous|the coming|the following|the current|the same|that same|same|that|the last|the next|this past|this coming) )" + UNIT);

  /**
   * "hours later", "minutes earlier", "earlier in the day", "cut ties within hours": no number,
   * still the day told last.
   */
  private static final Pattern SAME_DAY = Pattern.compile("(hours|minutes|moments) (later|earlier)|(earlier|later) in the day|within (hours|minutes)");

  /** Whether the words are a few hours (minutes) later or earlier, with no number: {@link #SAME_DAY}. */
  static boolean isSameDay(String words) {
    return SAME_DAY.matcher(words).matches();
  }

  /** The value of {@code t} if it is a relative time; "a few years earlier" counts to no date and is none. */
  static Optional<Normalized> relativeTime(String t, LocalDate ref, DiscourseAnchor anchor, Span span) {
    if (isSameDay(t)) {
      return Optional.of(shift(anchor.forUnit("day"), "day", 0, span));
    }
    Matcher m = AGO.matcher(t);
    if (m.matches()) {
      Integer amount = NUMBERS.get(m.group(1));
      if (amount == null && m.group(1).matches("\\d+")) {
        amount = Integer.parseInt(m.group(1));
      }
      if (amount != null && amount < 0) {
        // "a few years ago", "several months before": no date to count to. Before now it is the
        // past (TimeML's PAST_REF); "later" and "before" only say how long, as a duration.
        if (m.group(3).equals("ago")) {
          return Optional.of(new Normalized("PAST_REF", Optional.empty()));
        }
        if (Set.of("later", "before").contains(m.group(3))) {
          return duration(m.group(1).replaceFirst("^a ", "") + " " + m.group(2) + "s").map(value -> new Normalized(value, Optional.empty()));
        }
        return Optional.empty();
      }
      if (amount != null) {
        boolean forward = m.group(3).equals("later") || m.group(3).equals("from now") || m.group(3).equals("hence");
        // "ago" and "from now" count from the telling; "earlier", "later" and "before" from the
        // date told last ("On Oct. 23 … Ten days earlier").
        boolean fromTelling = m.group(3).equals("ago") || m.group(3).equals("from now") || m.group(3).equals("hence");
        Normalized shifted = shift(fromTelling ? ref : anchor.forUnit(m.group(2)), m.group(2), forward ? amount : -amount, span);
        if (m.group(3).equals("later") || m.group(3).equals("before")) {
          // TimeML marks "three days" in "three days later" as the expression, a duration, and
          // "later" as the signal that relates it (its guidelines' SIGNAL examples); the date it
          // leads to still dates the event.
          Optional<String> length = duration(m.group(1) + " " + m.group(2) + (amount == 1 ? "" : "s"));
          if (length.isPresent()) {
            return Optional.of(new Normalized(length.get(), shifted.date()));
          }
        }
        return Optional.of(shifted);
      }
    }
    m = RELATIVE_UNIT.matcher(t);
    if (m.matches()) {
      String which = m.group(1);
      int offset = switch (which) {
        case "last", "the past", "the previous", "the last", "this past" -> -1;
        case "next", "the coming", "the following", "the next", "this coming" -> 1;
        default -> 0;
      };
      // "the following year", "that month", "(that) same day": counted from the one the article told last.
      boolean anaphoric = Set.of("the following", "the previous", "the same", "that same", "same", "that").contains(which);
      Normalized shifted = shift(anaphoric ? anchor.forUnit(m.group(2)) : ref, m.group(2), offset, span);
      // "earlier this week" said on Thursday is Monday to Thursday; "later this year" starts today.
      if (offset == 0 && !anaphoric && shifted.date().isPresent() && (t.startsWith("earlier ") || t.startsWith("later "))) {
        EventDate d = shifted.date().get();
        LocalDate start = t.startsWith("later ") && ref.isAfter(d.start()) ? ref : d.start();
        LocalDate end = t.startsWith("earlier ") && ref.isBefore(d.end()) ? ref : d.end();
        return Optional.of(new Normalized(shifted.value(), Optional.of(new EventDate(d.value(), start, end, d.precision(), d.origin(), d.evidence()))));
      }
      return Optional.of(shifted);
    }
    if (t.equals("these days")) {
      return Optional.of(new Normalized("PRESENT_REF", Optional.of(day(ref, span))));
    }
    if (t.matches("(recently|previously|in the past|the past|formerly|earlier|once)")) {
      return Optional.of(new Normalized("PAST_REF", Optional.empty()));
    }
    if (t.matches("(soon|in the future|the future|later|shortly|in the coming (days|weeks|months)|the near future|the near term|the short term)")) {
      return Optional.of(new Normalized("FUTURE_REF", Optional.empty()));
    }
    return Optional.empty();
  }
}
