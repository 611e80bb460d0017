package dev.annals.coding.cameo;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import dev.annals.model.Actor;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whom an act that names no target is aimed at, from cameo/implied-targets.tsv: a demonstration
 * with no stated target is aimed at the government of the country where it happens, a curfew at
 * that country's people. The longest matching code prefix wins.
 */
public final class ImpliedTargets {
  static final String RESOURCE = "dev/annals/coding/cameo/implied-targets.tsv";

  /** The implied target: a country, and the sector within it (empty for the country itself). */
  public record Implied(String country, Optional<String> sector) {
    public Implied {
      java.util.Objects.requireNonNull(country, "country");
      java.util.Objects.requireNonNull(sector, "sector");
    }
  }

  /**
   * One line: the implied sector (empty: the country itself), whether the source's own country
   * may stand in for the place's, whether the place must be of another country than the source's,
   * and the sectors of the sources it holds for (empty: any source).
   */
  private record Rule(Optional<String> sector, boolean home, boolean abroad, Set<String> by) {
    Rule {
      by = Set.copyOf(by);
    }

    boolean holdsFor(Actor source) {
      return by.isEmpty() || source.sector().map(by::contains).orElse(false);
    }
  }

  private final Map<String, Rule> byPrefix;

  private static final String GOVERNMENT = "GOV";
  /** Sectors of a country's political opposition, whose government is theirs wherever they act. */
  private static final Set<String> OPPOSITION = Set.of("OPP", "PTY");

  ImpliedTargets(Map<String, Rule> byPrefix) {
    this.byPrefix = Map.copyOf(byPrefix);
  }

  public static ImpliedTargets load() {
    Map<String, Rule> byPrefix = new HashMap<>();
    for (Row row : TsvFile.readResource(RESOURCE, 3)) {
      String code = row.field(0).strip();
      if (!code.matches("\\d{2,4}")) {
        throw row.error("code must be 2 to 4 digits of a CAMEO code, was '" + code + "'");
      }
      Optional<String> sector = row.optional(1);
      if (sector.isPresent() && !sector.get().matches("[A-Z]{3}")) {
        throw row.error("sector must be a three-letter agent code such as GOV or -, was '" + sector.get() + "'");
      }
      String where = row.field(2).strip();
      if (!Set.of("home", "place", "abroad").contains(where)) {
        throw row.error("where must be home, place or abroad, was '" + where + "'");
      }
      Set<String> by = row.optional(3).map(list -> Set.of(list.split(","))).orElse(Set.of());
      for (String bySector : by) {
        if (!bySector.matches("[A-Z]{3}")) {
          throw row.error("by must list three-letter agent codes separated by commas, such as OPP,CVL, was '" + bySector + "'");
        }
      }
      if (byPrefix.put(code, new Rule(sector, where.equals("home"), where.equals("abroad"), by)) != null) {
        throw row.error("code " + code + " appears twice");
      }
    }
    return new ImpliedTargets(byPrefix);
  }

  /**
   * The target implied for an event of {@code code} by {@code source} that names none, in the
   * country of its place, else (for a "home" line) in the source's own country; for an "abroad"
   * line only a place of another country than the source's. Empty when the code implies no
   * target, no country is known, or the implied target would be the source itself.
   */
  public Optional<Implied> of(String code, Actor source, Optional<String> placeCountry) {
    Optional<Rule> rule = Optional.empty();
    for (int length = code.length(); length >= 2 && rule.isEmpty(); length--) {
      rule = Optional.ofNullable(byPrefix.get(code.substring(0, length)));
    }
    if (rule.isEmpty() || !rule.get().holdsFor(source)) {
      return Optional.empty();
    }
    // "exiled Guinean opposition leaders held a rally in Dakar": an opposition opposes its own
    // government wherever it rallies or appeals, not the government of the place.
    boolean ownGovernmentOpposed = rule.get().home() && rule.get().sector().equals(Optional.of(GOVERNMENT)) && source.country().isPresent()
        && source.sector().filter(OPPOSITION::contains).isPresent();
    Optional<String> country = ownGovernmentOpposed ? source.country() : rule.get().home() ? placeCountry.or(source::country) : placeCountry;
    if (country.isEmpty() || (rule.get().abroad() && source.country().equals(country))) {
      return Optional.empty();
    }
    // "the government declared a state of emergency" is aimed at its people, but a government does
    // not demonstrate against itself.
    Optional<String> sector = rule.get().sector();
    boolean itself = source.country().equals(country) && source.sector().equals(sector);
    return itself ? Optional.empty() : Optional.of(new Implied(country.get(), sector));
  }
}
