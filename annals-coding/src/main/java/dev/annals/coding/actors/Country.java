package dev.annals.coding.actors;

import java.util.List;

/** One line of actors/countries.tsv. */
public record Country(
    String iso3,
    String iso2,
    String name,
    List<String> names,
    List<String> adjectives,
    String capital,
    List<String> metonyms,
    double latitude,
    double longitude) {
  public Country {
    names = List.copyOf(names);
    adjectives = List.copyOf(adjectives);
    metonyms = List.copyOf(metonyms);
  }
}
