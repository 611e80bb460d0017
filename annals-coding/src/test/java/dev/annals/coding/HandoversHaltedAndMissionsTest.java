package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Handovers a court halts, rulings studied, people called something, and the government a mission with no place urges. */
class HandoversHaltedAndMissionsTest {
  @Test
  void aCourtThatHaltsAHandoverToAnotherSideTurnsThatSideDown() {
    // "A Kenyan court on Monday halted the transfer of a state farm to Egypt's state-run Nile Company."
    var article = code(new HandBuiltText().sentence(
        "A/a/DT Kenyan/Kenyan/JJ court/court/NN on/on/IN Monday/Monday/NNP halted/halt/VBD the/the/DT transfer/transfer/NN of/of/IN a/a/DT "
            + "state/state/NN farm/farm/NN to/to/IN Egypt/Egypt/NNP/LOCATION 's/'s/POS state/state/NN -/-/HYPH run/run/VBN "
            + "Nile/Nile/NNP/ORGANIZATION Company/Company/NNP/ORGANIZATION ././.",
        "root(0,6) det(3,1) amod(3,2) nmod:on(3,5) nsubj(6,3) obj(6,8) punct(6,21) case(5,4) det(8,7) nmod:of(8,12) nmod:to(8,20) "
            + "case(12,9) det(12,10) compound(12,11) case(20,13) nmod:poss(20,14) amod(20,18) compound(20,19) case(14,15) obl(18,16) punct(18,17)"), LocalDate.of(2026, 3, 11));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("KENJUD EGY\\w* 120"));
  }

  @Test
  void aGovernmentThatWillStudyARulingConsidersIt() {
    // "Ghana's attorney general said on Tuesday that the government would study the ruling."
    var article = code(new HandBuiltText().sentence(
        "Ghana/Ghana/NNP/LOCATION 's/'s/POS attorney/attorney/NN general/general/NN said/say/VBD on/on/IN Tuesday/Tuesday/NNP that/that/IN "
            + "the/the/DT government/government/NN would/would/MD study/study/VB the/the/DT ruling/ruling/NN ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,12) punct(5,15) case(7,6) mark(12,8) nsubj(12,10) "
            + "aux(12,11) obj(12,14) det(10,9) det(14,13)"), LocalDate.of(2026, 3, 11));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("GHAGOV \\S+ 014"));
  }

  @Test
  void callingAnActorSomethingPhonesNoOne() {
    // "… Uganda's foreign ministry criticised Kenya on Monday, calling the fishermen \"a danger to both our countries\"", the parser reading the quoted words as a second object: they are what the fishermen are called.
    var article = code(new HandBuiltText().sentence(
        "Uganda/Uganda/NNP/LOCATION 's/'s/POS army/army/NN detained/detain/VBD 30/30/CD Kenyan/Kenyan/JJ fishermen/fisherman/NNS on/on/IN "
            + "Lake/Lake/NNP/LOCATION Victoria/Victoria/NNP/LOCATION on/on/IN Sunday/Sunday/NNP ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,7) obl:on(4,10) obl:on(4,12) punct(4,13) nummod(7,5) amod(7,6) case(10,8) "
            + "compound(10,9) case(12,11)").sentence(
        "Uganda/Uganda/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN criticised/criticise/VBD Kenya/Kenya/NNP/LOCATION "
            + "on/on/IN Monday/Monday/NNP ,/,/, calling/call/VBG the/the/DT fishermen/fisherman/NNS “/“/`` a/a/DT danger/danger/NN to/to/IN "
            + "both/both/CC our/we/PRP$ countries/country/NNS ”/”/'' ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,6) obl:on(5,8) punct(5,9) dep(5,10) punct(5,21) case(8,7) obj(10,12) "
            + "obj(10,15) det(12,11) punct(15,13) det(15,14) nmod:to(15,19) punct(15,20) case(19,16) dep(19,17) nmod:poss(19,18)"), LocalDate.of(2026, 3, 11));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.matches("UGAGOV \\S+ 041"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("UGAGOV KEN 111"));
  }

  @Test
  void aMissionThatNamesNoPlaceDealsWithTheOneOtherStateOfTheStory() {
    // "A Malawian court … halted the sale of a tea estate to an Egyptian company. Egypt's embassy criticised the ruling on Wednesday and urged the government to appeal": the government is Malawi's, not Egypt's own.
    var article = code(new HandBuiltText().sentence(
        "A/a/DT Malawian/Malawian/JJ court/court/NN on/on/IN Tuesday/Tuesday/NNP halted/halt/VBD the/the/DT sale/sale/NN of/of/IN a/a/DT "
            + "tea/tea/NN estate/estate/NN to/to/IN an/a/DT Egyptian/Egyptian/JJ company/company/NN ././.",
        "root(0,6) det(3,1) amod(3,2) nmod:on(3,5) nsubj(6,3) obj(6,8) obl:to(6,16) punct(6,17) case(5,4) det(8,7) nmod:of(8,12) case(12,9) "
            + "det(12,10) compound(12,11) case(16,13) det(16,14) amod(16,15)").sentence(
        "Egypt/Egypt/NNP/LOCATION 's/'s/POS embassy/embassy/NN criticised/criticise/VBD the/the/DT ruling/ruling/NN on/on/IN "
            + "Wednesday/Wednesday/NNP and/and/CC urged/urge/VBD the/the/DT government/government/NN to/to/TO appeal/appeal/VB ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) obl:on(4,8) conj:and(4,10) punct(4,15) nsubj(10,3) cc(10,9) obj(10,12) "
            + "xcomp(10,14) det(6,5) case(8,7) det(12,11) nsubj:xsubj(14,12) mark(14,13)"), LocalDate.of(2026, 3, 13));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("EGYGOV MWIGOV 020"));
  }
}
