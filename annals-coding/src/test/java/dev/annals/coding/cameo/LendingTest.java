package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lending money is economic aid; lending legitimacy or weight to someone is endorsing them. */
class LendingTest {
  @Test
  void lendingLegitimacyIsEndorsement() {
    // "Kazakhstan lent legitimacy to the Taliban."
    assertThat(code("Kazakhstan/Kazakhstan/NNP/LOCATION lent/lend/VBD legitimacy/legitimacy/NN to/to/IN the/the/DT Taliban/Taliban/NNP/ORGANIZATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:to(2,6) punct(2,7)").events())
        .extracting(e -> triple(e)).contains("KAZ TALIBAN 051").noneMatch(t -> t.endsWith(" 071"));
  }

  @Test
  void lendingMoneyIsEconomicAid() {
    // "Japan lent money to Kenya."
    assertThat(code("Japan/Japan/NNP/LOCATION lent/lend/VBD money/money/NN to/to/IN Kenya/Kenya/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) punct(2,6)").events())
        .extracting(e -> triple(e)).contains("JPN KEN 071");
  }
}
