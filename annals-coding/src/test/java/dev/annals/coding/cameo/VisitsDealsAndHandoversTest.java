package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A deal made that an act is done under, boats handed over to no one named, a visit with no host named, criticism rejected (NounEventCoder, VerbTargets, AntecedentTargets). */
class VisitsDealsAndHandoversTest {
  private static final String SUPPLY_WORDS = "Chile/Chile/NNP/LOCATION will/will/MD supply/supply/VB Peru/Peru/NNP/LOCATION with/with/IN cruise/cruise/NN "
      + "missiles/missile/NNS ././.";
  private static final String SUPPLY_EDGES = "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) case(7,5) compound(7,6) obl:with(3,7) punct(3,8)";

  @Test
  void aDealSignedThatAnActIsDoneUnderWasMadeByTheActsTwoSides() {
    // "Chile will supply Peru with cruise missiles under a deal signed in Lima on Tuesday."
    assertThat(triples(code(
        "Chile/Chile/NNP/LOCATION will/will/MD supply/supply/VB Peru/Peru/NNP/LOCATION with/with/IN cruise/cruise/NN missiles/missile/NNS under/under/IN "
            + "a/a/DT deal/deal/NN signed/sign/VBN in/in/IN Lima/Lima/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ././.",
        "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) case(7,5) compound(7,6) obl:with(3,7) case(10,8) det(10,9) obl:under(3,10) acl(10,11) case(13,12) "
            + "obl:in(11,13) case(15,14) obl:on(11,15) punct(3,16)")))
        .contains("CHL PER 057");
  }

  @Test
  void aDealSignedThatAJoinedActIsDoneUnderWasMadeWithWhomTheFirstActActsOn() {
    // "Chile will give Peru two patrol boats and train their crews under a deal signed in Lima.":
    // the deal hangs on "train", whose crews are no side; Peru is the other side of "give".
    assertThat(triples(code(
        "Chile/Chile/NNP/LOCATION will/will/MD give/give/VB Peru/Peru/NNP/LOCATION two/two/CD patrol/patrol/NN boats/boat/NNS and/and/CC train/train/VB "
            + "their/their/PRP$ crews/crew/NNS under/under/IN a/a/DT deal/deal/NN signed/sign/VBN in/in/IN Lima/Lima/NNP/LOCATION ././.",
        "nsubj(3,1) nsubj(9,1) aux(3,2) root(0,3) iobj(3,4) nummod(7,5) compound(7,6) obj(3,7) cc(9,8) conj:and(3,9) nmod:poss(11,10) obj(9,11) "
            + "case(14,12) det(14,13) obl:under(9,14) acl(14,15) case(17,16) obl:in(15,17) punct(3,18)")))
        .contains("CHL PER 057");
  }

  @Test
  void boatsGivenToAStateAreMilitaryAid() {
    // "Chile gave Peru two patrol boats."
    assertThat(triples(code("Chile/Chile/NNP/LOCATION gave/give/VBD Peru/Peru/NNP/LOCATION two/two/CD patrol/patrol/NN boats/boat/NNS ././.",
        "nsubj(2,1) root(0,2) iobj(2,3) nummod(6,4) compound(6,5) obj(2,6) punct(2,7)"))).contains("CHL PER 072");
  }

