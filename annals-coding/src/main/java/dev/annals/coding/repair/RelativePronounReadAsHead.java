package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "President Julius Maada Bio, who chairs ECOWAS, telephoned Guinean leader Mamadi Doumbouya and
 * proposed ...": the parser may take "who" for a loose word of the name and the clause's verb for
 * a loose word of "who" ({@code dep(Bio, who)}, {@code dep(who, chairs)}), and then hang the verb
 * joined to the main one ("and proposed") inside that clause ({@code obj(chairs, proposed)}). The
 * clause is the noun's relative clause ({@code acl:relcl(Bio, chairs)}, {@code nsubj(chairs,
 * Bio)}, {@code ref(Bio, who)}), it ends at the comma after it, and a verb after the main verb
 * with "and" before it is joined to the main verb and shares its subject.
 */
public final class RelativePronounReadAsHead implements ParseRepair {
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency pronounEdge : sentence) {
      int noun = pronounEdge.governor();
      int pronoun = pronounEdge.dependent();
      if (!pronounEdge.relation().equals("dep") || noun < 0 || pronoun != noun + 2 || !tokens.get(noun + 1).text().equals(",")
          || !tokens.get(noun).isNoun() || !RELATIVE_PRONOUNS.contains(tokens.get(pronoun).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Dependency> clauseEdge = sentence.stream()
          .filter(d -> d.governor() == pronoun && d.relation().equals("dep") && d.dependent() == pronoun + 1 && tokens.get(d.dependent()).isVerb()).findFirst();
      Optional<Dependency> mainEdge = sentence.stream().filter(d -> d.dependent() == noun && d.relation().startsWith("nsubj") && d.governor() > pronoun).findFirst();
      if (clauseEdge.isEmpty() || mainEdge.isEmpty()) {
        continue;
      }
      int clause = clauseEdge.get().dependent();
      int main = mainEdge.get().governor();
      int end = closingComma(tokens, clause, main);
      if (end < 0) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.withRelativeClause(DependencyEdits.without(sentence, pronounEdge, clauseEdge.get()), noun, clause, pronoun);
      for (Dependency d : sentence) {
        int verb = d.dependent();
        boolean joinedVerb = verb > main && tokens.get(verb).isVerb() && d.governor() > pronoun && d.governor() < end
            && tokens.get(verb - 1).text().equalsIgnoreCase("and");
        if (!joinedVerb) {
          continue;
        }
        List<Dependency> rejoined = DependencyEdits.without(mended, mended.stream().filter(e -> e.dependent() == verb && e.governor() > pronoun && e.governor() < end)
            .toArray(Dependency[]::new));
        rejoined.add(new Dependency(main, verb, "conj:and"));
        rejoined.add(new Dependency(verb, noun, "nsubj"));
        return rejoined;
      }
      return mended;
    }
    return sentence;
  }

  /** The comma that closes the clause, before the main verb. */
  private static int closingComma(List<Token> tokens, int clause, int main) {
    for (int i = clause + 1; i < main; i++) {
      if (tokens.get(i).text().equals(",")) {
        return i;
      }
    }
    return -1;
  }
}
