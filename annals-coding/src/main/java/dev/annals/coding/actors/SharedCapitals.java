package dev.annals.coding.actors;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Capitals that also name an organisation (actors/shared-capitals.tsv), read by the article:
 * "Brussels" in a story that names Belgium and never names the EU otherwise is Belgium's
 * government.
 */
final class SharedCapitals {
  private record Shared(String name, String organisation, String country) {}

  private static final List<Shared> SHARED = load();

  private SharedCapitals() {}

  private static List<Shared> load() {
    List<Shared> shared = new ArrayList<>();
    for (var row : TsvFile.readResource("dev/annals/coding/actors/shared-capitals.tsv", 3)) {
      shared.add(new Shared(row.field(0).strip().toLowerCase(Locale.ROOT), row.field(1).strip(), row.field(2).strip()));
    }
    return List.copyOf(shared);
  }

  /** The article's mentions with each shared capital given to its country, where the article names that country and the organisation by no other name. */
  static Map<Integer, List<ActorMention>> read(Map<Integer, List<ActorMention>> byHead, StateActors states) {
    Map<Integer, List<ActorMention>> result = byHead;
    for (Shared shared : SHARED) {
      List<ActorMention> all = result.values().stream().flatMap(List::stream).toList();
      boolean countryNamed = all.stream().anyMatch(m -> m.actor().country().equals(Optional.of(shared.country())));
      boolean organisationNamedOtherwise = all.stream().anyMatch(m -> m.actor().code().equals(shared.organisation()) && !byCapital(m, shared));
      if (!countryNamed || organisationNamedOtherwise) {
        continue;
      }
      Map<Integer, List<ActorMention>> remapped = new LinkedHashMap<>();
      for (var entry : result.entrySet()) {
        remapped.put(entry.getKey(), entry.getValue().stream().map(m -> byCapital(m, shared)
            ? new ActorMention(m.span(), m.surface(), states.stateActor(shared.country(), Optional.of("GOV"))) : m).toList());
      }
      result = remapped;
    }
    return result;
  }

  /** Named by the capital alone, or as the owner of a common noun ("Brussels' envoy"), not by another name beside it. */
  private static boolean byCapital(ActorMention m, Shared shared) {
    if (!m.actor().code().equals(shared.organisation())) {
      return false;
    }
    String[] words = m.surface().replaceAll("'s?\\b|'", " ").trim().split("\\s+");
    return words[0].toLowerCase(Locale.ROOT).equals(shared.name())
        && java.util.Arrays.stream(words).skip(1).noneMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
  }
}
