package dev.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which aggregated events a query wants. Actor codes match as prefixes ({@code RUS} matches
 * {@code RUSGOV}); every value reaches SQL as a bound parameter.
 *
 * @param actor source or target
 * @param source who acts
 * @param target who is acted upon
 * @param code CAMEO code prefix ("04", "042")
 * @param rootCode two-digit CAMEO root code
 * @param quadClass 1 to 4
 * @param from first day (inclusive)
 * @param to last day (inclusive)
 * @param place place name (case-insensitive) or ISO-3 country of the place
 * @param modality asserted, intended, hypothetical, reported
 * @param text words that must occur in one of the event's sentences (case-insensitive)
 */
public record EventFilter(
    Optional<String> actor,
    Optional<String> source,
    Optional<String> target,
    Optional<String> code,
    Optional<String> rootCode,
    Optional<Integer> quadClass,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> place,
    Optional<String> modality,
    Optional<String> text) {
  public EventFilter {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rootCode, "rootCode");
    Objects.requireNonNull(quadClass, "quadClass");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(text, "text");
    quadClass.ifPresent(q -> {
      if (q < 1 || q > 4) {
        throw new IllegalArgumentException("quad class must be 1 to 4, was " + q);
      }
    });
    code.ifPresent(c -> {
      if (!c.matches("\\d{1,4}")) {
        throw new IllegalArgumentException("CAMEO code must be digits, was '" + c + "'");
      }
    });
  }

  public static EventFilter all() {
    return new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public EventFilter withSource(String value) {
    return new EventFilter(actor, Optional.of(value), target, code, rootCode, quadClass, from, to, place, modality, text);
  }

  public EventFilter withTarget(String value) {
    return new EventFilter(actor, source, Optional.of(value), code, rootCode, quadClass, from, to, place, modality, text);
  }

  public EventFilter withActor(String value) {
    return new EventFilter(Optional.of(value), source, target, code, rootCode, quadClass, from, to, place, modality, text);
  }

  /** A SQL condition over the {@code events} table aliased {@code e}, and its parameters in order. */
  record Where(String sql, List<Object> parameters) {}

  Where where() {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    actor.ifPresent(a -> {
      conditions.add("(e.source_code LIKE ? OR e.target_code LIKE ?)");
      parameters.add(prefix(a));
      parameters.add(prefix(a));
    });
    source.ifPresent(s -> {
      conditions.add("e.source_code LIKE ?");
      parameters.add(prefix(s));
    });
    target.ifPresent(t -> {
      conditions.add("e.target_code LIKE ?");
      parameters.add(prefix(t));
    });
    code.ifPresent(c -> {
      conditions.add("e.cameo_code LIKE ?");
      parameters.add(c + "%");
    });
    rootCode.ifPresent(r -> {
      conditions.add("e.root_code = ?");
      parameters.add(r.length() == 1 ? "0" + r : r);
    });
    quadClass.ifPresent(q -> {
      conditions.add("e.quad_class = ?");
      parameters.add(q);
    });
    from.ifPresent(f -> {
      conditions.add("e.date_end >= ?");
      parameters.add(java.sql.Date.valueOf(f));
    });
    to.ifPresent(t -> {
      conditions.add("e.date_start <= ?");
      parameters.add(java.sql.Date.valueOf(t));
    });
    place.ifPresent(p -> {
      conditions.add("(lower(e.place_name) = lower(?) OR e.place_country = upper(?))");
      parameters.add(p);
      parameters.add(p);
    });
    modality.ifPresent(m -> {
      conditions.add("e.modality = lower(?)");
      parameters.add(m);
    });
    text.ifPresent(t -> {
      conditions.add("EXISTS (SELECT 1 FROM event_links l JOIN event_mentions m ON m.mention_id = l.mention_id "
          + "WHERE l.event_id = e.event_id AND m.sentence ILIKE ?)");
      parameters.add("%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    });
    return new Where(conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions), parameters);
  }

  private static String prefix(String code) {
    return code.toUpperCase().replace("%", "").replace("_", "\\_") + "%";
  }
}
