package dev.annals.coding.actors;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The political parties of actors/parties.tsv, and what a party's name stands for on a given
 * day: its country's government (ZAFGOV for the ANC while it governs) or its opposition
 * (BGDOPP for the Awami League after August 2024), as ICEWS and GDELT code parties.
 */
public final class Parties {
  /** No parties: a user's PETRARCH actor dictionary replaces Annals' own names. */
  static final Parties NONE = new Parties(List.of());

  private final ProperNames<List<Party>> names = new ProperNames<>();
  /** Canonical name and country of every party, to tell a party's actor from a state's. */
  private final Map<String, String> countryByName = new HashMap<>();

  private Parties(List<Party> lines) {
    // The lines of one party (name and country) share their names: a later line may write "-".
    Map<String, List<Party>> byParty = new java.util.LinkedHashMap<>();
    for (Party line : lines) {
      countryByName.put(line.name(), line.country());
      byParty.computeIfAbsent(line.name() + "\t" + line.country(), k -> new ArrayList<>()).add(line);
    }
    for (List<Party> party : byParty.values()) {
      java.util.Set<String> names = new java.util.LinkedHashSet<>();
      for (Party line : party) {
        names.add(line.name());
        names.addAll(line.aliases());
      }
      for (String name : names) {
        party.forEach(line -> add(name, line));
      }
    }
  }

  private void add(String name, Party line) {
    List<Party> list = names.computeIfAbsent(name, ArrayList::new);
    if (!list.contains(line)) {
      list.add(line);
    }
  }

  /** The parties of these lines (tests and tools; the loader validates what it reads). */
  static Parties of(List<Party> lines) {
    return new Parties(lines);
  }

  /**
   * Reads parties.tsv (name, aliases, country, from, to). A line that cannot be read stops
   * loading with the file, line and problem: a date that is no date, a period that ends before
   * it starts, a country not in countries.tsv, or a name that already names a country,
   * organisation or another party (one name must mean one actor).
   *
   * @param isCountry tells the ISO-3 codes of countries.tsv
   * @param isTakenName tells names that already name a country, region or organisation
   */
  public static Parties read(String file, InputStream in, Predicate<String> isCountry, Predicate<String> isTakenName) {
    List<Party> lines = new ArrayList<>();
    Map<String, String> ownerOfName = new HashMap<>();
    for (Row row : TsvFile.read(file, in, 5)) {
      String name = row.field(0).strip();
      String country = row.field(2).strip();
      if (name.isEmpty() || name.equals("-")) {
        throw row.error("the party has no name");
      }
      if (!isCountry.test(country)) {
        throw row.error("country '" + country + "' is not an ISO-3 code of actors/countries.tsv");
      }
      Optional<LocalDate> from = date(row, 3, false);
      Optional<LocalDate> to = date(row, 4, true);
      Party line;
      try {
        line = new Party(name, row.values(1), country, from, to);
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      String party = name + " (" + country + ")";
      List<String> names = new ArrayList<>(line.aliases());
      names.add(0, name);
      for (String written : names) {
        String key = ProperNames.keyOf(written);
        if (isTakenName.test(written)) {
          throw row.error("'" + written + "' already names a country, region or organisation; leave it out or write a longer form");
        }
        String owner = ownerOfName.putIfAbsent(key, party);
        if (owner != null && !owner.equals(party)) {
          throw row.error("'" + written + "' already names the party " + owner + "; a name must name one party (write the country into it)");
        }
      }
      lines.add(line);
    }
    return new Parties(lines);
  }

  /**
   * A date column: {@code YYYY-MM-DD}, or a year alone (its first day as a start, its last as an
   * end), or {@code -}.
   */
  private static Optional<LocalDate> date(Row row, int column, boolean end) {
    Optional<String> written = row.optional(column);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    String value = written.get();
    try {
      if (value.matches("\\d{4}")) {
        int year = Integer.parseInt(value);
        return Optional.of(end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1));
      }
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw row.error("column " + (column + 1) + " must be a year (2009), a day (2009-01-06) or '-', was '" + value + "'");
    }
  }

  /**
   * The party a name names, as its country's government or opposition on that day. A party name
   * is a proper name: written in lower case ("law and justice") it names no party.
   *
   * @param when the article's day; without one, the party's standing as the file was last written
   */
  Optional<NameMatch> match(String surface, Optional<LocalDate> when) {
    List<Party> lines = names.match(surface).orElse(List.of());
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    boolean governs = when.isPresent() ? lines.stream().anyMatch(l -> l.governsOn(when.get())) : lines.stream().anyMatch(Party::governsStill);
    Party party = lines.get(0);
    return Optional.of(new NameMatch(actor(party, governs ? "GOV" : "OPP"), NameMatch.How.PARTY));
  }

  /** The actor of a party standing as government or opposition: the country's sector, under the party's name. */
  static Actor actor(Party party, String sector) {
    return new Actor(party.country() + sector, party.name(), Optional.of(party.country()), Optional.of(sector), ActorKind.PARTY);
  }

  /** Whether the actor is a party's (as {@link #match} builds them), whatever its standing. */
  boolean isParty(Actor actor) {
    String country = countryByName.get(actor.name());
    return country != null && actor.country().equals(Optional.of(country)) && actor.kind() == ActorKind.PARTY;
  }

  /** Every name key of a party (acronyms as written), to size the searches for names. */
  java.util.Set<String> names() {
    return names.keys();
  }
}
