package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A thing a plain statement talks of is not the speaker's (EarlierEvents.latestNamingEvent); one called a breach of an agreement is the other party's (AntecedentTargets). */
class ThingsTalkedOfTest {
  @Test
  void aCeremonyTheHolySeeCalledABreachIsNotItsOwn() {
    // "The Holy See said on Friday, calling the ceremony a breach of its agreement. Two priests refused to attend the ceremony."
    var article = code(new HandBuiltText()
        .sentence("The/the/DT Holy/Holy/NNP/ORGANIZATION See/See/NNP/ORGANIZATION said/say/VBD on/on/IN Friday/Friday/NNP ,/,/, calling/call/VBG the/the/DT "
                + "ceremony/ceremony/NN a/a/DT breach/breach/NN of/of/IN its/its/PRP$ agreement/agreement/NN ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) case(6,5) obl:on(4,6) punct(4,7) dep(4,8) det(10,9) obj(8,10) det(12,11) dep(10,12) case(15,13) "
                + "nmod:poss(15,14) nmod:of(12,15) punct(4,16)")
        .sentence("Two/two/CD priests/priest/NNS refused/refuse/VBD to/to/TO attend/attend/VB the/the/DT ceremony/ceremony/NN ././.",
            "nummod(2,1) nsubj(3,2) nsubj:xsubj(5,2) root(0,3) mark(5,4) xcomp(3,5) det(7,6) obj(5,7) punct(3,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("VAT - 010").noneMatch(t -> t.contains(" VAT 1") || t.contains(" VAT 0"));
  }

  @Test
  void aDeedCalledABreachOfOnesAgreementWithAnotherIsLaidOnThatOtherOnTheDayOfTheSaying() {
    // "A bishop was ordained on Thursday, the Holy See said on Friday, calling the ceremony a breach of its agreement with Beijing."
    var article = code(new HandBuiltText().sentence("A/a/DT bishop/bishop/NN was/be/VBD ordained/ordain/VBN on/on/IN Thursday/Thursday/NNP ,/,/, the/the/DT "
            + "Holy/Holy/NNP/ORGANIZATION See/See/NNP/ORGANIZATION said/say/VBD on/on/IN Friday/Friday/NNP ,/,/, calling/call/VBG the/the/DT ceremony/ceremony/NN "
            + "a/a/DT breach/breach/NN of/of/IN its/its/PRP$ agreement/agreement/NN with/with/IN Beijing/Beijing/NNP/LOCATION ././.",
        "det(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) case(6,5) obl:on(4,6) punct(4,7) det(10,8) compound(10,9) nsubj(11,10) dep(4,11) case(13,12) "
            + "obl:on(11,13) punct(11,14) dep(11,15) det(17,16) obj(15,17) det(19,18) dep(17,19) case(22,20) nmod:poss(22,21) nmod:of(19,22) case(24,23) "
            + "nmod:with(22,24) punct(4,25)").timex(6, 6, "DATE").timex(13, 13, "DATE"), java.time.LocalDate.of(2025, 11, 15));
    assertThat(article.events()).filteredOn(e -> triple(e).equals("VAT CHNGOV 111")).extracting(e -> e.date().value()).containsExactly("2025-11-14");
  }
}
