package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What two sides do together (an agreement, contact) concerns the side named "with" it, however deep the parser hangs it. */
class OtherSideOfMutualThingsTest {
  @Test
  void anAgreementIsSignedWithTheSideHungOnANounInsideTheObject() {
    // "Chile signed agreements on trade and police training with Peru's president.", with
    // "training" tagged as a participle that carries the "with".
    assertThat(code("Chile/Chile/NNP/LOCATION signed/sign/VBD agreements/agreement/NNS on/on/IN trade/trade/NN and/and/CC police/police/NNS training/train/VBG "
            + "with/with/IN Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:on(3,5) cc(7,6) conj:and(5,7) nmod:on(3,7) acl(5,8) case(12,9) nmod:poss(12,10) case(10,11) obl:with(8,12) punct(2,13)")
        .events())
        .extracting(e -> triple(e)).contains("CHL PERGOV 057").noneMatch(t -> t.contains("COP"));
  }

  @Test
  void opposingContactWithACountryIsAimedAtThatCountry() {
    // "China said it opposed any contact with Japan."
    assertThat(code("China/China/NNP/LOCATION said/say/VBD it/it/PRP opposed/oppose/VBD any/any/DT contact/contact/NN with/with/IN Japan/Japan/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) obj(4,6) case(8,7) nmod:with(6,8) punct(2,9)").events())
        .extracting(e -> triple(e)).contains("CHN JPN 110");
  }

  @Test
  void contactWithOnesOwnPeopleIsNoTarget() {
    // "Japan opposed any contact with Japanese fishermen." is no act of Japan's on itself.
    assertThat(code("Japan/Japan/NNP/LOCATION opposed/oppose/VBD any/any/DT contact/contact/NN with/with/IN Japanese/Japanese/JJ/MISC fishermen/fisherman/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) amod(7,6) nmod:with(4,7) punct(2,8)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("JPN JPN"));
  }
}
