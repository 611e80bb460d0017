package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class EmbassyPostHungOnVerbTest {
  private static final ParseRepair REPAIR = new EmbassyPostHungOnVerb();
  // "Chile expelled a counsellor at Peru's embassy."
  private static final HandParse EXPELLED = HandParse.of("Chile/Chile/NNP/LOCATION expelled/expel/VBD a/a/DT counsellor/counsellor/NN at/at/IN "
      + "Peru/Peru/NNP/LOCATION 's/'s/POS embassy/embassy/NN ././.");

  @Test
  void theStaffMemberIsTheMissions() {
    EXPELLED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) nmod:poss(8,6) case(6,7) obl:at(2,8) punct(2,9)",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) nmod:poss(8,6) case(6,7) nmod:at(4,8) punct(2,9)");
  }

  @Test
  void policeAtAnEmbassyAreNotItsStaff() {
    // "Protesters attacked police at Peru's embassy."
    HandParse.of("Protesters/protester/NNS attacked/attack/VBD police/police/NNS at/at/IN Peru/Peru/NNP/LOCATION 's/'s/POS embassy/embassy/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(7,4) nmod:poss(7,5) case(5,6) obl:at(2,7) punct(2,8)");
  }
}
