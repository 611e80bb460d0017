package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a judgment says a deed does, after "as", is no act of the judge's (Characterisations). */
class CharacterisationsTest {
  @Test
  void aParticipleAfterAsOnACriticismIsNoEvent() {
    // "Kenya criticised Uganda's ban as punishing traders."
    assertThat(triples(code("Kenya/Kenya/NNP/LOCATION criticised/criticise/VBD Uganda/Uganda/NNP/LOCATION 's/'s/POS ban/ban/NN as/as/IN "
        + "punishing/punish/VBG traders/trader/NNS ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) mark(7,6) advcl:as(2,7) obj(7,8) punct(2,9)")))
        .anyMatch(t -> t.startsWith("KEN UGA") && t.endsWith(" 111")).noneMatch(t -> t.contains(" 17"));
  }

  @Test
  void aParticipleAfterAsOnADeedIsStillADeed() {
    // "Kenya closed its border as punishing Uganda": the participle hangs on a deed, not on a judgment.
    assertThat(triples(code("Kenya/Kenya/NNP/LOCATION closed/close/VBD its/its/PRP$ border/border/NN as/as/IN punishing/punish/VBG Uganda/Uganda/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) mark(6,5) advcl:as(2,6) obj(6,7) punct(2,8)")))
        .anyMatch(t -> t.startsWith("KEN UGA") && t.contains(" 17"));
  }
}
