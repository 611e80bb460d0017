package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Modality;
import org.junit.jupiter.api.Test;

/** An event noun that a verb asked of someone takes is asked for, not done. */
class NounsAskedForTest {
  @Test
  void fundingAskedToBeKeptIsNotGiven() {
    // "Denmark asked the Commission to keep EU funding in place."
    var events = code("Denmark/Denmark/NNP/LOCATION asked/ask/VBD the/the/DT Commission/Commission/NNP/ORGANIZATION to/to/TO keep/keep/VB EU/EU/NNP/ORGANIZATION "
            + "funding/funding/NN in/in/IN place/place/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj:xsubj(6,4) mark(6,5) xcomp(2,6) compound(8,7) obj(6,8) case(10,9) obl:in(6,10) punct(2,11)").events();
    assertThat(events).filteredOn(e -> e.type().code().startsWith("07")).allMatch(e -> e.modality() != Modality.ASSERTED);
    assertThat(events).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("DNK EU") && t.contains(" 02"));
  }

  @Test
  void fundingKeptIsGiven() {
    // "The EU kept its funding in place.": the noun takes no mood from a plain verb.
    var events = code("The/the/DT EU/EU/NNP/ORGANIZATION kept/keep/VBD EU/EU/NNP/ORGANIZATION funding/funding/NN for/for/IN Denmark/Denmark/NNP/LOCATION ././.",
        "det(2,1) nsubj(3,2) root(0,3) compound(5,4) obj(3,5) case(7,6) nmod:for(5,7) punct(3,8)").events();
    assertThat(events).filteredOn(e -> e.type().code().startsWith("07")).isNotEmpty().allMatch(e -> e.modality() == Modality.ASSERTED);
  }
}
