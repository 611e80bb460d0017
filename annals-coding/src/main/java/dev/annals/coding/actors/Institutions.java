package dev.annals.coding.actors;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The named state bodies of actors/institutions.tsv: "the Knesset" is ISRLEG, "the FSB" RUSSPY,
 * "Xinhua" CHNMED, "the Pentagon" USAMIL, as ICEWS and GDELT code them. A name means one body of
 * one country; the loader makes sure no name is also a country's, region's, organisation's or
 * party's.
 */
public final class Institutions {
  /** No institutions: a user's PETRARCH actor dictionary replaces Annals' own names. */
  static final Institutions NONE = new Institutions(List.of());

  private final ProperNames<Institution> names = new ProperNames<>();

  private Institutions(List<Institution> lines) {
    for (Institution line : lines) {
      for (String name : line.names()) {
        names.computeIfAbsent(name, () -> line);
      }
    }
  }

  /**
   * Reads institutions.tsv (name, aliases, country, sector). A line that cannot be read stops
   * loading with the file, line and problem: a country not in countries.tsv, a sector that is no
   * state's, or a name that already names a country (its names, adjectives and seats of
   * government), a region, an organisation, a party or another institution.
   *
   * @param isCountry tells the ISO-3 codes of countries.tsv
   * @param takenBy what a name already names ("a country, region or organisation", "the party
   *     Likud"), if anything
   */
  public static Institutions read(String file, InputStream in, Predicate<String> isCountry, Function<String, Optional<String>> takenBy) {
    List<Institution> lines = new ArrayList<>();
    Map<String, String> ownerOfName = new HashMap<>();
    for (Row row : TsvFile.read(file, in, 4)) {
      String country = row.field(2).strip();
      if (!isCountry.test(country)) {
        throw row.error("country '" + country + "' is not an ISO-3 code of actors/countries.tsv");
      }
      Institution line;
      try {
        line = new Institution(row.field(0).strip(), row.values(1), country, row.field(3).strip());
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      String institution = line.name() + " (" + line.country() + line.sector() + ")";
      for (String written : line.names()) {
        Optional<String> taken = takenBy.apply(written);
        if (taken.isPresent()) {
          throw row.error("'" + written + "' already names " + taken.get() + "; one name must name one actor (leave it out, or write a longer form)");
        }
        String owner = ownerOfName.putIfAbsent(ProperNames.keyOf(written), institution);
        if (owner != null && !owner.equals(institution)) {
          throw row.error("'" + written + "' already names the institution " + owner + " (earlier in the file)");
        }
      }
      lines.add(line);
    }
    return new Institutions(lines);
  }

  /** The institution a name names, matched as a proper name ({@link ProperNames}). */
  Optional<Institution> match(String surface) {
    return names.match(surface);
  }

  /** Every name key (acronyms as written), to size the searches for names. */
  Set<String> names() {
    return names.keys();
  }
}
