package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A state's own bodies whose names hold an organisation's name. */
class StateBodiesTest {
  @Test
  void aNationalSecurityCouncilIsTheStatesNotTheUnsSecurityCouncil() {
    // "Iran's National Security Council accused Israel."
    assertThat(code("Iran/Iran/NNP/LOCATION 's/'s/POS National/National/NNP/ORGANIZATION Security/Security/NNP/ORGANIZATION Council/Council/NNP/ORGANIZATION "
        + "accused/accuse/VBD Israel/Israel/NNP/LOCATION ././.",
        "nmod:poss(5,1) case(1,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)").events())
        .extracting(e -> triple(e)).contains("IRNGOV ISR 112");
  }

  @Test
  void aGovernorOfARegionIsOfTheRegionsCountryNotOfTheOfficialsToldBefore() {
    // "Lithuania's foreign minister criticised Russia. The governor of the Kaliningrad region criticised Lithuania."
    assertThat(code(new dev.annals.coding.HandBuiltText()
        .sentence("Lithuania/Lithuania/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN criticised/criticise/VBD Russia/Russia/NNP/LOCATION ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)")
        .sentence("The/the/DT governor/governor/NN of/of/IN the/the/DT Kaliningrad/Kaliningrad/NNP/LOCATION region/region/NN criticised/criticise/VBD "
            + "Lithuania/Lithuania/NNP/LOCATION ././.",
            "det(2,1) nsubj(7,2) case(6,3) det(6,4) compound(6,5) nmod:of(2,6) root(0,7) obj(7,8) punct(7,9)")).events())
        .extracting(e -> triple(e)).contains("RUSGOV LTU 111").doesNotContain("LTUGOV LTU 111");
  }

  @Test
  void aChildWelfareDirectorateIsTheStatesNotChildren() {
    // "Norway's child welfare directorate criticised Poland."
    assertThat(code("Norway/Norway/NNP/LOCATION 's/'s/POS child/child/NN welfare/welfare/NN directorate/directorate/NN criticised/criticise/VBD "
        + "Poland/Poland/NNP/LOCATION ././.",
        "nmod:poss(5,1) case(1,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)").events())
        .extracting(e -> triple(e)).contains("NORGOV POL 111");
  }

  @Test
  void theSecurityCouncilItselfIsStillTheUns() {
    // "The Security Council accused Israel."
    assertThat(code("The/the/DT Security/Security/NNP/ORGANIZATION Council/Council/NNP/ORGANIZATION accused/accuse/VBD Israel/Israel/NNP/LOCATION ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)").events())
        .extracting(e -> triple(e)).contains("UNSC ISR 112");
  }

  @Test
  void aStatesCouncilOfNoKnownNameIsItsGovernment() {
    // "Haiti's Transitional Presidential Council thanked Kenya."
    assertThat(code("Haiti/Haiti/NNP/LOCATION 's/'s/POS Transitional/Transitional/NNP/ORGANIZATION Presidential/Presidential/NNP/ORGANIZATION "
            + "Council/Council/NNP/ORGANIZATION thanked/thank/VBD Kenya/Kenya/NNP/LOCATION ././.",
        "nmod:poss(5,1) case(1,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)").events())
        .extracting(e -> triple(e)).contains("HTIGOV KEN 051");
  }

  @Test
  void aBodyOfNoKnownNameOwnedByACountryActsForTheCountry() {
    // "Russia's Gazprom criticised Ukraine.": an unknown organisation the possessive places.
    assertThat(code("Russia/Russia/NNP/LOCATION 's/'s/POS Gazprom/Gazprom/NNP/ORGANIZATION criticised/criticise/VBD Ukraine/Ukraine/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)").events())
        .extracting(e -> triple(e)).contains("RUS UKR 111");
    // "Gazprom criticised Ukraine.": with no owner, no actor.
    assertThat(code("Gazprom/Gazprom/NNP/ORGANIZATION criticised/criticise/VBD Ukraine/Ukraine/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)").events()).isEmpty();
  }

