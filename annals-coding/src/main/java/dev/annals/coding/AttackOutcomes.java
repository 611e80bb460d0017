package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "A suicide bomber rammed a car into a convoy carrying Chinese engineers, killing two of them":
 * the killing told by a participle hung on the attack is what the attack did to the same side,
 * not a second attack. Dropped when the attack it hangs on has its source and target (or a target
 * of the same kind, whom the killed of no country belong to); one on someone else ("and a
 * Pakistani police officer") stays an event of its own.
 */
final class AttackOutcomes {
  /** Roots of violence: assault (18), fighting (19), mass violence (20). */
  private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
  /** How a participle hangs on the verb it follows. */
  private static final Set<String> HUNG = Set.of("advcl", "xcomp", "dep", "conj");

  private AttackOutcomes() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      if (!isOutcomeOfAttack(index, m, coded)) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static boolean isOutcomeOfAttack(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    if (!VIOLENT_ROOTS.contains(m.type().rootCode()) || m.target().isEmpty() || !index.token(m.trigger()).tag().equals("VBG")) {
      return false;
    }
    String source = m.source().actor().code();
    dev.annals.model.Actor target = m.target().get().actor();
    return index.parents(m.trigger()).stream()
        .filter(d -> d.governor() >= 0 && HUNG.contains(d.baseRelation()))
        .anyMatch(d -> coded.stream().anyMatch(attack -> attack != m && attack.trigger() == d.governor() && VIOLENT_ROOTS.contains(attack.type().rootCode())
            && attack.source().actor().code().equals(source) && attack.target().map(t -> sameSide(t.actor(), target)).orElse(false)));
  }

  /**
   * The attack's target, or people of its kind with no country of their own: "attacked a Beninese
   * army post, killing six soldiers" kills Benin's soldiers.
   */
  private static boolean sameSide(dev.annals.model.Actor attacked, dev.annals.model.Actor killed) {
    return attacked.code().equals(killed.code())
        || (killed.country().isEmpty() && killed.sector().isPresent() && attacked.sector().equals(killed.sector()) && attacked.country().isPresent());
  }
}
