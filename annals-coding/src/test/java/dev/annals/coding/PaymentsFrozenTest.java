package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "froze payments to two projects" freezes payments (1621), not projects (160), and payments to
 * things of no side of their own are stopped for the country the things are in.
 */
class PaymentsFrozenTest {

  @Test
  void paymentsFrozenForProjectsInACountryAreAidStoppedToIt() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Sweden/Sweden/NNP/LOCATION froze/freeze/VBD payments/payment/NNS to/to/IN three/three/CD clinics/clinic/NNS "
            + "run/run/VBN by/by/IN charities/charity/NNS in/in/IN Zambia/Zambia/NNP/LOCATION on/on/IN Monday/Monday/NNP "
            + "././.",
            "root(0,2) nsubj(2,1) dep(2,7) punct(2,14) nsubj(7,3) obl:by(7,9) obl:on(7,13) nmod:to(3,6) case(6,4) "
            + "nummod(6,5) case(9,8) nmod:in(9,11) case(11,10) case(13,12)")
        .sentence("Sweden/Sweden/NNP/LOCATION froze/freeze/VBD payments/payment/NNS to/to/IN two/two/CD projects/project/NNS "
            + "in/in/IN Zambia/Zambia/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ././.",
            "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,10) punct(2,11) nmod:to(3,6) case(6,4) nummod(6,5) nmod:in(6,8) "
            + "case(8,7) case(10,9)"))))
        .contains("SWE ZMB 1621")
        .noneMatch(t -> t.endsWith(" 160"));
  }
}
