package dev.annals.coding.actors;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demonyms two countries share (actors/shared-demonyms.tsv), read by the article: "Dominicans" in
 * a story that names Dominica and never the Dominican Republic are Dominica's.
 */
final class SharedDemonyms {
  /** One shared demonym: the country the dictionary gives it to and the others it may name. */
  private record Shared(String demonym, String usual, Set<String> others, Set<String> usualNames) {}

  private static final List<Shared> SHARED = load();

  private SharedDemonyms() {}

  private static List<Shared> load() {
    List<Shared> shared = new ArrayList<>();
    for (var row : TsvFile.readResource("dev/annals/coding/actors/shared-demonyms.tsv", 4)) {
      String names = row.field(3).strip();
      shared.add(new Shared(row.field(0).strip().toLowerCase(Locale.ROOT), row.field(1).strip(), Set.of(row.field(2).strip().split("\\|")),
          names.equals("-") ? Set.of() : Set.of(names.toLowerCase(Locale.ROOT).split("\\|"))));
    }
    return List.copyOf(shared);
  }

  /**
   * The article's mentions with each shared demonym given to the one other country the article
   * names, when it names that one and never the usual one but by the demonym. People keep the
   * country the dictionary knows them by.
   */
  static Map<Integer, List<ActorMention>> read(Map<Integer, List<ActorMention>> byHead, StateActors states) {
    Map<Integer, List<ActorMention>> result = byHead;
    for (Shared shared : SHARED) {
      List<ActorMention> all = result.values().stream().flatMap(List::stream).toList();
      Set<String> othersNamed = all.stream().map(m -> m.actor().country().orElse("")).filter(shared.others()::contains).collect(Collectors.toSet());
      boolean usualNamed = all.stream().anyMatch(m -> m.actor().country().equals(Optional.of(shared.usual())) && !byDemonym(m, shared));
      if (othersNamed.size() != 1 || usualNamed) {
        continue;
      }
      String other = othersNamed.iterator().next();
      Map<Integer, List<ActorMention>> remapped = new LinkedHashMap<>();
      for (var entry : result.entrySet()) {
        remapped.put(entry.getKey(), entry.getValue().stream().map(m -> byDemonym(m, shared) && m.actor().kind() != ActorKind.PERSON
            ? new ActorMention(m.span(), m.surface(), states.stateActor(other, m.actor().sector())) : m).toList());
      }
      result = remapped;
    }
    return result;
  }

  /**
   * Whether the mention has the usual country only by the shared word: it holds the word and no
   * name of the usual country that holds it, or it names nothing at all ("It said Congo would …",
   * "the ministry"), having taken its country from an earlier mention of the word.
   */
  private static boolean byDemonym(ActorMention m, Shared shared) {
    String surface = m.surface().toLowerCase(Locale.ROOT);
    return m.actor().country().equals(Optional.of(shared.usual()))
        && (surface.contains(shared.demonym()) && shared.usualNames().stream().noneMatch(surface::contains) || namesNothing(m.surface()));
  }

  /** Words that may open a sentence and so be capitalised without naming anything. */
  private static final Set<String> OPENING_WORDS = Set.of("the", "this", "that", "these", "those", "it", "its", "they", "their", "them");

  /** Whether a mention's words are all common ones, a capital on an opening word aside: "It", "The ministry". */
  private static boolean namesNothing(String surface) {
    String[] words = surface.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      boolean opening = i == 0 && OPENING_WORDS.contains(word.toLowerCase(Locale.ROOT));
      if (!opening && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
