package dev.annals.coding.actors;

import java.util.List;

/** One line of actors/organisations.tsv. */
public record Organisation(String code, String name, List<String> names, String cameoCode, String kind, List<String> members) {
  public Organisation {
    names = List.copyOf(names);
    members = List.copyOf(members);
  }
}
