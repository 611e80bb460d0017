package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * "A suicide bomber rammed a car into a convoy carrying Chinese engineers, killing two of them":
 * the killing told by a participle hung on the attack is what the attack did to the same side,
 * not a second attack. Dropped when the attack it hangs on has its source and target (or a target
 * of the same kind, whom the killed of no country belong to); one on someone else ("and a
 * Pakistani police officer") stays an event of its own.
 */
final class AttackOutcomes {
  /** How a participle hangs on the verb it follows. */
  private static final Set<String> HUNG = Set.of("advcl", "xcomp", "dep", "conj");
  /** Abduction, hijacking, hostage-taking (181). */
  private static final String ABDUCTION = "181";

  private AttackOutcomes() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> aimed = coded.stream().map(m -> aimedByOutcome(index, m, coded)).toList();
    return aimed.stream().filter(m -> !isOutcomeOfAttack(index, m, aimed) && !isHarmDoneByAttack(index, m, aimed)).toList();
  }

  /** CAMEO's cyber attack. */
  private static final String CYBER_ATTACK = "176";

  /**
   * "hackers had broken into the port's computer systems, halting container traffic for two
   * days": a coercive deed of no target told by a participle hung on the same side's aimed attack
   * or on its cyber attack (whose target the systems' owner may give only later) is the harm that
   * attack did, not a blockade of its own.
   */
  private static boolean isHarmDoneByAttack(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    if (m.target().isPresent() || m.type().code().startsWith(ABDUCTION) || Integer.parseInt(m.type().rootCode()) < 14) {
      return false;
    }
    // (An attack's own participle of harm is isOutcomeOfAttack's: "killing two Afghan guards"
    // names a side and stays.)
    boolean attack = CameoCodebook.isAttack(m.type().code());
    return toldByParticipleOn(index, m, coded, deed -> (!attack && deed.target().isPresent() && isAssault(deed)) || deed.type().code().startsWith(CYBER_ATTACK));
  }

  /**
   * "Rebels attacked an army post, killing four soldiers": an attack on a place that names no
   * side is aimed at the side its participle says it killed or wounded, and that participle is then
   * its outcome, not a second attack.
   */
  private static CodedMention aimedByOutcome(DependencyIndex index, CodedMention attack, List<CodedMention> coded) {
    if (attack.target().isPresent() || !isAssault(attack)) {
      return attack;
    }
    return coded.stream()
        .filter(o -> o.target().isPresent() && CameoCodebook.isAttack(o.type().code()) && toldByParticipleOn(index, o, coded, act -> act == attack))
        .findFirst().map(o -> attack.withTarget(o.target().get())).orElse(attack);
  }

  private static boolean isOutcomeOfAttack(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    if (!CameoCodebook.isAttack(m.type().code()) || m.type().code().startsWith(ABDUCTION)) {
      // "attacked three villages, killing 11 people and abducting 16 children": the killed are
      // what the attack did, the abducted are taken and held, an act of its own that the story
      // follows (their search, return or release).
      return false;
    }
    if (m.target().isEmpty()) {
      // "a crowd attacked the bus carrying Jordan's team …, injuring two players": the hurt of
      // no side named are of the side attacked ("killing two Afghan guards" names a side).
      boolean sideNamed = index.children(m.trigger(), Set.of("obj")).stream().flatMap(o -> index.children(o).stream())
          .anyMatch(d -> Set.of("amod", "compound", "nmod:poss").contains(d.relation()) && Character.isUpperCase(index.token(d.dependent()).text().charAt(0)));
      return !sideNamed && toldByParticipleOn(index, m, coded, attack -> isAssault(attack) && attack.target().isPresent());
    }
    Actor target = m.target().get().actor();
    return toldByParticipleOn(index, m, coded, attack -> CameoCodebook.isAttack(attack.type().code()) && attack.target().map(t -> sameSide(t.actor(), target)).orElse(false));
  }

  /** An attack, or a crowd's violent protest (145), which hurts as an attack does. */
  private static boolean isAssault(CodedMention act) {
    return CameoCodebook.isAttack(act.type().code()) || act.type().code().startsWith(VIOLENT_PROTEST);
  }

  /** CAMEO's "protest violently, riot". */
  private static final String VIOLENT_PROTEST = "145";

  /**
   * Whether the mention is told by a participle ("killing two of them", "halting most trade") hung
   * on another coded act of the same source that passes the test: what that act did, not an act
   * of its own.
   */
  static boolean toldByParticipleOn(DependencyIndex index, CodedMention m, List<CodedMention> coded, Predicate<CodedMention> act) {
    if (!index.token(m.trigger()).tag().equals("VBG")) {
      return false;
    }
    String source = m.source().actor().code();
    return index.parents(m.trigger()).stream()
        .filter(d -> d.governor() >= 0 && HUNG.contains(d.baseRelation()))
        .anyMatch(d -> coded.stream().anyMatch(other -> other != m && other.trigger() == d.governor() && other.source().actor().code().equals(source) && act.test(other)));
  }

  /**
   * The attack's target, people of its kind with no country of their own ("attacked a Beninese
   * army post, killing six soldiers" kills Benin's soldiers), or people of the country attacked.
   */
  private static boolean sameSide(Actor attacked, Actor killed) {
    // "attacked a Chinese-run copper mine, killing three Chinese workers": a country attacked
    // through its property loses its own people.
    boolean ofAttackedCountry = attacked.sector().isEmpty() && attacked.country().isPresent() && attacked.country().equals(killed.country());
    return attacked.code().equals(killed.code()) || ofAttackedCountry
        || (killed.country().isEmpty() && killed.sector().isPresent() && attacked.sector().equals(killed.sector()) && attacked.country().isPresent());
  }
}
