package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Mali and Guinea, whose citizens were also expelled, demanded an explanation": the parser may
 * leave the subject as the sentence's root and hang the "whose" clause on it as a loose
 * dependent ({@code root(Mali)}, {@code dep(Mali, expelled)}), with the main verb hung on that
 * clause ({@code dep(expelled, demanded)}), so the demand has no one making it. A finite verb
 * hung on a "whose" clause that hangs on a root noun is the main verb, the noun its subject
 * (with the nouns joined to it) and the clause the noun's: {@code root(demanded)}, {@code
 * nsubj(demanded, Mali)}, {@code nsubj(demanded, Guinea)}, {@code acl:relcl(Mali, expelled)}.
 */
public final class MainVerbHungOnWhoseClause implements ParseRepair {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int noun = DependencyEdits.root(sentence);
    if (noun < 0 || !tokens.get(noun).isNoun()) {
      return sentence;
    }
    for (Dependency clauseEdge : sentence) {
      int clause = clauseEdge.dependent();
      if (clauseEdge.governor() != noun || !clauseEdge.relation().equals("dep") || !tokens.get(clause).isVerb() || !hasWhose(tokens, sentence, clause)) {
        continue;
      }
      for (Dependency mainEdge : sentence) {
        int verb = mainEdge.dependent();
        if (mainEdge.governor() != clause || !mainEdge.relation().equals("dep") || verb < clause || !FINITE.contains(tokens.get(verb).tag())) {
          continue;
        }
        List<Dependency> mended = new ArrayList<>();
        for (Dependency d : sentence) {
          if (d != clauseEdge && d != mainEdge && d.governor() >= 0) {
            mended.add(d);
          }
        }
        mended.add(new Dependency(-1, verb, "root"));
        mended.add(new Dependency(verb, noun, "nsubj"));
        sentence.stream().filter(d -> d.governor() == noun && d.relation().startsWith("conj")).forEach(d -> mended.add(new Dependency(verb, d.dependent(), "nsubj")));
        mended.add(new Dependency(noun, clause, "acl:relcl"));
        return mended;
      }
    }
    return sentence;
  }

  /** Whether the clause's subject is owned by "whose": "whose citizens were expelled". */
  private static boolean hasWhose(List<Token> tokens, List<Dependency> sentence, int clause) {
    return !RepairWords.whoseOfSubject(tokens, sentence, clause).isEmpty();
  }
}
