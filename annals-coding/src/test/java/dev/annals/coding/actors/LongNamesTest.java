package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names of organisations that the parser splits around "for", "Without" or a possessive, and of countries part of which the tagger calls a person. */
class LongNamesTest {
  @Test
  void aNameMayBeginBeforeItsHead() {
    // "The International Organization for Migration urged Chile to act."
    assertThat(code("The/the/DT International/International/NNP/ORGANIZATION Organization/Organization/NNP/ORGANIZATION for/for/IN/ORGANIZATION "
            + "Migration/Migration/NNP/ORGANIZATION urged/urge/VBD Chile/Chile/NNP/LOCATION to/to/TO act/act/VB ././.",
        "det(3,1) compound(3,2) case(5,4) nmod:for(3,5) nsubj(6,3) root(0,6) obj(6,7) mark(9,8) xcomp(6,9) punct(6,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("IOM CHL 02"));
  }

  @Test
  void aNameMayRunThroughAPossessive() {
    // "The UN children's agency urged Chile to act." (UNICEF; not the UN of "UN children")
    assertThat(code("The/the/DT UN/UN/NNP/ORGANIZATION children/child/NNS 's/'s/POS agency/agency/NN urged/urge/VBD Chile/Chile/NNP/LOCATION "
            + "to/to/TO act/act/VB ././.",
        "det(3,1) compound(3,2) nmod:poss(5,3) case(3,4) nsubj(6,5) root(0,6) obj(6,7) mark(9,8) xcomp(6,9) punct(6,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("UNICEF CHL 02")).noneMatch(t -> t.startsWith("UN "));
  }

  @Test
  void aNameMayBeHeadedByACommonPlural() {
    // "Reporters Without Borders urged Chile to act."
    assertThat(code("Reporters/reporter/NNS Without/without/IN Borders/Borders/NNP urged/urge/VBD Chile/Chile/NNP/LOCATION to/to/TO act/act/VB ././.",
        "nsubj(4,1) case(3,2) nmod:without(1,3) root(0,4) obj(4,5) mark(7,6) xcomp(4,7) punct(4,8)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("RWB CHL 02"));
  }

  @Test
  void aCountrysNameIsNotAPersonForOneWordTheTaggerCallsOne() {
    // "Timor-Leste's government criticized Indonesia.", "Leste" tagged a person.
    assertThat(code("Timor/Timor/NNP ~-/-/HYPH ~Leste/Leste/NNP/PERSON 's/'s/POS government/government/NN criticized/criticize/VBD "
            + "Indonesia/Indonesia/NNP/LOCATION ././.",
        "compound(3,1) punct(3,2) nmod:poss(5,3) case(3,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)").events())
        .extracting(e -> triple(e)).contains("TLSGOV IDN 111");
  }

  @Test
  void aBranchOfAGroupIsTheGroupOfBothItsNames() {
    // "Islamic State's Khorasan branch claimed the attack." (ISKP, "Islamic State Khorasan")
    assertThat(code("Islamic/Islamic/JJ/ORGANIZATION State/State/NNP/ORGANIZATION 's/'s/POS Khorasan/Khorasan/NNP/LOCATION branch/branch/NN "
            + "claimed/claim/VBD the/the/DT attack/attack/NN ././.",
        "amod(5,1) nmod:poss(5,2) case(2,3) compound(5,4) nsubj(6,5) root(0,6) det(8,7) obj(6,8) punct(6,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ISKP ") && t.endsWith(" 015"));
  }

  @Test
  void aBodysSecretariatSpeaksForIt() {
    // "The EAC secretariat urged Kenya to act."
    assertThat(code("The/the/DT EAC/EAC/NNP/ORGANIZATION secretariat/secretariat/NN urged/urge/VBD Kenya/Kenya/NNP/LOCATION to/to/TO act/act/VB ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) mark(7,6) xcomp(4,7) punct(4,8)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("EAC KEN 02"));
  }
}
