package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A side telling that its own forces did not use force on another denies it (DeniedDeeds). */
class DeniedDeedsTest {
  @Test
  void aSideSayingItsTroopsHadNotAttackedDeniesIt() {
    // "Chile said its troops had not attacked Peruvian soldiers."
    assertThat(code("Chile/Chile/NNP/LOCATION said/say/VBD its/its/PRP$ troops/troop/NNS had/have/VBD not/not/RB attacked/attack/VBN "
            + "Peruvian/Peruvian/JJ/MISC soldiers/soldier/NNS ././.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) nsubj(7,4) aux(7,5) advmod(7,6) ccomp(2,7) amod(9,8) obj(7,9) punct(2,10)").events())
        .extracting(e -> triple(e)).contains("CHL PERGOV 016").noneMatch(t -> t.contains(" 19"));
  }

  @Test
  void anotherSideSayingTheTroopsHadNotAttackedIsNoDenial() {
    // "Bolivia said Chilean troops had not attacked Peruvian soldiers."
    assertThat(code("Bolivia/Bolivia/NNP/LOCATION said/say/VBD Chilean/Chilean/JJ/MISC troops/troop/NNS had/have/VBD not/not/RB attacked/attack/VBN "
            + "Peruvian/Peruvian/JJ/MISC soldiers/soldier/NNS ././.",
        "nsubj(2,1) root(0,2) amod(4,3) nsubj(7,4) aux(7,5) advmod(7,6) ccomp(2,7) amod(9,8) obj(7,9) punct(2,10)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 016"));
  }
}
