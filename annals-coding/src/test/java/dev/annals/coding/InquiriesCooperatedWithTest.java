package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cooperation with an inquiry is with whoever investigates or asked for it (AntecedentTargets). */
class InquiriesCooperatedWithTest {
  @Test
  void cooperatingWithTheInquiryIsCooperatingWithWhoeverAskedForQuestioning() {
    // "Chilean prosecutors asked Peru on Monday to make two engineers available for questioning.
    // Peru's foreign ministry said on Thursday that Lima would cooperate with the inquiry."
    HandBuiltText text = new HandBuiltText().sentence(
        "Chilean/Chilean/JJ prosecutors/prosecutor/NNS asked/ask/VBD Peru/Peru/NNP/LOCATION on/on/IN Monday/Monday/NNP to/to/TO "
            + "make/make/VB two/two/CD engineers/engineer/NNS available/available/JJ for/for/IN questioning/question/VBG ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,4) obl:on(3,6) xcomp(3,8) punct(3,14) nsubj:xsubj(8,4) mark(8,7) xcomp(8,11) case(6,5) "
            + "nummod(10,9) nsubj(11,10) obl:for(11,13) case(13,12)").sentence(
        "Peru/Peru/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD on/on/IN Thursday/Thursday/NNP that/that/WDT "
            + "Lima/Lima/NNP/LOCATION would/would/MD cooperate/cooperate/VB with/with/IN the/the/DT inquiry/inquiry/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,11) punct(5,15) case(7,6) dep(11,8) nsubj(11,9) "
            + "aux(11,10) obl:with(11,14) case(14,12) det(14,13)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERGOV CHLJUD 03"));
  }
}
