package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class HarmParticipleHungOnMainVerbTest {
  private static final ParseRepair REPAIR = new HarmParticipleHungOnMainVerb();

  @Test
  void theWoundingIsWhatTheAttackBeforeItDid() {
    // "Chile closed the crossing after gunmen fired on its guards, wounding two."
    HandParse.of("Chile/Chile/NNP/LOCATION closed/close/VBD the/the/DT crossing/crossing/NN after/after/IN gunmen/gunman/NNS fired/fire/VBD on/on/IN "
            + "its/its/PRP$ guards/guard/NNS ,/,/, wounding/wound/VBG two/two/CD ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(7,5) nsubj(7,6) advcl:after(2,7) case(10,8) nmod:poss(10,9) obl:on(7,10) punct(2,11) "
                + "dep(2,12) obj(12,13) punct(2,14)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(7,5) nsubj(7,6) advcl:after(2,7) case(10,8) nmod:poss(10,9) obl:on(7,10) punct(2,11) "
                + "advcl(7,12) obj(12,13) punct(2,14)");
  }

  @Test
  void aWoundingHungOnAnAttackIsLeftAlone() {
    // "Gunmen attacked the post after midnight, wounding two."
    HandParse.of("Gunmen/gunman/NNS attacked/attack/VBD the/the/DT post/post/NN after/after/IN midnight/midnight/NN ,/,/, wounding/wound/VBG two/two/CD ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:after(2,6) punct(2,7) advcl(2,8) obj(8,9) punct(2,10)");
  }
}
