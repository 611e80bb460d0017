package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two sides that did something together are the ones a mediation naming no one is between
 * (GoodOffices), "the deal" a third side welcomes (AntecedentTargets through
 * EarlierEvents.doneTogether), and "both sides" (PairPhrases: a pair that acts before one only
 * acted on).
 */
class SidesOfAnExchangeTest {
  private static final HandBuiltText STORY = new HandBuiltText()
      .sentence("Saudi/Saudi/NNP/LOCATION Arabia/Arabia/NNP/LOCATION and/and/CC the/the/DT Houthis/Houthis/NNP exchanged/exchange/VBD 168/168/CD "
          + "prisoners/prisoner/NNS on/on/IN Wednesday/Wednesday/NNP ././.",
          "compound(2,1) nsubj(6,2) cc(5,3) det(5,4) conj:and(2,5) nsubj(6,5) root(0,6) nummod(8,7) obj(6,8) case(10,9) obl:on(6,10) punct(6,11)")
      .sentence("The/the/DT exchange/exchange/NN followed/follow/VBD talks/talk/NNS that/that/WDT Oman/Oman/NNP/LOCATION mediated/mediate/VBD ././.",
          "det(2,1) nsubj(3,2) root(0,3) obj(3,4) obj(7,4) ref(4,5) nsubj(7,6) acl:relcl(4,7) punct(3,8)")
      .sentence("A/a/DT plane/plane/NN carried/carry/VBD Saudi/Saudi/JJ soldiers/soldier/NNS and/and/CC Sudanese/Sudanese/JJ troops/troop/NNS "
          + "home/home/RB ././.", "det(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) cc(8,6) amod(8,7) conj:and(5,8) obj(3,8) advmod(3,9) punct(3,10)")
      .sentence("The/the/DT UN/UN/NNP/ORGANIZATION envoy/envoy/NN welcomed/welcome/VBD the/the/DT deal/deal/NN and/and/CC urged/urge/VBD both/both/DT "
          + "sides/side/NNS to/to/TO release/release/VB the/the/DT remaining/remain/VBG detainees/detainee/NNS ././.",
          "det(3,1) compound(3,2) nsubj(4,3) nsubj(8,3) root(0,4) det(6,5) obj(4,6) cc(8,7) conj:and(4,8) det(10,9) nsubj:xsubj(12,10) obj(8,10) "
              + "mark(12,11) xcomp(8,12) det(15,13) amod(15,14) obj(12,15) punct(4,16)");

  private static final List<String> CODED = triples(code(STORY));

  @Test
  void mediationNamingNoOneIsBetweenTheTwoThatExchanged() {
    assertThat(CODED).contains("OMN SAU 045", "OMN HOUTHIS 045");
  }

  @Test
  void theDealAThirdSideWelcomesIsTheExchangeOfBoth() {
    assertThat(CODED).contains("UN SAU 051", "UN HOUTHIS 051");
  }

  @Test
  void bothSidesAreThePairThatActedNotThePairCarried() {
    assertThat(CODED).contains("UN SAU 0253", "UN HOUTHIS 0253").noneMatch(t -> t.startsWith("UN SDN"));
  }

  @Test
  void mediationToldInARelativeClauseIsOfTheTalksItMediated() {
    // Published Wednesday 2023-05-10: the talks were on Tuesday the 9th.
    HandBuiltText text = new HandBuiltText()
        .sentence("Bahrain/Bahrain/NNP/LOCATION and/and/CC Iran/Iran/NNP/LOCATION agreed/agree/VBD to/to/TO restore/restore/VB relations/relation/NNS "
            + "after/after/IN talks/talk/NNS in/in/IN Muscat/Muscat/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ././.",
            "nsubj(4,1) nsubj:xsubj(6,1) cc(3,2) conj:and(1,3) nsubj(4,3) nsubj:xsubj(6,3) root(0,4) mark(6,5) xcomp(4,6) obj(6,7) case(9,8) "
                + "obl:after(6,9) case(11,10) nmod:in(9,11) case(13,12) nmod:on(9,13) punct(4,14)")
        .sentence("Albusaidi/Albusaidi/NNP/PERSON ,/,/, who/who/WP mediated/mediate/VBD the/the/DT talks/talk/NNS ,/,/, said/say/VBD the/the/DT "
            + "embassies/embassy/NNS would/would/MD reopen/reopen/VB ././.",
            "nsubj(4,1) nsubj(8,1) punct(1,2) ref(1,3) acl:relcl(1,4) det(6,5) obj(4,6) punct(1,7) root(0,8) det(10,9) nsubj(12,10) aux(12,11) "
                + "ccomp(8,12) punct(8,13)");
    assertThat(code(text).events()).filteredOn(e -> e.type().code().equals("045")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-09"));
  }
}
