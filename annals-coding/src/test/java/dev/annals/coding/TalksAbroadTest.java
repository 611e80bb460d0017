package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Talks one side holds abroad with no one named are with the host's government (TalksAbroad). */
class TalksAbroadTest {
  @Test
  void talksHeldInAForeignCapitalAreWithItsGovernment() {
    assertThat(triples(code("Russian/Russian/JJ Foreign/Foreign/NNP Minister/Minister/NNP Sergei/Sergei/NNP/PERSON Lavrov/Lavrov/NNP/PERSON "
        + "held/hold/VBD talks/talk/NNS in/in/IN Beijing/Beijing/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "amod(3,1) compound(3,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) obj(6,7) case(9,8) nmod:in(7,9) case(11,10) obl:on(6,11) punct(6,12)")))
        .contains("RUSGOV CHNGOV 040");
  }

  @Test
  void twoSidesMeetingInAThirdCountryMeetEachOtherNotTheHost() {
    assertThat(triples(code("US/US/NNP/LOCATION and/and/CC Iranian/Iranian/JJ negotiators/negotiator/NNS held/hold/VBD talks/talk/NNS in/in/IN "
        + "Muscat/Muscat/NNP/LOCATION on/on/IN Sunday/Sunday/NNP ././.",
        "compound(4,1) cc(3,2) compound(4,3) conj:and(1,3) nsubj(5,4) root(0,5) obj(5,6) case(8,7) nmod:in(6,8) case(10,9) obl:on(5,10) punct(5,11)")))
        .contains("USAGOV IRNGOV 040").noneMatch(t -> t.contains("OMN"));
  }

  @Test
  void ministersOfTwoSidesMeetingAbroadMeetEachOther() {
    assertThat(triples(code("Uzbek/Uzbek/NNP President/President/NNP Shavkat/Shavkat/NNP/PERSON Mirziyoyev/Mirziyoyev/NNP/PERSON "
        + "telephoned/telephone/VBD Turkmen/Turkmen/NNP President/President/NNP Serdar/Serdar/NNP/PERSON Berdimuhamedov/Berdimuhamedov/NNP/PERSON "
        + "on/on/IN Wednesday/Wednesday/NNP ,/,/, and/and/CC the/the/DT two/two/CD agreed/agree/VBD that/that/IN their/their/PRP$ energy/energy/NN "
        + "ministers/minister/NNS would/would/MD meet/meet/VB in/in/IN Ashgabat/Ashgabat/NNP/LOCATION ././.",
        "compound(2,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) compound(7,6) compound(9,7) compound(9,8) obj(5,9) case(11,10) obl:on(5,11) "
            + "punct(5,12) cc(16,13) det(15,14) nsubj(16,15) conj:and(5,16) mark(22,17) nmod:poss(20,18) compound(20,19) nsubj(22,20) aux(22,21) "
            + "ccomp(16,22) case(24,23) obl:in(22,24) punct(5,25)")))
        .contains("UZBGOV TKMGOV 036").doesNotHaveDuplicates();
  }

  @Test
  void thePlaceOfATopicIsNoHost() {
    assertThat(triples(code("The/the/DT Japanese/Japanese/JJ minister/minister/NN discussed/discuss/VBD developments/development/NNS in/in/IN "
        + "North/North/NNP/LOCATION Korea/Korea/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) case(8,6) compound(8,7) nmod:in(5,8) case(10,9) obl:on(4,10) punct(4,11)")))
        .noneMatch(t -> t.contains("PRK"));
  }
}
