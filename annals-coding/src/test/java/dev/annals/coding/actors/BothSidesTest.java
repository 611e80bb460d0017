package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** Who "both sides" are, and who mediates between them. */
class BothSidesTest {
  // "Israel and Hamas fought in Gaza. Egypt and Qatar urged both sides to respect the truce."
  private static final HandBuiltText URGED = new HandBuiltText()
      .sentence("Israel/Israel/NNP/LOCATION and/and/CC Hamas/Hamas/NNP/ORGANIZATION fought/fight/VBD in/in/IN Gaza/Gaza/NNP/LOCATION ././.",
          "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) case(6,5) obl:in(4,6) punct(4,7)")
      .sentence("Egypt/Egypt/NNP/LOCATION and/and/CC Qatar/Qatar/NNP/LOCATION urged/urge/VBD both/both/DT sides/side/NNS to/to/TO respect/respect/VB the/the/DT truce/truce/NN ././.",
          "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) mark(8,7) xcomp(4,8) det(10,9) obj(8,10) punct(4,11)");

  @Test
  void bothSidesAreNotThoseWhoSpeakToThem() {
    assertThat(code(URGED).events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("EGY QAT") || t.startsWith("QAT EGY"));
  }

  @Test
  void theSidesOfADisputeMayBeAnArmedGroup() {
    assertThat(code(URGED).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("EGY HAMAS 02"));
  }