  @Test
  void boatsHandedOverOnAVisitGoWhereTheStorysArmsGoAndTheVisitIsToThatSide() {
    // "Chile will supply Peru with cruise missiles. Chile's defence minister, on a three-day visit, also handed over two patrol boats built under a credit line."
    HandBuiltText text = new HandBuiltText().sentence(SUPPLY_WORDS, SUPPLY_EDGES).sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN ,/,/, on/on/IN a/a/DT three/three/CD -/-/HYPH day/day/NN visit/visit/NN "
            + ",/,/, also/also/RB handed/hand/VBN over/over/RP two/two/CD patrol/patrol/NN boats/boat/NNS built/build/VBN under/under/IN a/a/DT credit/credit/NN "
            + "line/line/NN ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(14,4) punct(14,5) case(11,6) det(11,7) nummod(10,8) punct(10,9) compound(11,10) obl:on(14,11) "
            + "punct(14,12) advmod(14,13) root(0,14) compound:prt(14,15) nummod(18,16) compound(18,17) obj(14,18) acl(18,19) case(23,20) det(23,21) "
            + "compound(23,22) obl:under(19,23) punct(14,24)");
    assertThat(triples(code(text))).contains("CHLGOV PER 072", "CHLGOV PERGOV 042").noneMatch(t -> t.startsWith("CHLGOV CHLMIL"));
  }

  @Test
  void criticismRejectedIsTheLastThingAnotherSideSaid() {
    // "Chile's foreign ministry said defence ties should not harm third parties. Peru rejected the criticism."
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD defence/defence/NN ties/tie/NNS should/should/MD not/not/RB "
            + "harm/harm/VB third/third/JJ parties/party/NNS ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) compound(7,6) nsubj(10,7) aux(10,8) advmod(10,9) ccomp(5,10) amod(12,11) obj(10,12) punct(5,13)")
        .sentence("Peru/Peru/NNP/LOCATION rejected/reject/VBD the/the/DT criticism/criticism/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(triples(code(text))).contains("PER CHLGOV 120");
  }

  @Test
  void figuresRejectedAreTheLastThingAnotherSideMadeKnown() {
    // "Chile's environment ministry said groundwater levels had fallen. Peru's climate ministry rejected the figures."
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS environment/environment/NN ministry/ministry/NN said/say/VBD groundwater/groundwater/NN levels/level/NNS "
            + "had/have/VBD fallen/fall/VBN ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) compound(7,6) nsubj(9,7) aux(9,8) ccomp(5,9) punct(5,10)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS climate/climate/NN ministry/ministry/NN rejected/reject/VBD the/the/DT figures/figure/NNS ././.",
            "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)");
    assertThat(triples(code(text))).contains("PERGOV CHLGOV 120");
  }

  @Test
  void aVisitSpokenOfIsGivenNoHostByTheStorysPartner() {
    // "Chile will supply Peru with cruise missiles. The Chilean defence minister's visit will now be rescheduled."
    HandBuiltText text = new HandBuiltText().sentence(SUPPLY_WORDS, SUPPLY_EDGES).sentence(
        "The/the/DT Chilean/Chilean/JJ defence/defence/NN minister/minister/NN 's/'s/POS visit/visit/NN will/will/MD now/now/RB be/be/VB "
            + "rescheduled/reschedule/VBN ././.",
        "det(4,1) amod(4,2) compound(4,3) nmod:poss(6,4) case(4,5) nsubj:pass(10,6) aux(10,7) advmod(10,8) aux:pass(10,9) root(0,10) punct(10,11)");
    assertThat(triples(code(text))).contains("CHL PER 072").noneMatch(t -> t.endsWith("042"));
  }

  @Test
  void aMinisterWhoCameToPowerVisitedNoOne() {
    // "Chile will supply Peru with cruise missiles. Chile's defence minister came to power in 2019."
    HandBuiltText text = new HandBuiltText().sentence(SUPPLY_WORDS, SUPPLY_EDGES).sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN came/come/VBD to/to/IN power/power/NN in/in/IN 2019/2019/CD ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) case(7,6) obl:to(5,7) case(9,8) obl:in(5,9) punct(5,10)");
    assertThat(triples(code(text))).contains("CHL PER 072").noneMatch(t -> t.endsWith("042"));
  }

  @Test
  void aMinisterWhoCameToTheCapitalVisitedTheStorysPartner() {
    // "Chile will supply Peru with cruise missiles. Chile's defence minister came to the capital on Monday."
    HandBuiltText text = new HandBuiltText().sentence(SUPPLY_WORDS, SUPPLY_EDGES).sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN came/come/VBD to/to/IN the/the/DT capital/capital/NN on/on/IN "
            + "Monday/Monday/NNP ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) case(8,6) det(8,7) obl:to(5,8) case(10,9) obl:on(5,10) punct(5,11)");
    assertThat(triples(code(text))).contains("CHLGOV PERGOV 042");
  }

  @Test
  void anAgreementSignedWithNoOneNamedIsWithTheStateTheSignerTalkedWith() {
    // "Portugal's interior minister held talks with President Jose Maria Neves in Praia on Tuesday and signed an agreement to set up joint sea patrols."
    assertThat(triples(code(
        "Portugal/Portugal/NNP/LOCATION 's/'s/POS interior/interior/NN minister/minister/NN held/hold/VBD talks/talk/NNS with/with/IN President/President/NNP "
            + "Jose/Jose/NNP/PERSON Maria/Maria/NNP/PERSON Neves/Neves/NNP/PERSON in/in/IN Praia/Praia/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP and/and/CC "
            + "signed/sign/VBD an/an/DT agreement/agreement/NN to/to/TO set/set/VB up/up/RP joint/joint/JJ sea/sea/NN patrols/patrol/NNS ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) nsubj(17,4) root(0,5) obj(5,6) case(11,7) compound(11,8) compound(11,9) compound(11,10) "
            + "nmod:with(6,11) case(13,12) nmod:in(6,13) case(15,14) obl:on(5,15) cc(17,16) conj:and(5,17) det(19,18) nsubj:xsubj(21,19) obj(17,19) mark(21,20) "
            + "xcomp(17,21) compound:prt(21,22) amod(25,23) compound(25,24) obj(21,25) punct(5,26)"))).contains("PRTGOV CPVGOV 057");
  }
}
