package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Qatar sent two military transport planes carrying tents, food and medicine to Bangladesh on
 * Thursday": the parser may hang where and when the craft went on the participle that tells its
 * cargo ({@code obl:to(carrying, Bangladesh)}, {@code obl:on(carrying, Thursday)}). A destination
 * or a day after the cargo belongs to the verb of sending: {@code obl:to(sent, Bangladesh)}, {@code
 * obl:on(sent, Thursday)}.
 */
public final class DestinationHungOnCargoParticiple implements ParseRepair {
  /** Verbs that send a craft somewhere. */
  private static final Set<String> SENDING = Set.of("send", "fly", "dispatch", "deliver", "airlift", "deploy");
  /** Participles that tell a craft's cargo. */
  private static final Set<String> CARRYING = Set.of("carry", "load", "lade", "laden", "transport", "bring");
  /** Obliques of where and when, which a cargo does not have of its own. */
  private static final Set<String> MOVED = Set.of("obl:to", "obl:on", "obl:tmod", "obl:into");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency object : sentence) {
      int verb = object.governor();
      int craft = object.dependent();
      if (verb < 0 || !object.relation().equals("obj") || !SENDING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Dependency participle : sentence) {
        int carrying = participle.dependent();
        if (participle.governor() != craft || !participle.relation().equals("acl") || carrying < craft
            || !CARRYING.contains(tokens.get(carrying).lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        boolean hung = sentence.stream().anyMatch(d -> d.governor() == carrying && MOVED.contains(d.relation()));
        if (!hung) {
          continue;
        }
        return DependencyEdits.mapped(sentence, d -> d.governor() == carrying && MOVED.contains(d.relation()) ? new Dependency(verb, d.dependent(), d.relation()) : d);
      }
    }
    return sentence;
  }
}
