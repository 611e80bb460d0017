package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "began an exercise around the islets, drawing a protest from Japan, which claims the islands":
 * the parser makes the relative clause a complement of the main verb ({@code ccomp(began,
 * claims)}, {@code nsubj(claims, which)}), so the main clause reads as what Japan claims. A clause
 * whose subject is "which" or "who" right after a comma describes the noun before the comma:
 * {@code acl:relcl(Japan, claims)}, {@code nsubj(claims, Japan)}, {@code ref(Japan, which)}, as the
 * parser gives a relative clause it reads right; so does each clause joined to it.
 */
public final class RelativeClauseReadAsComplement implements ParseRepair {
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency complement : sentence) {
      if (!complement.relation().equals("ccomp") || complement.governor() < 0) {
        continue;
      }
      int clause = complement.dependent();
      for (Dependency subject : sentence) {
        int pronoun = subject.dependent();
        if (subject.governor() != clause || !subject.relation().equals("nsubj") || !RELATIVE_PRONOUNS.contains(tokens.get(pronoun).text().toLowerCase(java.util.Locale.ROOT))
            || pronoun < 2 || !tokens.get(pronoun - 1).text().equals(",") || !tokens.get(pronoun - 2).tag().startsWith("NN") || pronoun - 2 <= complement.governor()) {
          continue;
        }
        int noun = pronoun - 2;
        List<Dependency> mended = new ArrayList<>();
        for (Dependency d : sentence) {
          boolean sameSubject = d.relation().equals("nsubj") && d.dependent() == pronoun;
          boolean sameComplement = d.relation().equals("ccomp") && d.governor() == complement.governor()
              && sentence.stream().anyMatch(s -> s.governor() == d.dependent() && s.relation().equals("nsubj") && s.dependent() == pronoun);
          if (sameComplement) {
            mended.add(new Dependency(noun, d.dependent(), "acl:relcl"));
          } else if (sameSubject) {
            mended.add(new Dependency(d.governor(), noun, "nsubj"));
          } else {
            mended.add(d);
          }
        }
        mended.add(new Dependency(noun, pronoun, "ref"));
        return mended;
      }
    }
    return sentence;
  }
}
