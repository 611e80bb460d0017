package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is done "without" doing, at no one, tells how; the act left undone is no event (TargetlessEvents). */
class MannerLeftUndoneTest {
  @Test
  void aShotNotFiredInADetentionIsNoEvent() {
    // "Chilean commandos detained 11 pirates without firing a shot."
    assertThat(code("Chilean/Chilean/JJ/MISC commandos/commando/NNS detained/detain/VBD 11/11/CD pirates/pirate/NNS without/without/IN "
            + "firing/fire/VBG a/a/DT shot/shot/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) mark(7,6) advcl:without(3,7) det(9,8) obj(7,9) punct(3,10)").events())
        .extracting(e -> e.type().rootCode()).contains("17").doesNotContain("19");
  }

  @Test
  void aShotFiredInADetentionIsAnEvent() {
    // "Chilean commandos detained 11 pirates after firing a shot."
    assertThat(code("Chilean/Chilean/JJ/MISC commandos/commando/NNS detained/detain/VBD 11/11/CD pirates/pirate/NNS after/after/IN "
            + "firing/fire/VBG a/a/DT shot/shot/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) mark(7,6) advcl:after(3,7) det(9,8) obj(7,9) punct(3,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.contains(" 19"));
  }
}
