package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Vigilantes are plain people, and a raid on stalls happens where the stalls are run; the trade
 * a dispute may harm is no dealing of the story.
 */
class VigilanteRaidsTest {
  private static dev.annals.model.CodedArticle raidOnTraders() {
    // "Ghana summoned South Africa's high commissioner in Accra on Thursday after members of an
    // anti-immigrant vigilante group raided stalls run by Ghanaian traders in Johannesburg and beat
    // several of them, the Ghanaian foreign ministry said. South Africa's international relations
    // department condemned the raid on Friday."
    return code(new HandBuiltText().sentence(
        "Ghana/Ghana/NNP/LOCATION summoned/summon/VBD South/South/NNP/LOCATION Africa/Africa/NNP/LOCATION 's/'s/POS high/high/JJ "
            + "commissioner/commissioner/NN in/in/IN Accra/Accra/NNP/LOCATION on/on/IN Thursday/Thursday/NNP after/after/IN members/member/NNS "
            + "of/of/IN an/a/DT anti-immigrant/anti-immigrant/JJ vigilante/vigilante/JJ group/group/NN raided/raid/VBD stalls/stall/NNS "
            + "run/run/VBN by/by/IN Ghanaian/Ghanaian/JJ traders/trader/NNS in/in/IN Johannesburg/Johannesburg/NNP/LOCATION and/and/CC "
            + "beat/beat/VBD several/several/JJ of/of/IN them/they/PRP ,/,/, the/the/DT Ghanaian/Ghanaian/JJ foreign/foreign/JJ "
            + "ministry/ministry/NN said/say/VBD ././.",
        "root(0,2) nsubj(2,1) obj(2,7) obl:in(2,9) obl:on(2,11) advcl:after(2,19) advcl:after(2,28) punct(2,32) parataxis(2,37) punct(2,38) "
            + "compound(4,3) case(4,5) nmod:poss(7,4) amod(7,6) case(9,8) case(11,10) mark(19,12) nsubj(19,13) dep(19,21) conj:and(19,28) "
            + "nmod:of(13,18) nsubj(28,13) cc(28,27) obj(28,31) case(18,14) det(18,15) amod(18,16) amod(18,17) nsubj(21,20) obl:by(21,24) "
            + "obl:in(21,26) case(24,22) amod(24,23) case(26,25) det:qmod(31,29) fixed(29,30) det(36,33) amod(36,34) amod(36,35) nsubj(37,36)").sentence(
        "South/South/NNP/LOCATION Africa/Africa/NNP/LOCATION 's/'s/POS international/international/JJ relations/relation/NNS "
            + "department/department/NN condemned/condemn/VBD the/the/DT raid/raid/NN on/on/IN Friday/Friday/NNP ././.",
        "root(0,7) compound(2,1) case(2,3) nmod:poss(6,2) compound(6,5) amod(5,4) nsubj(7,6) obj(7,9) obl:on(7,11) punct(7,12) det(9,8) "
            + "case(11,10)"), LocalDate.of(2026, 3, 14));
  }

  @Test
  void theVigilantesRaidWhereTheStallsAreRunAndAreOfThatCountry() {
    assertThat(raidOnTraders().events()).filteredOn(e -> e.type().code().equals("171")).isNotEmpty()
        .allMatch(e -> triple(e).equals("ZAFCVL GHABUS 171") && e.place().map(p -> p.name().equals("Johannesburg")).orElse(false));
  }

  @Test
  void soTheirOwnGovernmentCondemnsThemNotGhana() {
    assertThat(raidOnTraders().events()).filteredOn(e -> e.type().code().equals("111")).extracting(e -> triple(e))
        .containsExactly("ZAFGOV ZAFCVL 111");
  }

  @Test
  void tradeADisputeMayHarmIsNoDealingOfTheStory() {
    // "Ghana summoned South Africa's high commissioner on Thursday. The African Union Commission's
    // chairperson urged both governments to keep the dispute from harming trade between them."
    var article = code(new HandBuiltText().sentence(
        "Ghana/Ghana/NNP/LOCATION summoned/summon/VBD South/South/NNP/LOCATION Africa/Africa/NNP/LOCATION 's/'s/POS high/high/JJ "
            + "commissioner/commissioner/NN on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,7) obl:on(2,9) punct(2,10) compound(4,3) case(4,5) nmod:poss(7,4) amod(7,6) case(9,8)").sentence(
        "The/the/DT African/African/NNP/ORGANIZATION Union/Union/NNP/ORGANIZATION Commission/Commission/NNP/ORGANIZATION 's/'s/POS "
            + "chairperson/chairperson/NN urged/urge/VBD both/both/DT governments/government/NNS to/to/TO keep/keep/VB the/the/DT "
            + "dispute/dispute/NN from/from/IN harming/harm/VBG trade/trade/NN between/between/IN them/they/PRP ././.",
        "root(0,7) det(4,1) compound(4,3) case(4,5) compound(3,2) nmod:poss(6,4) nsubj(7,6) obj(7,9) xcomp(7,11) punct(7,19) det(9,8) "
            + "nsubj:xsubj(11,9) mark(11,10) obj(11,13) obl:from(11,16) det(13,12) case(16,14) amod(16,15) nmod:between(16,18) case(18,17)"), LocalDate.of(2026, 3, 14));
    assertThat(article.events()).extracting(e -> e.type().code()).contains("020").doesNotContain("061");
  }
}
