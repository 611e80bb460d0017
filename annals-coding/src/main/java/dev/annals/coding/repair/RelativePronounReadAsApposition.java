package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "will lend Poland 2 billion dollars to pay for the plant, which is due to open in 2028": the
 * parser may take "which" after a comma for an apposition of the noun and the clause's verb for a
 * loose word of it ({@code appos(plant, which)}, {@code dep(which, is)}), so that the clause's
 * time ("in 2028") reads as the time of the verbs above. The clause is the noun's relative clause
 * ({@code acl:relcl(plant, is)}, {@code nsubj(is, plant)}, {@code ref(plant, which)}).
 */
public final class RelativePronounReadAsApposition implements ParseRepair {
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency apposition : sentence) {
      int noun = apposition.governor();
      int pronoun = apposition.dependent();
      if (!apposition.relation().equals("appos") || noun < 0 || pronoun != noun + 2 || !tokens.get(noun + 1).text().equals(",") || !tokens.get(noun).isNoun()
          || !RELATIVE_PRONOUNS.contains(tokens.get(pronoun).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Dependency> clauseEdge = sentence.stream()
          .filter(d -> d.governor() == pronoun && d.relation().equals("dep") && d.dependent() == pronoun + 1 && tokens.get(d.dependent()).isVerb()).findFirst();
      if (clauseEdge.isEmpty()) {
        continue;
      }
      int clause = clauseEdge.get().dependent();
      return DependencyEdits.withRelativeClause(DependencyEdits.without(sentence, apposition, clauseEdge.get()), noun, clause, pronoun);
    }
    return sentence;
  }
}
