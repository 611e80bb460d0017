package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "returned home on Friday after talks mediated by the Vatican": the parser may read the noun and
 * its participle after a preposition that can also begin a clause as that clause ({@code
 * mark(mediated, after)}, {@code nsubj(mediated, talks)}, {@code advcl:after(returned,
 * mediated)}), so that the talks mediate. A past participle with a "by" agent, no auxiliary,
 * copula or object, and its subject a common noun right before it, is the noun's reduced
 * relative, and the noun is the preposition's: {@code obl:after(returned, talks)}, {@code
 * case(talks, after)}, {@code acl(talks, mediated)}.
 */
public final class NounWithParticipleReadAsClauseAfterPreposition implements ParseRepair {
  /** Prepositions that also begin clauses: "after talks", "after the talks ended". */
  private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("after", "before", "since", "until");
  /** What a participle that is a verb of its own clause would have. */
  private static final Set<String> OWN_CLAUSE = Set.of("aux", "aux:pass", "cop", "obj", "iobj", "expl", "ccomp", "xcomp");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int participle = subject.governor();
      if (participle < 0 || !subject.relation().equals("nsubj") || subject.dependent() != participle - 1
          || !tokens.get(participle).tag().equals("VBN") || !isCommonNoun(tokens.get(subject.dependent()))
          || sentence.stream().anyMatch(d -> d.governor() == participle && OWN_CLAUSE.contains(d.relation()))
          || !DependencyEdits.hasChild(sentence, participle, "obl:by")) {
        continue;
      }
      Optional<Dependency> mark = sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("mark")
          && CLAUSE_PREPOSITIONS.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT))).findFirst();
      Optional<Dependency> clause = DependencyEdits.headEdge(sentence, participle).filter(d -> d.relation().startsWith("advcl"));
      if (mark.isEmpty() || clause.isEmpty()) {
        continue;
      }
      int noun = subject.dependent();
      String preposition = tokens.get(mark.get().dependent()).text().toLowerCase(Locale.ROOT);
      return DependencyEdits.mapped(sentence, d -> {
        if (d == subject) {
          return new Dependency(noun, participle, "acl");
        }
        if (d == mark.get()) {
          return new Dependency(noun, d.dependent(), "case");
        }
        if (d == clause.get()) {
          return new Dependency(d.governor(), noun, "obl:" + preposition);
        }
        return d;
      });
    }
    return sentence;
  }

  private static boolean isCommonNoun(Token token) {
    return token.tag().equals("NN") || token.tag().equals("NNS");
  }
}
