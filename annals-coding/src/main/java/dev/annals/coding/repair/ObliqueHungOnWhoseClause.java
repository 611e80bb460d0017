package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "New Zealand agreed to pay compensation to Samoan villages whose reef and fishing grounds were
 * damaged": the parser hangs "to Samoan villages" on the "whose" clause ({@code obl:to(damaged,
 * villages)}) and the clause loosely on the paying ({@code dep(pay, damaged)}), so the
 * compensation goes to no one. A noun right before "whose" is what "whose" refers to: its
 * phrase hangs on the clause's governor with its preposition ({@code obl:to(pay, villages)}) and
 * the clause on the noun ({@code acl:relcl(villages, damaged)}). The clause may hang on it as a
 * clause told beside it too: "ordered the state to pay compensation to 23 Indonesians whose
 * fathers were executed" ({@code parataxis(pay, executed)}).
 */
public final class ObliqueHungOnWhoseClause implements ParseRepair {
  /** Relations the parser hangs such a clause by on the verb before it. */
  private static final java.util.Set<String> LOOSE = java.util.Set.of("dep", "parataxis");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency oblique : sentence) {
      int clause = oblique.governor();
      int noun = oblique.dependent();
      if (clause < 0 || !oblique.relation().startsWith("obl:") || noun + 1 >= tokens.size() || noun > clause
          || !tokens.get(noun + 1).tag().equals("WP$") || !tokens.get(noun).isNoun()) {
        continue;
      }
      Optional<Dependency> loose = sentence.stream().filter(d -> d.dependent() == clause && LOOSE.contains(d.relation()) && d.governor() >= 0 && d.governor() < noun)
          .findFirst();
      if (loose.isEmpty()) {
        continue;
      }
      int governor = loose.get().governor();
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == oblique) {
          mended.add(new Dependency(governor, noun, oblique.relation()));
        } else if (d == loose.get()) {
          mended.add(new Dependency(noun, clause, "acl:relcl"));
        } else {
          mended.add(d);
        }
      }
      return mended;
    }
    return sentence;
  }
}
