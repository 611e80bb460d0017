package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectReadAsTimeOfContactRelativeTest {
  private static final ParseRepair REPAIR = new ObjectReadAsTimeOfContactRelative();
  // "The government would suspend every permit the agency had obtained."
  private static final HandParse SUSPEND = HandParse.of("The/the/DT government/government/NN would/would/MD suspend/suspend/VB every/every/DT "
      + "permit/permit/NN the/the/DT agency/agency/NN had/have/VBD obtained/obtain/VBN ././.");
  private static final String SHARED = "root(0,4) det(2,1) nsubj(4,2) aux(4,3) punct(4,11) det(6,5) nsubj(10,8) aux(10,9) det(8,7)";

  @Test
  void aNounReadAsTheTimeOfAContactRelativeIsTheMainVerbsObject() {
    SUSPEND.assertRepairs(REPAIR, SHARED + " ccomp(4,10) obl:tmod(10,6)", SHARED + " obj(4,6) acl:relcl(6,10) obj(10,6)");
  }

  @Test
  void aWordOfTimeStaysATime() {
    // "The government would suspend every week the agency had obtained." (a week is a time)
    HandParse.of("The/the/DT government/government/NN would/would/MD suspend/suspend/VB every/every/DT week/week/NN the/the/DT agency/agency/NN "
            + "had/have/VBD obtained/obtain/VBN ././.")
        .assertLeavesAlone(REPAIR, SHARED + " ccomp(4,10) obl:tmod(10,6)");
  }

  @Test
  void aNounFarFromTheMainVerbIsLeftAlone() {
    // "Gunmen attacked a convoy north of the city, the agency said."
    HandParse.of("Gunmen/gunman/NNS attacked/attack/VBD a/a/DT convoy/convoy/NN north/north/NN of/of/IN the/the/DT city/city/NN ,/,/, "
            + "the/the/DT agency/agency/NN said/say/VBD ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) obl:tmod(12,5) case(8,6) det(8,7) nmod:of(5,8) punct(12,9) det(11,10) "
            + "nsubj(12,11) ccomp(2,12) punct(2,13)");
  }
}
