package dev.annals.coding.actors;

import dev.annals.coding.knowledge.KnowledgeFileException;
import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Which countries their armed forces ruled, and when (actors/military-rule.tsv). */
final class MilitaryRule {
  /** One period of military rule; {@code to} empty while it lasts. */
  private record Period(String country, LocalDate from, Optional<LocalDate> to) {
    boolean covers(String iso3, LocalDate day) {
      return country.equals(iso3) && !day.isBefore(from) && to.map(end -> !day.isAfter(end)).orElse(true);
    }
  }

  private static final String FILE = "dev/annals/coding/actors/military-rule.tsv";

  private final List<Period> periods;

  private MilitaryRule(List<Period> periods) {
    this.periods = List.copyOf(periods);
  }

  /** The periods Annals ships, checked against the countries of actors/countries.tsv. */
  static MilitaryRule load(Predicate<String> isCountry) {
    InputStream in = MilitaryRule.class.getClassLoader().getResourceAsStream(FILE);
    if (in == null) {
      throw new KnowledgeFileException("knowledge file " + FILE + " is missing from the class path");
    }
    return read(FILE, in, isCountry);
  }

  /**
   * Reads a military-rule file. A line that cannot be read stops loading with the file, line and
   * problem: a country not in countries.tsv, a day that is no day, or a period that ends before it
   * starts.
   */
  static MilitaryRule read(String file, InputStream in, Predicate<String> isCountry) {
    List<Period> periods = new ArrayList<>();
    for (Row row : TsvFile.read(file, in, 3)) {
      String country = row.field(0).strip();
      if (!isCountry.test(country)) {
        throw row.error("country '" + country + "' is not an ISO-3 code of actors/countries.tsv");
      }
      LocalDate from = day(row, 1).orElseThrow(() -> row.error("column 2 must be the first day of military rule (2023-07-26)"));
      Optional<LocalDate> to = day(row, 2);
      if (to.isPresent() && to.get().isBefore(from)) {
        throw row.error("the period ends (" + to.get() + ") before it starts (" + from + ")");
      }
      periods.add(new Period(country, from, to));
    }
    return new MilitaryRule(periods);
  }

  private static Optional<LocalDate> day(Row row, int column) {
    Optional<String> written = row.optional(column);
    try {
      return written.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw row.error("column " + (column + 1) + " must be a day (2023-07-26) or '-', was '" + written.get() + "'");
    }
  }

  /** Whether the country's armed forces ruled it on that day. */
  boolean ruled(String iso3, LocalDate day) {
    return periods.stream().anyMatch(p -> p.covers(iso3, day));
  }
}
