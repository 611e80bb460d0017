package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which words carry an event noun's actors (SupportVerbs). */
class LightVerbsTest {
  @Test
  void anAdjectiveSpeltLikeALightVerbCarriesNoEvent() {
    // "Kenya's foreign minister was present at the ceremony."
    assertThat(code("Kenya/Kenya/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN was/be/VBD present/present/JJ at/at/IN the/the/DT ceremony/ceremony/NN ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(6,4) cop(6,5) root(0,6) case(9,7) det(9,8) obl:at(6,9) punct(6,10)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("KENGOV"));
  }

  @Test
  void aRequestHandedOverIsMadeToWhomItIsHanded() {
    // "Kenya handed Uganda a request for talks."
    assertThat(code("Kenya/Kenya/NNP/LOCATION handed/hand/VBD Uganda/Uganda/NNP/LOCATION a/a/DT request/request/NN for/for/IN talks/talk/NNS ././.",
        "nsubj(2,1) root(0,2) iobj(2,3) det(5,4) obj(2,5) case(7,6) nmod:for(5,7) punct(2,8)").events())
        .extracting(e -> triple(e)).contains("KEN UGA 026");
  }
}
