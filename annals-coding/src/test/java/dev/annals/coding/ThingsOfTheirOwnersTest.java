package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A vessel owned by a state's business stands for its owner (Owners.ownerOfThing); workers' placement
 * suspended is reduced relations (cameo/verbs.tsv); a trade office does an embassy's work
 * (actors/sectors.tsv).
 */
class ThingsOfTheirOwnersTest {
  @Test
  void placementOnVesselsOwnedByAForeignFirmSuspendedIsAimedAtTheFirm() {
    // "Chad suspended the placement of its nationals on fishing vessels owned by a Libyan company." (the participle hung on
    // "placement"; fishing vessels are people of their own, CVL, until their owner is told)
    assertThat(triples(code("Chad/Chad/NNP/LOCATION suspended/suspend/VBD the/the/DT placement/placement/NN of/of/IN its/its/PRP$ nationals/national/NNS "
        + "on/on/IN fishing/fishing/NN vessels/vessel/NNS owned/own/VBN by/by/IN a/a/DT Libyan/Libyan/JJ/MISC company/company/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) nmod:poss(7,6) nmod:of(4,7) case(10,8) compound(10,9) nmod:on(4,10) acl(4,11) case(15,12) det(15,13) "
            + "amod(15,14) obl:by(11,15) punct(2,16)"))).anyMatch(t -> t.startsWith("TCD LBYBUS 16"));
  }

  @Test
  void aTradeOfficeThanksForItsState() {
    // "Indonesia's trade office thanked Taiwan."
    assertThat(triples(code("Indonesia/Indonesia/NNP/LOCATION 's/'s/POS trade/trade/NN office/office/NN thanked/thank/VBD Taiwan/Taiwan/NNP/LOCATION ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"))).anyMatch(t -> t.startsWith("IDNGOV TWN"));
  }

  @Test
  void aVesselSeizedWithPeopleAboardStandsForThem() {
    // "Chad's navy seized a tanker with 16 Libyan crew members." ("with" hung on the verb)
    assertThat(triples(code("Chad/Chad/NNP/LOCATION 's/'s/POS navy/navy/NN seized/seize/VBD a/a/DT tanker/tanker/NN with/with/IN 16/16/CD "
        + "Libyan/Libyan/JJ/MISC crew/crew/NN members/member/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(11,7) nummod(11,8) amod(11,9) compound(11,10) obl:with(4,11) punct(4,12)")))
        .anyMatch(t -> t.startsWith("TCDMIL LBY") && t.endsWith(" 1711"));
  }

  @Test
  void aCourtFinesAVesselsOwnerAsABusinessAndItsOrderOfReleaseFrees() {
    // "A Chadian court fined the tanker's Libyan owner $1 million and ordered the crew freed."
    assertThat(triples(code("A/a/DT Chadian/Chadian/JJ/MISC court/court/NN fined/fine/VBD the/the/DT tanker/tanker/NN 's/'s/POS Libyan/Libyan/JJ/MISC "
        + "owner/owner/NN $/$/$ 1/1/CD million/million/CD and/and/CC ordered/order/VBD the/the/DT crew/crew/NN freed/free/VBN ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) nmod:poss(9,6) case(6,7) amod(9,8) iobj(4,9) obj(4,10) compound(12,11) nummod(10,12) cc(14,13) "
            + "conj:and(4,14) det(16,15) obj(14,16) xcomp(14,17) punct(4,18)")))
        .contains("TCDJUD LBYBUS 116").anyMatch(t -> t.startsWith("TCDJUD") && t.endsWith(" 0841")).noneMatch(t -> t.endsWith(" 1053"));
  }

  @Test
  void aCourtOfNoCountryNamedYetFreesByItsOrderToo() {
    // "A court on the island ordered the Libyan crew freed."
    assertThat(triples(code("A/a/DT court/court/NN on/on/IN the/the/DT island/island/NN ordered/order/VBD the/the/DT Libyan/Libyan/JJ/MISC "
        + "crew/crew/NN freed/free/VBN ././.",
        "det(2,1) nsubj(6,2) case(5,3) det(5,4) nmod:on(2,5) root(0,6) det(9,7) amod(9,8) obj(6,9) xcomp(6,10) punct(6,11)")))
        .anyMatch(t -> t.endsWith(" 0841")).noneMatch(t -> t.endsWith(" 1053"));
  }

  @Test
  void aCourtOfNoCountryThatFreesForeignersAStateHeldIsThatStatesCourt() {
    // "Colombia's navy detained a Jamaican crew. A court on the island ordered the crew released.": Colombia's court.
    assertThat(triples(code(new dev.annals.coding.HandBuiltText()
        .sentence("Colombia/Colombia/NNP/LOCATION 's/'s/POS navy/navy/NN detained/detain/VBD a/a/DT Jamaican/Jamaican/JJ/MISC crew/crew/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) punct(4,8)")
        .sentence("A/a/DT court/court/NN on/on/IN the/the/DT island/island/NN ordered/order/VBD the/the/DT crew/crew/NN released/release/VBN ././.",
            "det(2,1) nsubj(6,2) case(5,3) det(5,4) nmod:on(2,5) root(0,6) det(8,7) obj(6,8) xcomp(6,9) punct(6,10)"))))
        .anyMatch(t -> t.startsWith("COLJUD JAM") && t.endsWith(" 0841"));
  }
}
