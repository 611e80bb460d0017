package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "The Dutch justice ministry said the two countries would set up a joint investigation team with
 * Europol to trace the gang's cocaine shipments": two sides setting up a joint body together
 * cooperate with each other (060, each way); what the body is for (an investigation of the gang)
 * is its work, not what they do to each other.
 */
final class JointUndertakings {
  /** Verbs of bringing a body into being. */
  private static final Set<String> FOUNDING_VERBS = Set.of("set", "establish", "form", "create", "launch");
  /** Words that make a body the sides' shared one. */
  private static final Set<String> SHARED_WORDS = Set.of("joint", "bilateral", "binational");

  private final EventType cooperation;

  JointUndertakings(CameoCodebook codebook) {
    this.cooperation = codebook.require("060", "a joint body two sides set up together");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    // Each joint founding's mentions, one for each side's country, in the order told.
    Map<Integer, Map<String, CodedMention>> sidesByTrigger = new HashMap<>();
    for (CodedMention m : coded) {
      if (founds(index, m.trigger()) && m.source().actor().country().isPresent()) {
        sidesByTrigger.computeIfAbsent(m.trigger(), t -> new LinkedHashMap<>()).putIfAbsent(m.source().actor().country().get(), m);
      }
    }
    List<CodedMention> result = new ArrayList<>();
    Set<Integer> paired = new HashSet<>();
    for (CodedMention m : coded) {
      List<CodedMention> sides = new ArrayList<>(sidesByTrigger.getOrDefault(m.trigger(), Map.of()).values());
      if (sides.size() != 2) {
        result.add(m);
        continue;
      }
      // Once per pair, where the first of the trigger's mentions stood.
      if (paired.add(m.trigger())) {
        for (CodedMention side : sides) {
          CodedMention other = sides.get(0) == side ? sides.get(1) : sides.get(0);
          result.add(new CodedMention(side.sentence(), side.trigger(), side.anchors(), side.source(), java.util.Optional.of(other.source()), cooperation,
              side.modality(), side.negated(), false, side.tense(), side.pattern() + " (joint body)"));
        }
      }
    }
    return result;
  }

  /** Whether the verb brings a joint body into being: "set up a joint investigation team". */
  private static boolean founds(DependencyIndex index, int verb) {
    // "a joint investigation team" may hang "joint" on the compound: "investigation".
    return FOUNDING_VERBS.contains(index.lemma(verb).toLowerCase(Locale.ROOT)) && index.children(verb, Set.of("obj")).stream()
        .flatMap(o -> java.util.stream.Stream.concat(java.util.stream.Stream.of(o), index.children(o, Set.of("compound")).stream()))
        .anyMatch(o -> index.children(o, Set.of("amod", "compound")).stream().anyMatch(a -> SHARED_WORDS.contains(index.lemma(a).toLowerCase(Locale.ROOT))));
  }
}