  @Test
  void mediatorsOfADealDoNotMediateBetweenEachOther() {
    // "Egypt and Qatar brokered the deal."
    assertThat(code("Egypt/Egypt/NNP/LOCATION and/and/CC Qatar/Qatar/NNP/LOCATION brokered/broker/VBD the/the/DT deal/deal/NN ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("EGY QAT") || t.startsWith("QAT EGY"));
  }

  @Test
  void theTwoDelegationsAreTheTwoSides() {
    // "Iran and Chile held talks. Oman shuttled between the two delegations."
    HandBuiltText text = new HandBuiltText()
        .sentence("Iran/Iran/NNP/LOCATION and/and/CC Chile/Chile/NNP/LOCATION held/hold/VBD talks/talk/NNS ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("Oman/Oman/NNP/LOCATION shuttled/shuttle/VBD between/between/IN the/the/DT two/two/CD delegations/delegation/NNS ././.",
            "nsubj(2,1) root(0,2) case(6,3) det(6,4) nummod(6,5) obl:between(2,6) punct(2,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("OMN IRN 045", "OMN CHL 045");
  }

  @Test
  void bothMinistersOfStatesWhoseMinistersWereNotNamedAreTheirGovernments() {
    // "Iran and Chile held talks. Oman telephoned both foreign ministers.": "both" as the parser
    // gives it, a conjunction before the noun.
    HandBuiltText text = new HandBuiltText()
        .sentence("Iran/Iran/NNP/LOCATION and/and/CC Chile/Chile/NNP/LOCATION held/hold/VBD talks/talk/NNS ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("Oman/Oman/NNP/LOCATION telephoned/telephone/VBD both/both/CC foreign/foreign/JJ ministers/minister/NNS ././.",
            "nsubj(2,1) root(0,2) cc:preconj(5,3) amod(5,4) obj(2,5) punct(2,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("OMN IRNGOV 041", "OMN CHLGOV 041");
  }

  @Test
  void twoOfficialsOfANamedNationAreItsOwnNotTheTwoSides() {
    // "Iran and Chile held talks. Dominican police detained two Haitian officials."
    HandBuiltText text = new HandBuiltText()
        .sentence("Iran/Iran/NNP/LOCATION and/and/CC Chile/Chile/NNP/LOCATION held/hold/VBD talks/talk/NNS ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("Dominican/Dominican/JJ police/police/NN detained/detain/VBD two/two/CD Haitian/Haitian/JJ officials/official/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("DOMCOP HTIGOV 173");
  }

  @Test
  void bothGovernmentsWithBothHungLooselyAreTheGovernmentsOfTheTwoStatesNamedTogether() {
    // "Britain and Mauritius signed a treaty. The Maldives lodged a protest with both governments."
    var article = code(new HandBuiltText()
        .sentence("Britain/Britain/NNP/LOCATION and/and/CC Mauritius/Mauritius/NNP/LOCATION signed/sign/VBD a/a/DT treaty/treaty/NN ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)")
        .sentence("The/the/DT Maldives/Maldives/NNP/LOCATION lodged/lodge/VBD a/a/DT protest/protest/NN with/with/IN both/both/CC governments/government/NNS ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) dep(8,7) nmod:with(5,8) punct(3,9)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("MDV GBRGOV 114", "MDV MUSGOV 114");
  }

  @Test
  void aGroupThatSupportsOneSideIsNotBothSides() {
    // "Vanuatu and France quarrelled. Fiji and Samoa backed Vanuatu, while Australia urged both sides to show restraint."
    var text = new HandBuiltText()
        .sentence("Vanuatu/Vanuatu/NNP/LOCATION and/and/CC France/France/NNP/LOCATION quarrelled/quarrel/VBD ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) punct(4,5)")
        .sentence("Fiji/Fiji/NNP/LOCATION and/and/CC Samoa/Samoa/NNP/LOCATION backed/back/VBD Vanuatu/Vanuatu/NNP/LOCATION ,/,/, while/while/IN "
                + "Australia/Australia/NNP/LOCATION urged/urge/VBD both/both/DT sides/side/NNS to/to/TO show/show/VB restraint/restraint/NN ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) punct(4,6) mark(9,7) nsubj(9,8) advcl:while(4,9) det(11,10) obj(9,11) "
                + "mark(13,12) xcomp(9,13) obj(13,14) punct(4,15)");
    assertThat(code(text).events()).extracting(e -> triple(e)).filteredOn(t -> t.startsWith("AUS"))
        .anyMatch(t -> t.startsWith("AUS FRA")).noneMatch(t -> t.startsWith("AUS FJI") || t.startsWith("AUS WSM"));
  }

  @Test
  void aJointCommissionActsForTheTwoStatesOfTheStory() {
    // "Ecuador protested to Peru. The binational commission will meet in Quito."
    var text = new HandBuiltText()
        .sentence("Ecuador/Ecuador/NNP/LOCATION protested/protest/VBD to/to/IN Peru/Peru/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) case(4,3) obl:to(2,4) punct(2,5)")
        .sentence("The/the/DT binational/binational/JJ commission/commission/NN will/will/MD meet/meet/VB in/in/IN Quito/Quito/NNP/LOCATION ././.",
            "det(3,1) amod(3,2) nsubj(5,3) aux(5,4) root(0,5) case(7,6) obl:in(5,7) punct(5,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ECUGOV PERGOV 03") || t.startsWith("ECUGOV PERGOV 04"));
  }

  @Test
  void aJointCommissionInWhatTheTwoAgreedIsTheirAgreementNotAnotherAct() {
    // "Ecuador and Peru agreed that a joint commission would meet."
    var text = new HandBuiltText().sentence("Ecuador/Ecuador/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION agreed/agree/VBD that/that/IN a/a/DT joint/joint/JJ "
            + "commission/commission/NN would/would/MD meet/meet/VB ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(10,5) det(8,6) amod(8,7) nsubj(10,8) aux(10,9) ccomp(4,10) punct(4,11)");
    assertThat(code(text).events()).isNotEmpty().noneMatch(e -> e.mentions().get(0).triggerText().equals("meet"));
  }

  @Test
  void bothSidesInACountrysWarAreItsArmedSidesNotTheStorysTwoStates() {
    // "Egypt sent aid to Sudan. Sudan's army fought the Rapid Support Forces. The African Union
    // urged both sides in Sudan's war to let aid through."
    HandBuiltText text = new HandBuiltText()
        .sentence("Egypt/Egypt/NNP/LOCATION sent/send/VBD aid/aid/NN to/to/IN Sudan/Sudan/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) punct(2,6)")
        .sentence("Sudan/Sudan/NNP/LOCATION 's/'s/POS army/army/NN fought/fight/VBD the/the/DT Rapid/Rapid/NNP/ORGANIZATION Support/Support/NNP/ORGANIZATION "
            + "Forces/Forces/NNPS/ORGANIZATION ././.", "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(8,5) compound(8,6) compound(8,7) obj(4,8) punct(4,9)")
        .sentence("The/the/DT African/African/NNP/ORGANIZATION Union/Union/NNP/ORGANIZATION urged/urge/VBD both/both/DT sides/side/NNS in/in/IN Sudan/Sudan/NNP/LOCATION "
            + "'s/'s/POS war/war/NN to/to/TO let/let/VB aid/aid/NN through/through/RP ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(10,7) nmod:poss(10,8) case(8,9) obl:in(4,10) mark(12,11) xcomp(4,12) obj(12,13) "
                + "compound:prt(12,14) punct(4,15)");
    assertThat(code(text).events()).extracting(e -> triple(e)).filteredOn(t -> t.startsWith("AU ")).isNotEmpty()
        .noneMatch(t -> t.startsWith("AU EGY") || t.startsWith("AU SDN 0")).anyMatch(t -> t.startsWith("AU RSF 0"));
  }

  @Test
  void theTwoGovernmentsAreTheStatesGovernments() {
    // "Chile and Peru agreed on patrols. The two governments praised Bolivia."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION agreed/agree/VBD on/on/IN patrols/patrol/NNS ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) case(6,5) obl:on(4,6) punct(4,7)")
        .sentence("The/the/DT two/two/CD governments/government/NNS praised/praise/VBD Bolivia/Bolivia/NNP/LOCATION ././.",
            "det(3,1) nummod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHLGOV BOL 051", "PERGOV BOL 051");
  }

  @Test
  void theTwoSidesWhoSaySomethingAreTheStatesGovernments() {
    // "Chile and Peru met in Lima. The two sides said they were satisfied."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION met/meet/VBD in/in/IN Lima/Lima/NNP/LOCATION ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) case(6,5) obl:in(4,6) punct(4,7)")
        .sentence("The/the/DT two/two/CD sides/side/NNS said/say/VBD they/they/PRP were/be/VBD satisfied/satisfied/JJ ././.",
            "det(3,1) nummod(3,2) nsubj(4,3) root(0,4) nsubj(7,5) cop(7,6) ccomp(4,7) punct(4,8)");
    assertThat(code(text).events()).filteredOn(e -> e.type().code().equals("010")).extracting(e -> e.source().code())
        .contains("CHLGOV", "PERGOV").doesNotContain("CHL", "PER");
  }
}
