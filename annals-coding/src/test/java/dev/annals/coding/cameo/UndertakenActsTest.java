package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An undertaking takes the intent code and the target of the act it governs (UndertakenActs). */
class UndertakenActsTest {
  @Test
  void agreeingToSupplyArmsIsAnIntentToGiveMilitaryAidToTheRecipient() {
    // "Japan agreed to supply Chile with radar systems and a fleet of patrol boats."
    assertThat(code("Japan/Japan/NNP/LOCATION agreed/agree/VBD to/to/TO supply/supply/VB Chile/Chile/NNP/LOCATION with/with/IN radar/radar/NN systems/system/NNS "
        + "and/and/CC a/a/DT fleet/fleet/NN of/of/IN patrol/patrol/NN boats/boat/NNS ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) obj(4,5) case(8,6) compound(8,7) obl:with(4,8) cc(11,9) det(11,10) conj:and(8,11) obl:with(4,11) "
            + "case(14,12) compound(14,13) nmod:of(11,14) punct(2,15)").events())
        .extracting(e -> triple(e)).contains("JPN CHL 0332");
  }

  @Test
  void aPledgeOfMoneyKeepsItsOwnCode() {
    // "Japan pledged $50 million to support Chile.": the pledge already says what is given.
    assertThat(code("Japan/Japan/NNP/LOCATION pledged/pledge/VBD $/$/$ 50/50/CD million/million/CD to/to/TO support/support/VB Chile/Chile/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) compound(5,4) nummod(3,5) mark(7,6) advcl:to(2,7) obj(7,8) punct(2,9)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("JPN CHL 032"));
  }
}
