package dev.annals.coding.place;

import dev.annals.coding.knowledge.TsvFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of {@code place/us-states.tsv}: a US state as news names it.
 *
 * @param fips the Census Bureau's 2-digit code, which joins the us-atlas shapes
 * @param postal the USPS code, which is also GeoNames' admin-1 code of the state's cities
 * @param name "Georgia"
 * @param abbreviations written short forms, dots kept ("Ga.", "W.Va.")
 * @param countyWord what the state calls its counties ("County", "Parish", "Borough")
 */
public record UsState(String fips, String postal, String name, List<String> abbreviations, String countyWord) {
  public static final String RESOURCE = "dev/annals/coding/place/us-states.tsv";
  private static final Pattern FIPS = Pattern.compile("\\d{2}");
  private static final Pattern POSTAL = Pattern.compile("[A-Z]{2}");

  public UsState {
    abbreviations = List.copyOf(abbreviations);
  }

  /**
   * Every state of {@code place/us-states.tsv}, in the file's order.
   *
   * @throws dev.annals.coding.knowledge.KnowledgeFileException naming the line of a malformed row
   */
  public static List<UsState> load() {
    List<UsState> states = new ArrayList<>();
    for (TsvFile.Row row : TsvFile.readResource(RESOURCE, 5)) {
      String fips = row.field(0).strip();
      String postal = row.field(1).strip();
      if (!FIPS.matcher(fips).matches()) {
        throw row.error("fips must be two digits, was '" + fips + "'");
      }
      if (!POSTAL.matcher(postal).matches()) {
        throw row.error("postal must be two capital letters, was '" + postal + "'");
      }
      String name = row.optional(2).orElseThrow(() -> row.error("the name is empty"));
      String countyWord = row.optional(4).orElseThrow(() -> row.error("the county word is empty"));
      states.add(new UsState(fips, postal, name, row.values(3), countyWord));
    }
    return states;
  }
}
