package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A ransom demanded of no one named is an event all the same (TargetlessEvents); another demand of no one is not. */
class RansomDemandsTest {
  @Test
  void kidnappersDemandingARansomMakeADemand() {
    // "Hamas demanded a ransom."
    assertThat(code("Hamas/Hamas/NNP/ORGANIZATION demanded/demand/VBD a/a/DT ransom/ransom/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("\\S+ - 10\\d*"));
  }

  @Test
  void aDemandOfSomethingElseOfNoOneIsNoEvent() {
    // "Hamas demanded a hearing."
    assertThat(code("Hamas/Hamas/NNP/ORGANIZATION demanded/demand/VBD a/a/DT hearing/hearing/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.matches("\\S+ - 10\\d*"));
  }
}
