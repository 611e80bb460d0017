package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Sikorski accused Moscow of waging a campaign of sabotage": what one side accuses another of is
 * the accusation's content, coded by the accusation (112); coding the alleged act as well, in the
 * accused's name, would record a sabotage campaign no one has shown happened. So too what is
 * blamed on someone ("blamed the TPLF for looting deliveries"), down the clauses they govern
 * ("accused Havana of trying to hijack the summit"), and what a denied claim tells ("rejected any
 * suggestion that Nairobi supported armed groups"). (What is denied outright is coded negated:
 * {@code ClauseMood.denied}.)
 */
final class AllegedActs {
  /**
   * Verbs and the clause relations that hold what they allege. "Accused the three of trying to
   * encircle it" may come out with "of trying" on the object and the infinitive on the verb as
   * its complement (xcomp): no one accuses someone "to" do something, so it is still what is alleged.
   */
  // (A means told by "by" is the alleged act's too, where the parser hangs it on the accusing:
  // "accused Italy of outsourcing pushbacks to Libya by funding its coast guard".)
  private static final Map<String, Set<String>> ALLEGING = Map.of(
      "accuse", Set.of("advcl:of", "xcomp", "advcl:by"), "suspect", Set.of("advcl:of", "xcomp"), "charge", Set.of("advcl:of", "advcl:with", "obl:with"),
      "blame", Set.of("advcl:for"),
      // "A Paris court sentenced a former Rwandan mayor to life in prison for genocide": the crime
      // a court convicts someone of is coded by the sentence, not as a new act of the court's.
      "sentence", Set.of("obl:for", "obl:over"), "convict", Set.of("obl:of", "obl:for", "obl:over"));

  private AllegedActs() {}

  /** Nouns of a claim whose "that" clause tells what is claimed: "any suggestion that Nairobi supported armed groups". */
  private static final Set<String> CLAIM_NOUNS = Set.of("suggestion", "claim", "allegation", "accusation", "charge", "assertion", "insinuation", "rumour",
      "rumor", "speculation");
  /** Verbs that deny a claim. */
  private static final Set<String> DENYING = Set.of("reject", "deny", "dismiss", "refute");

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean alleged = coded.stream().anyMatch(a -> a != m && a.sentence() == m.sentence() && ALLEGING.containsKey(index.lemma(a.trigger()))
          && index.inComplementOf(a.trigger(), m.trigger(), ALLEGING.get(index.lemma(a.trigger()))))
          || isDeniedClaim(index, m.trigger());
      if (!alleged) {
        kept.add(m);
      }
    }
    return kept;
  }

  /**
   * "rejected any suggestion that Nairobi supported armed groups": the act a denied claim tells is
   * no act anyone has shown, nor the denier's; the denial is coded by its own verb.
   */
  private static boolean isDeniedClaim(DependencyIndex index, int trigger) {
    return index.head(trigger).filter(d -> (d.relation().startsWith("acl") || d.relation().equals("ccomp")) && d.governor() >= 0 && CLAIM_NOUNS.contains(index.lemma(d.governor())))
        .flatMap(d -> index.head(d.governor()))
        .filter(d -> d.governor() >= 0 && (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) && DENYING.contains(index.lemma(d.governor())))
        .isPresent();
  }
}
