package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Portugal's environment ministry asked Madrid": the parser may hang the possessive on the first
 * word of the compound ({@code nmod:poss(environment, Portugal)}, {@code compound(ministry,
 * environment)}), so the ministry has no owner and is nobody's. A possessive names the owner of
 * the whole phrase, whose head is the compound's: {@code nmod:poss(ministry, Portugal)}.
 */
public final class PossessiveHungOnCompound implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency owner : sentence) {
      int modifier = owner.governor();
      if (modifier < 0 || !owner.relation().equals("nmod:poss") || owner.dependent() > modifier) {
        continue;
      }
      Optional<Dependency> compound = sentence.stream().filter(d -> d.dependent() == modifier && d.relation().equals("compound") && d.governor() > modifier
          && tokens.get(d.governor()).isNoun()).findFirst();
      if (compound.isEmpty() || sentence.stream().anyMatch(d -> d.governor() == compound.get().governor() && d.relation().equals("nmod:poss"))) {
        continue;
      }
      int head = compound.get().governor();
      return DependencyEdits.mapped(sentence, d -> d == owner ? new Dependency(head, owner.dependent(), "nmod:poss") : d);
    }
    return sentence;
  }
}
