package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The visas were first imposed after … attacks on Turkish-owned shops. On Sunday Montenegro's
 * prime minister apologised to Turkish investors for those attacks": a deed named again as what an
 * apology is for ("those attacks", or a word an earlier event was told by) is the deed told
 * before, not a new one, and not the apologiser's.
 */
final class DeedsApologisedFor {
  /** What an apology is for. */
  private static final Set<String> REASONS = Set.of("obl:for", "nmod:for", "obl:over", "nmod:over");
  /** Determiners that point back. */
  private static final Set<String> POINTING_BACK = Set.of("those", "these", "that", "this");

  private DeedsApologisedFor() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !isDeedApologisedFor(index, m, coded)).toList();
  }

  private static boolean isDeedApologisedFor(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    if (!index.token(m.trigger()).isNoun()) {
      return false;
    }
    boolean apologisedFor = coded.stream().anyMatch(apology -> apology != m && apology.type().code().equals(RegretShortOfApology.APOLOGY) && apology.sentence() == m.sentence()
        && index.children(apology.trigger(), REASONS).contains(m.trigger()));
    if (!apologisedFor) {
      return false;
    }
    String lemma = index.lemma(m.trigger()).toLowerCase(Locale.ROOT);
    boolean pointsBack = index.children(m.trigger(), Set.of("det")).stream().anyMatch(d -> POINTING_BACK.contains(index.lemma(d).toLowerCase(Locale.ROOT)));
    boolean toldBefore = index.text().tokens().stream().anyMatch(t -> t.sentence() < index.token(m.trigger()).sentence() && t.lemma().toLowerCase(Locale.ROOT).equals(lemma));
    return pointsBack || toldBefore;
  }
}
