package dev.annals.app.store;

import dev.annals.store.EventFilter;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The event filters shared by events, dyads, timeline and export. Actor codes match as prefixes. */
public final class FilterOptions {
  @Option(names = "--actor", paramLabel = "CODE", description = "source or target actor code (prefix: RUS matches RUSGOV)")
  String actor;

  @Option(names = "--source", paramLabel = "CODE", description = "source actor code (prefix)")
  String source;

  @Option(names = "--target", paramLabel = "CODE", description = "target actor code (prefix)")
  String target;

  @Option(names = "--dyad", paramLabel = "SOURCE:TARGET", description = "source and target codes, e.g. RUS:CHN")
  String dyad;

  @Option(names = "--code", paramLabel = "CAMEO", description = "CAMEO code or code prefix (042, 04)")
  String code;

  @Option(names = "--root", paramLabel = "NN", description = "CAMEO root code (01 to 20)")
  String rootCode;

  @Option(names = "--quad", paramLabel = "1-4", description = "quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
  Integer quadClass;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "events on or after this day")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "events on or before this day")
  LocalDate to;

  @Option(names = "--place", paramLabel = "NAME|ISO3", description = "place name or the ISO-3 code of its country")
  String place;

  @Option(names = "--modality", paramLabel = "M", description = "asserted, intended, hypothetical or reported")
  String modality;

  @Option(names = "--text", paramLabel = "WORDS", description = "words in one of the event's sentences")
  String text;

  public EventFilter filter() {
    Optional<String> dyadSource = Optional.empty();
    Optional<String> dyadTarget = Optional.empty();
    if (dyad != null) {
      String[] parts = dyad.split("[:,]", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException("--dyad takes SOURCE:TARGET, e.g. RUS:CHN, was '" + dyad + "'");
      }
      dyadSource = Optional.of(parts[0].strip());
      dyadTarget = Optional.of(parts[1].strip());
    }
    if (dyad != null && (source != null || target != null)) {
      throw new IllegalArgumentException("--dyad names source and target; do not combine it with --source or --target");
    }
    return new EventFilter(Optional.ofNullable(actor), dyadSource.or(() -> Optional.ofNullable(source)),
        dyadTarget.or(() -> Optional.ofNullable(target)), Optional.ofNullable(code), Optional.ofNullable(rootCode),
        Optional.ofNullable(quadClass), Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(place),
        Optional.ofNullable(modality), Optional.ofNullable(text));
  }
}