  @Test
  void aDefenceAgencyIsTheGovernmentsNotTheArmys() {
    // "Japan's Defense Agency accused China." (a cabinet agency, its head a minister of state)
    assertThat(code("Japan/Japan/NNP/LOCATION 's/'s/POS Defense/Defense/NNP/ORGANIZATION Agency/Agency/NNP/ORGANIZATION accused/accuse/VBD "
        + "China/China/NNP/LOCATION ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)").events())
        .extracting(e -> triple(e)).contains("JPNGOV CHN 112");
  }

  @Test
  void aHighCommissionIsTheStatesEmbassy() {
    // "The Australian high commission criticised Samoa."
    assertThat(code("The/the/DT Australian/Australian/JJ/MISC high/high/JJ commission/commission/NN criticised/criticise/VBD Samoa/Samoa/NNP/LOCATION ././.",
        "det(4,1) amod(4,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)").events())
        .extracting(e -> triple(e)).contains("AUSGOV WSM 111");
  }

  @Test
  void aMinistryOfNoCountryWhoseOfficialsAStatesPoliceArrestIsThatStates() {
    // "Norway suspended aid to Malawi on Monday, the Norwegian foreign ministry said. Malawian
    // police said they had arrested three officials of the education ministry": not Norway's.
    HandBuiltText text = new HandBuiltText().sentence(
        "Norway/Norway/NNP/LOCATION suspended/suspend/VBD aid/aid/NN to/to/IN Malawi/Malawi/NNP/LOCATION on/on/IN Monday/Monday/NNP ,/,/, "
            + "the/the/DT Norwegian/Norwegian/JJ foreign/foreign/JJ ministry/ministry/NN said/say/VBD ././.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,7) punct(2,8) parataxis(2,13) punct(2,14) nmod:to(3,5) case(5,4) case(7,6) det(12,9) "
            + "amod(12,10) amod(12,11) nsubj(13,12)").sentence(
        "Malawian/Malawian/JJ police/police/NNS said/say/VBD they/they/PRP had/have/VBD arrested/arrest/VBN three/three/CD "
            + "officials/official/NNS of/of/IN the/the/DT education/education/NN ministry/ministry/NN ././.",
        "root(0,3) amod(2,1) nsubj(3,2) ccomp(3,6) punct(3,13) nsubj(6,4) aux(6,5) obj(6,8) nummod(8,7) nmod:of(8,12) case(12,9) det(12,10) "
            + "compound(12,11)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("MWICOP MWIGOV 173");
  }

  @Test
  void theChairmanOfAStatesAgencyActsForTheAgency() {
    // "Nigeria's anti-drug agency arrested four Brazilians. The agency's chairman accused Brazil of negligence."
    assertThat(code(new HandBuiltText()
        .sentence("Nigeria/Nigeria/NNP/LOCATION 's/'s/POS anti-drug/anti-drug/JJ agency/agency/NN arrested/arrest/VBN "
            + "four/four/CD Brazilians/Brazilian/NNS ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,8) nummod(7,6)")
        .sentence("The/the/DT agency/agency/NN 's/'s/POS chairman/chairman/NN accused/accuse/VBD Brazil/Brazil/NNP/LOCATION "
            + "of/of/IN negligence/negligence/NN ././.",
            "root(0,5) det(2,1) case(2,3) nmod:poss(4,2) nsubj(5,4) obj(5,6) obl:of(5,8) punct(5,9) case(8,7)")).events())
        .extracting(e -> triple(e)).contains("NGAGOV BRA 112");
  }

  @Test
  void aStatesMissionIsItsGovernmentWhereverItIs() {
    // "China's mission in Vilnius warned Lithuania of consequences."
    assertThat(code(new HandBuiltText()
        .sentence("China/China/NNP/LOCATION 's/'s/POS mission/mission/NN in/in/IN Vilnius/Vilnius/NNP/LOCATION warned/warn/VBD "
            + "Lithuania/Lithuania/NNP/LOCATION of/of/IN consequences/consequence/NNS ././.",
            "root(0,6) nmod:poss(3,1) nmod:in(3,5) case(1,2) nsubj(6,3) obj(6,7) obl:of(6,9) punct(6,10) case(5,4) case(9,8)")).events())
        .extracting(e -> triple(e)).contains("CHNGOV LTU 1384");
  }
}
