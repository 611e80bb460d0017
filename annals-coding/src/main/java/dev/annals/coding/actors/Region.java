package dev.annals.coding.actors;

import java.util.List;

/** One line of actors/regions.tsv. */
public record Region(String code, String name, List<String> names, List<String> adjectives, List<String> members) {
  public Region {
    names = List.copyOf(names);
    adjectives = List.copyOf(adjectives);
    members = List.copyOf(members);
  }
}
