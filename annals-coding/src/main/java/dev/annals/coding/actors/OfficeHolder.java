package dev.annals.coding.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One term of office, a line of actors/people.tsv. */
public record OfficeHolder(
    String name, List<String> aliases, Optional<String> country, String sector, String role, int fromYear, Optional<Integer> toYear) {
  public OfficeHolder {
    aliases = List.copyOf(aliases);
  }

  public boolean inOfficeDuring(LocalDate date) {
    int year = date.getYear();
    return year >= fromYear && toYear.map(to -> year <= to).orElse(true);
  }

  /** Distance in years from the term, 0 inside it; ranks terms when no term covers the date. */
  public int yearsAway(LocalDate date) {
    int year = date.getYear();
    if (year < fromYear) {
      return fromYear - year;
    }
    return toYear.map(to -> Math.max(0, year - to)).orElse(0);
  }
}
