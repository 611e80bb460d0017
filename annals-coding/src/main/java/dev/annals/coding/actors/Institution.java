package dev.annals.coding.actors;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of actors/institutions.tsv: a state's body that news calls by its own name (the
 * Knesset, the FSB, Xinhua, the Pentagon) and the country and CAMEO sector it stands for.
 *
 * @param name the institution's usual English name
 * @param aliases acronyms and other names; one written in capitals only matches only in capitals
 * @param country ISO-3 code of the state it belongs to
 * @param sector the CAMEO sector of the body: one of {@link #SECTORS}
 */
public record Institution(String name, List<String> aliases, String country, String sector) {
  /**
   * The sectors a state's named body can have: a state's branches and its media, SEP for the
   * authorities of a breakaway region, which CAMEO codes as the state's separatists, and REB, INS
   * and OPP for a movement that fights or rivals the state from within it (Myanmar's People's
   * Defence Force, Iran's Jaish al-Adl, Myanmar's National Unity Government).
   */
  public static final Set<String> SECTORS = Set.of("GOV", "LEG", "MIL", "COP", "JUD", "SPY", "MED", "SEP", "REB", "INS", "OPP");

  public Institution {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    aliases = List.copyOf(aliases);
    if (name.isBlank() || name.equals("-")) {
      throw new IllegalArgumentException("an institution needs a name");
    }
    if (!SECTORS.contains(sector)) {
      throw new IllegalArgumentException("sector '" + sector + "' of " + name + " is not one of a state's sectors " + SECTORS.stream().sorted().toList());
    }
  }

  /** The name and the aliases, the name first. */
  public List<String> names() {
    List<String> all = new java.util.ArrayList<>(aliases);
    all.add(0, name);
    return List.copyOf(all);
  }
}
