package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Pakistan accused India of sponsoring the militants, a charge New Delhi rejected": the parser
 * may make the noun before the apposition the subject of the verb ({@code nsubj(rejected,
 * militants)}, with {@code appos(militants, charge)}) and hang the name on the claim noun (say
 * {@code dep(charge, Delhi)}), so that the militants reject the charge. A proper noun right
 * between a claim noun in apposition and a verb is the verb's subject, and the verb a relative
 * clause on the claim noun: {@code nsubj(rejected, Delhi)}, {@code acl:relcl(charge, rejected)};
 * whatever else held the verb lets it go.
 */
public final class RelativeClauseAfterClaimNoun implements ParseRepair {
  /** Nouns of a claim that a reduced relative clause after them answers: "a charge New Delhi rejected". */
  private static final Set<String> CLAIM_NOUNS = Set.of("charge", "claim", "accusation", "allegation", "assertion", "report", "suggestion");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int verb = subject.governor();
      if (!subject.relation().equals("nsubj") || verb < 0 || !tokens.get(verb).tag().startsWith("VB")) {
        continue;
      }
      for (Dependency appos : sentence) {
        int claim = appos.dependent();
        if (appos.governor() != subject.dependent() || !appos.relation().equals("appos") || claim > verb
            || !CLAIM_NOUNS.contains(tokens.get(claim).lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        // The name: the proper nouns right before the verb, hung on the claim noun.
        int name = verb - 1;
        if (name <= claim || !tokens.get(name).tag().startsWith("NNP")) {
          continue;
        }
        boolean hungOnClaim = sentence.stream().anyMatch(d -> d.dependent() == name && d.governor() == claim);
        if (!hungOnClaim) {
          continue;
        }
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : sentence) {
          boolean verbAttachment = d.dependent() == verb && d.governor() != claim;
          if (d == subject || (d.dependent() == name && d.governor() == claim) || verbAttachment) {
            continue;
          }
          out.add(d);
        }
        out.add(new Dependency(verb, name, "nsubj"));
        out.add(new Dependency(claim, verb, "acl:relcl"));
        return out;
      }
    }
    return sentence;
  }
}
