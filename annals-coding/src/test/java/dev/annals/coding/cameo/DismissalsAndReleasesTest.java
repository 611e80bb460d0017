package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A dismissal sought is a call for a change in leadership; a release demanded is not aimed at those freed; a leadership is a government. */
class DismissalsAndReleasesTest {
  @Test
  void seekingAMinistersDismissalIsACallForChangeInLeadershipAimedAtHisGovernment() {
    // "Spain's Vox party said it would seek Albares' dismissal." (the tagger takes "Albares" for a plural)
    assertThat(code("Spain/Spain/NNP/LOCATION 's/'s/POS Vox/Vox/NNP/ORGANIZATION party/party/NN said/say/VBD it/it/PRP would/would/MD seek/seek/VB "
            + "Albares/Albares/NNS '/'/POS dismissal/dismissal/NN ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) nsubj(8,6) aux(8,7) ccomp(5,8) nmod:poss(11,9) case(9,10) obj(8,11) punct(5,12)").events())
        .extracting(e -> triple(e)).contains("ESPOPP ESPGOV 0241");
  }

  @Test
  void demandingTheirReleaseIsNotAimedAtThoseFreed() {
    // "Chile demanded the Peruvian fishermen's release."
    assertThat(code("Chile/Chile/NNP/LOCATION demanded/demand/VBD the/the/DT Peruvian/Peruvian/JJ/MISC fishermen/fisherman/NNS 's/'s/POS release/release/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) nmod:poss(7,5) case(5,6) obj(2,7) punct(2,8)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHL PERCVL"));
  }

  @Test
  void aStatesLeadershipIsItsGovernment() {
    // "Chile thanked the Peruvian leadership."
    assertThat(code("Chile/Chile/NNP/LOCATION thanked/thank/VBD the/the/DT Peruvian/Peruvian/JJ/MISC leadership/leadership/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)").events())
        .extracting(e -> triple(e)).contains("CHL PERGOV 051");
  }
}
