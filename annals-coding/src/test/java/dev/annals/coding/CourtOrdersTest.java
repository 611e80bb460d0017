package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a court orders done to people is done: "ordered the journalist held" is a detention (ReleasedPeople). */
class CourtOrdersTest {
  @Test
  void aCourtThatOrdersSomeoneHeldDetainsThem() {
    // "A court in Ankara ordered the German journalist held pending trial on Wednesday."
    assertThat(triples(code(
        "A/a/DT court/court/NN in/in/IN Ankara/Ankara/NNP/LOCATION ordered/order/VBD the/the/DT German/German/JJ journalist/journalist/NN held/hold/VBN "
            + "pending/pending/VBG trial/trial/NN on/on/IN Wednesday/Wednesday/NNP ././.",
        "det(2,1) nsubj(5,2) case(4,3) nmod:in(2,4) root(0,5) det(8,6) amod(8,7) obj(5,8) acl(8,9) case(11,10) obl:pending(9,11) case(13,12) obl:on(9,13) "
            + "punct(5,14)"))).contains("TURJUD DEUMED 173").noneMatch(t -> t.endsWith(" 100"));
  }

  @Test
  void himIsTheOnePersonWithNoNameTheStoryActedOnLast() {
    // "Turkish police detained a German journalist at Istanbul airport on Monday. A court in Istanbul ordered him held pending trial on Wednesday."
    HandBuiltText text = new HandBuiltText().sentence(
        "Turkish/Turkish/JJ police/police/NN detained/detain/VBD a/a/DT German/German/JJ journalist/journalist/NN at/at/IN Istanbul/Istanbul/NNP/LOCATION "
            + "airport/airport/NN on/on/IN Monday/Monday/NNP ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) case(9,7) compound(9,8) nmod:at(6,9) case(11,10) obl:on(3,11) punct(3,12)").sentence(
        "A/a/DT court/court/NN in/in/IN Istanbul/Istanbul/NNP/LOCATION ordered/order/VBD him/him/PRP held/hold/VBN pending/pending/VBG trial/trial/NN "
            + "on/on/IN Wednesday/Wednesday/NNP ././.",
        "det(2,1) nsubj(5,2) case(4,3) nmod:in(2,4) root(0,5) obj(5,6) xcomp(5,7) case(9,8) obl:pending(7,9) case(11,10) nmod:on(9,11) punct(5,12)");
    assertThat(triples(code(text))).contains("TURJUD DEUMED 173");
  }
}
