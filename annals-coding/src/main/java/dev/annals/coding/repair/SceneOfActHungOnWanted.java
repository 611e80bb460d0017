package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Belgian police arrested a Dutch man wanted over a string of grenade attacks in Rotterdam at a
 * flat in Antwerp on Saturday": the parser hangs where and when the arrest was made on the
 * participle that describes the man ({@code obl:at(wanted, flat)}, {@code nmod:on(flat,
 * Saturday)}), so the arrest has no day. Being wanted or suspected is a state, with no scene of
 * its own: an "at" phrase on such a participle, which describes the object of a verb, is where the
 * verb's act was done ({@code obl:at(arrested, flat)}), and a day hung on it or on the participle
 * is the act's day ({@code obl:on(arrested, Saturday)}).
 */
public final class SceneOfActHungOnWanted implements ParseRepair {
  /** Participles of a state one is in, not of an act: "wanted over", "suspected of", "accused of". */
  public static final Set<String> STATES_OF_BEING_SOUGHT = Set.of("want", "suspect", "accuse", "seek");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency acl : sentence) {
      int participle = acl.dependent();
      if (!acl.relation().equals("acl") || !RepairWords.isPastVerb(tokens.get(participle))
          || !STATES_OF_BEING_SOUGHT.contains(tokens.get(participle).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int noun = acl.governor();
      Optional<Integer> verb = sentence.stream().filter(d -> d.dependent() == noun && d.relation().equals("obj") && tokens.get(d.governor()).isVerb())
          .map(Dependency::governor).findFirst();
      Optional<Dependency> scene = sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("obl:at")).findFirst();
      if (verb.isEmpty()) {
        continue;
      }
      int act = verb.get();
      if (scene.isEmpty()) {
        // "arrested a Rwandan man wanted for the 1994 genocide at a house in Nairobi on Thursday"
        // (the "at" phrase hung inside the charge): no scene to move, but the day is still the act's.
        Optional<Dependency> day = sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("obl:on")
            && RepairWords.isDay(tokens.get(d.dependent()))).findFirst();
        if (day.isEmpty()) {
          continue;
        }
        return DependencyEdits.mapped(sentence, d -> d == day.get() ? new Dependency(act, d.dependent(), "obl:on") : d);
      }
      int place = scene.get().dependent();
      return DependencyEdits.mapped(sentence, d -> {
        if (d == scene.get()) {
          return new Dependency(act, place, "obl:at");
        }
        boolean dayOfScene = (d.governor() == place && d.relation().equals("nmod:on")) || (d.governor() == participle && d.relation().equals("obl:on"));
        if (dayOfScene && RepairWords.isDay(tokens.get(d.dependent()))) {
          return new Dependency(act, d.dependent(), "obl:on");
        }
        return d;
      });
    }
    return sentence;
  }
}
