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
}
