package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Lithuania barred 19 Georgian judges from entering the country, accusing them of jailing
 * protesters": the parser hangs the clause after the comma on the gerund inside the first clause
 * ({@code dep(entering, accusing)}), so the judges, who would enter, seem to accuse. A participle
 * after a comma that closes a gerund's phrase ("from entering the country") tells what the doer of
 * the main verb did as it acted: it hangs on that verb ({@code advcl(barred, accusing)}), whose
 * subject is its own.
 */
public final class ClosingParticipleHungOnInnerGerund implements ParseRepair {
  /** Relations the parser gives the closing participle on the gerund. */
  private static final Set<String> LOOSE_RELATIONS = Set.of("dep", "advcl", "xcomp", "conj");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency loose : sentence) {
      int participle = loose.dependent();
      int gerund = loose.governor();
      if (!LOOSE_RELATIONS.contains(loose.relation()) || gerund < 0 || participle <= gerund || !tokens.get(participle).tag().equals("VBG")
          || !tokens.get(gerund).tag().equals("VBG") || participle < 1 || !tokens.get(participle - 1).text().equals(",")) {
        continue;
      }
      // The gerund is a clause of a finite verb's, by a preposition: "barred … from entering".
      Optional<Dependency> inner = sentence.stream().filter(d -> d.dependent() == gerund && d.relation().startsWith("advcl:") && d.governor() >= 0
          && RepairWords.isFiniteVerb(tokens.get(d.governor()))).findFirst();
      if (inner.isEmpty()) {
        continue;
      }
      int verb = inner.get().governor();
      return DependencyEdits.mapped(sentence, d -> d == loose ? new Dependency(verb, participle, "advcl") : d);
    }
    return sentence;
  }
}
