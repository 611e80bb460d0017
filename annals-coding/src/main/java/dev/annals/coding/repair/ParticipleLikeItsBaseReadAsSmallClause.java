package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "it had suspended a joint Arctic observatory run with China": a participle spelled as its base
 * form ("run", "set", "put") may be tagged a bare verb and read as a clause the main verb
 * reports, with the thing as its subject ({@code ccomp(suspended, run)}, {@code nsubj(run,
 * observatory)}), so nothing is suspended. A bare verb cannot head such a clause after a singular
 * common noun unless the main verb takes a bare infinitive ("made the plant run"); so, the main
 * verb having no object of its own and the bare verb no auxiliary, marker or object, the noun is
 * the main verb's object and the verb its participle: {@code obj(suspended, observatory)},
 * {@code acl(observatory, run)}.
 */
public final class ParticipleLikeItsBaseReadAsSmallClause implements ParseRepair {
  /** Verbs whose past participle is spelled as their base form. */
  private static final Set<String> PARTICIPLE_AS_BASE = Set.of("run", "set", "put", "cut", "hit", "shut", "spread", "cast", "split", "bid",
      "broadcast", "forecast", "hurt", "upset", "offset", "reset", "beset", "overrun", "rerun", "outrun", "come", "become", "overcome", "let");
  /** Verbs that take a bare infinitive after their object: "made the plant run", "let the ships pass". */
  private static final Set<String> BARE_INFINITIVE_TAKERS = Set.of("make", "let", "have", "help", "see", "watch", "hear", "feel", "notice", "bid");
  private static final Set<String> OWN_CLAUSE = Set.of("aux", "aux:pass", "cop", "obj", "iobj", "expl", "mark");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency reported : sentence) {
      int main = reported.governor();
      int verb = reported.dependent();
      if (main < 0 || !reported.relation().equals("ccomp") || verb < main || !tokens.get(verb).tag().equals("VB")
          || !PARTICIPLE_AS_BASE.contains(tokens.get(verb).text().toLowerCase(Locale.ROOT))
          || BARE_INFINITIVE_TAKERS.contains(tokens.get(main).lemma().toLowerCase(Locale.ROOT)) || DependencyEdits.hasChild(sentence, main, "obj")
          || sentence.stream().anyMatch(d -> d.governor() == verb && OWN_CLAUSE.contains(d.relation()))) {
        continue;
      }
      List<Dependency> subjects = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj")).toList();
      // One thing, a singular common noun right before the verb: "observatory run".
      if (subjects.size() != 1 || subjects.get(0).dependent() != verb - 1 || !tokens.get(verb - 1).tag().equals("NN")) {
        continue;
      }
      Dependency subject = subjects.get(0);
      return DependencyEdits.mapped(sentence, d -> {
        if (d == reported) {
          return new Dependency(subject.dependent(), verb, "acl");
        }
        if (d == subject) {
          return new Dependency(main, subject.dependent(), "obj");
        }
        return d;
      });
    }
    return sentence;
  }
}
