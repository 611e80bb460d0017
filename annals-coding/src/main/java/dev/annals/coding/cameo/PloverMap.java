package dev.annals.coding.cameo;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import dev.annals.model.PloverType;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO to PLOVER map from cameo/plover.tsv. Every CAMEO code has a line: a PLOVER type, or
 * {@code -} for the codes PLOVER drops, so that a code the map forgot is an error at load time,
 * not an event that silently has no PLOVER type.
 */
public final class PloverMap {
  static final String RESOURCE = "dev/annals/coding/cameo/plover.tsv";

  private final Map<String, Optional<PloverType>> byCode;

  private PloverMap(Map<String, Optional<PloverType>> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  public static PloverMap load() {
    return of(TsvFile.readResource(RESOURCE, 4));
  }

  /** Reads a map in the plover.tsv format from a stream; {@code name} is used in error messages. */
  public static PloverMap read(String name, InputStream in) {
    return of(TsvFile.read(name, in, 4));
  }

  private static PloverMap of(List<Row> rows) {
    Map<String, Optional<PloverType>> byCode = new LinkedHashMap<>();
    for (Row row : rows) {
      String code = row.field(0).strip();
      if (!code.matches("\\d{2,4}")) {
        throw row.error("CAMEO code must be 2 to 4 digits, was '" + code + "'");
      }
      Optional<String> type = row.optional(1);
      if (type.isEmpty() && (row.optional(2).isPresent() || row.optional(3).isPresent())) {
        throw row.error("code " + code + " has a mode or context but no PLOVER type");
      }
      Optional<PloverType> plover;
      try {
        plover = type.map(t -> new PloverType(t, row.optional(2), row.values(3)));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      if (byCode.put(code, plover) != null) {
        throw row.error("code " + code + " appears twice");
      }
    }
    return new PloverMap(byCode);
  }

  /** True when the map has a line for the code (a PLOVER type or an explicit "dropped"). */
  public boolean covers(String code) {
    return byCode.containsKey(code);
  }

  /** The PLOVER type of a CAMEO code; empty when PLOVER drops the code or the map lacks it. */
  public Optional<PloverType> plover(String code) {
    return byCode.getOrDefault(code, Optional.empty());
  }
}
