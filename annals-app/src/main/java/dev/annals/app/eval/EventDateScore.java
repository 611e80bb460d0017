package dev.annals.app.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How often a way of dating events gives the date TimeML's annotators linked each event to: the
 * same days exactly, or days inside the gold ones (a day inside a gold month). Counted apart for
 * events the gold dates by the document's own date and by an expression in the text, since a
 * dater that always answers "the publication date" scores on the first and never on the second.
 */
final class EventDateScore {
  /** One gold event's date and a dater's answer; {@code predicted} start and end are empty when it gave none. */
  record Judged(GoldInterval gold, boolean goldFromCreationTime, java.util.Optional<LocalDate> start, java.util.Optional<LocalDate> end) {
    boolean exact() {
      return start.isPresent() && start.get().equals(gold.start()) && end.get().equals(gold.end());
    }

    boolean within() {
      return start.isPresent() && gold.contains(start.get(), end.get());
    }
  }

  private int total;
  private int exact;
  private int within;
  private int fromText;
  private int exactFromText;
  private int fromCreation;
  private int exactFromCreation;
  private final List<String> errors = new ArrayList<>();

  void add(Judged judged, String errorLine) {
    total++;
    exact += judged.exact() ? 1 : 0;
    within += judged.within() ? 1 : 0;
    if (judged.goldFromCreationTime()) {
      fromCreation++;
      exactFromCreation += judged.exact() ? 1 : 0;
    } else {
      fromText++;
      exactFromText += judged.exact() ? 1 : 0;
    }
    if (!judged.exact()) {
      errors.add(errorLine);
    }
  }

  double exactAccuracy() {
    return total == 0 ? 0 : (double) exact / total;
  }

  double withinAccuracy() {
    return total == 0 ? 0 : (double) within / total;
  }

  double exactFromTextAccuracy() {
    return fromText == 0 ? 0 : (double) exactFromText / fromText;
  }

  double exactFromCreationAccuracy() {
    return fromCreation == 0 ? 0 : (double) exactFromCreation / fromCreation;
  }

  List<String> errors() {
    return List.copyOf(errors);
  }

  String summary(String name) {
    return String.format(Locale.ROOT,
        "%-22s events=%d  exact=%.1f  within=%.1f  | dated by an expression in the text: %d, exact %.1f | by the document date: %d, exact %.1f",
        name, total, 100 * exactAccuracy(), 100 * withinAccuracy(), fromText, 100 * exactFromTextAccuracy(), fromCreation,
        100 * exactFromCreationAccuracy());
  }
}
