package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Modality;
import org.junit.jupiter.api.Test;

/** What a proposal puts in the bare form ("proposed that the two countries take ...") is put forward, not done. */
class ProposedActsTest {
  @Test
  void aProposedActInTheBareFormIsHypotheticalThoughTheTaggerReadsAPresent() {
    // "Chile proposed that Peru and Bolivia take the dispute to the United Nations."
    var events = code("Chile/Chile/NNP/LOCATION proposed/propose/VBD that/that/IN Peru/Peru/NNP/LOCATION and/and/CC Bolivia/Bolivia/NNP/LOCATION take/take/VBP the/the/DT "
            + "dispute/dispute/NN to/to/IN the/the/DT United/United/NNP/ORGANIZATION Nations/Nations/NNPS/ORGANIZATION ././.",
        "nsubj(2,1) root(0,2) mark(7,3) nsubj(7,4) cc(6,5) conj:and(4,6) nsubj(7,6) ccomp(2,7) det(9,8) obj(7,9) case(13,10) det(13,11) compound(13,12) "
            + "nmod:to(9,13) punct(2,14)").events();
    assertThat(events).filteredOn(e -> e.type().code().equals("114")).isNotEmpty().allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
  }

  @Test
  void aPastToldIsNoProposal() {
    // "Chile said that Peru and Bolivia took the dispute to the United Nations.": a past told, not proposed.
    var events = code("Chile/Chile/NNP/LOCATION said/say/VBD that/that/IN Peru/Peru/NNP/LOCATION and/and/CC Bolivia/Bolivia/NNP/LOCATION took/take/VBD the/the/DT "
            + "dispute/dispute/NN to/to/IN the/the/DT United/United/NNP/ORGANIZATION Nations/Nations/NNPS/ORGANIZATION ././.",
        "nsubj(2,1) root(0,2) mark(7,3) nsubj(7,4) cc(6,5) conj:and(4,6) nsubj(7,6) ccomp(2,7) det(9,8) obj(7,9) case(13,10) det(13,11) compound(13,12) "
            + "nmod:to(9,13) punct(2,14)").events();
    assertThat(events).filteredOn(e -> e.type().code().equals("114")).isNotEmpty().noneMatch(e -> e.modality() == Modality.HYPOTHETICAL);
  }
}
