package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Several refugees told reporters that camp officials had cut food rations, an accusation the
 * Tanzanian ministry denied": what a speaker told, named after it as an accusation or a claim
 * that another denied or rejected, was an accusation (112) of the denier, and the denial is aimed
 * at the speaker, not at whoever the story last set against the denier.
 */
final class DeniedAccusations {
  /** Nouns that name what was said as a charge against someone. */
  private static final Set<String> CHARGE_NOUNS = Set.of("accusation", "allegation", "charge", "claim", "assertion");
  /** Turning a charge down: a denial (016) or a rejection (12). */
  private static final String DENIAL = "016";
  private static final String REJECTION_ROOT = "12";
  /** CAMEO's "make statement, not specified below". */
  private static final String PLAIN_STATEMENT = "010";

  private final EventType accusation;

  DeniedAccusations(CameoCodebook codebook) {
    this.accusation = codebook.require("112", "what a speaker told, which another denied as an accusation");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>(coded);
    for (CodedMention denial : coded) {
      boolean denying = denial.type().code().equals(DENIAL) || denial.type().rootCode().equals(REJECTION_ROOT);
      if (!denying) {
        continue;
      }
      Optional<Integer> charge = index.parents(denial.trigger()).stream()
          .filter(d -> d.relation().equals("acl:relcl") && d.governor() >= 0 && CHARGE_NOUNS.contains(index.lemma(d.governor())))
          .map(d -> d.governor()).findFirst();
      if (charge.isEmpty()) {
        continue;
      }
      Optional<CodedMention> told = coded.stream()
          .filter(s -> s.type().code().equals(PLAIN_STATEMENT) && s.sentence() == denial.sentence()
              && index.parents(charge.get()).stream().anyMatch(d -> d.governor() == s.trigger() && (d.relation().equals("dep") || d.relation().equals("appos"))))
          .findFirst();
      if (told.isEmpty() || told.get().source().actor().code().equals(denial.source().actor().code())) {
        continue;
      }
      CodedMention speaker = told.get();
      result.replaceAll(m -> m == denial ? m.withTarget(speaker.source()) : m == speaker ? m.withType(accusation).withTarget(denial.source()) : m);
    }
    return result;
  }
}
