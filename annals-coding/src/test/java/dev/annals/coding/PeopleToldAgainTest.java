package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People named again after a deed: "five others" counted beside people a clause acted on are
 * more of them, "the five men" those counted as many, "the dead men" those told dead (NounAnaphora);
 * their trial, told as to come by their holder's side, is no threat (AnnouncedActs); one's own
 * people defended answer whoever protested (AntecedentTargets).
 */
class PeopleToldAgainTest {
  /** "Peruvian police shot dead two Chilean men and arrested five others." */
  private static HandBuiltText shotAndArrested() {
    return new HandBuiltText().sentence("Peruvian/Peruvian/JJ/MISC police/police/NNS shot/shoot/VBD dead/dead/JJ two/two/CD Chilean/Chilean/JJ/MISC men/man/NNS "
            + "and/and/CC arrested/arrest/VBD five/five/CD others/other/NNS ././.",
        "amod(2,1) nsubj(3,2) nsubj(9,2) root(0,3) amod(7,4) nummod(7,5) amod(7,6) obj(3,7) cc(9,8) conj:and(3,9) nummod(11,10) obj(9,11) punct(3,12)");
  }

  private static List<String> triples(HandBuiltText text) {
    return code(text).events().stream().map(e -> triple(e)).toList();
  }

  @Test
  void othersCountedBesidePeopleActedOnAreMoreOfThem() {
    assertThat(triples(shotAndArrested())).contains("PERCOP CHLCVL 173");
  }

  @Test
  void theMenCountedAsManyAsBeforeAreThoseAndTheirTrialToComeIsNoThreat() {
    // "... Peru's interior minister said the five men would be tried in Lima."
    assertThat(triples(shotAndArrested().sentence("Peru/Peru/NNP/LOCATION 's/'s/POS interior/interior/NN minister/minister/NN said/say/VBD the/the/DT five/five/CD "
            + "men/man/NNS would/would/MD be/be/VB tried/try/VBN in/in/IN Lima/Lima/NNP/LOCATION ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) det(8,6) nummod(8,7) nsubj:pass(11,8) aux(11,9) aux:pass(11,10) ccomp(5,11) case(13,12) "
            + "obl:in(11,13) punct(5,14)")))
        .contains("PERGOV CHLCVL 173").noneMatch(t -> t.endsWith(" 137"));
  }

  @Test
  void aTrialToComeOfPeopleNotHeldIsStillAThreat() {
    // "Peru's interior minister said the five men would be tried in Lima.", with no one held before.
    assertThat(triples(new HandBuiltText().sentence("Chilean/Chilean/JJ/MISC men/man/NNS crossed/cross/VBD the/the/DT border/border/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS interior/interior/NN minister/minister/NN said/say/VBD the/the/DT men/man/NNS would/would/MD "
            + "be/be/VB tried/try/VBN ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) nsubj:pass(10,7) aux(10,8) aux:pass(10,9) ccomp(5,10) punct(5,11)")))
        .noneMatch(t -> t.endsWith(" 173")).anyMatch(t -> t.startsWith("PERGOV ") && t.endsWith(" 137"));
  }

  @Test
  void relativesOfTheDeadMenAreOfTheirCountry() {
    // "Peruvian police shot dead two Chilean men. Relatives of the dead men blocked a road in Peru."
    assertThat(triples(new HandBuiltText().sentence("Peruvian/Peruvian/JJ/MISC police/police/NNS shot/shoot/VBD dead/dead/JJ two/two/CD Chilean/Chilean/JJ/MISC "
            + "men/man/NNS ././.", "amod(2,1) nsubj(3,2) root(0,3) amod(7,4) nummod(7,5) amod(7,6) obj(3,7) punct(3,8)")
        .sentence("Relatives/relative/NNS of/of/IN the/the/DT dead/dead/JJ men/man/NNS blocked/block/VBD a/a/DT road/road/NN in/in/IN Peru/Peru/NNP/LOCATION ././.",
            "nsubj(6,1) case(5,2) det(5,3) amod(5,4) nmod:of(1,5) root(0,6) det(8,7) obj(6,8) case(10,9) obl:in(6,10) punct(6,11)")))
        .anyMatch(t -> t.startsWith("CHLCVL ") && t.endsWith(" 1442"));
  }

  @Test
  void onesOwnPeopleDefendedAnswerWhoeverProtested() {
    // "Chile sent a protest note to Peru on Monday. Peru's interior minister defended Peruvian park rangers."
    assertThat(triples(new HandBuiltText().sentence("Chile/Chile/NNP/LOCATION sent/send/VBD a/a/DT protest/protest/NN note/note/NN to/to/IN Peru/Peru/NNP/LOCATION "
            + "on/on/IN Monday/Monday/NNP/DATE ././.",
            "nsubj(2,1) root(0,2) det(5,3) compound(5,4) obj(2,5) case(7,6) obl:to(2,7) case(9,8) obl:on(2,9) punct(2,10)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS interior/interior/NN minister/minister/NN defended/defend/VBD Peruvian/Peruvian/JJ/MISC park/park/NN "
            + "rangers/ranger/NNS ././.", "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) amod(8,6) compound(8,7) obj(5,8) punct(5,9)")))
        .contains("PERGOV CHL 052");
  }
}
