package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class NameSplitAtAndTest {
  private static final ParseRepair REPAIR = new NameSplitAtAnd();

  @Test
  void aCountrysNameWithAndIsOneName() {
    // "Trinidad and Tobago's ministry defended the measure."
    HandParse.of("Trinidad/Trinidad/NNP/LOCATION and/and/CC/LOCATION Tobago/Tobago/NNP/LOCATION 's/'s/POS ministry/ministry/NN defended/defend/VBD "
            + "the/the/DT measure/measure/NN ././.")
        .assertRepairs(REPAIR, "nsubj(6,1) cc(5,2) nmod:poss(5,3) case(3,4) nsubj(6,5) conj:and(1,5) root(0,6) det(8,7) obj(6,8) punct(6,9)",
            "nmod:poss(5,3) case(3,4) nsubj(6,5) root(0,6) det(8,7) obj(6,8) punct(6,9) compound(3,1) compound(3,2)");
  }

  @Test
  void twoCountriesJoinedByAndStayTwo() {
    // "Chile and Peru signed a deal.": the "and" is no part of a name.
    HandParse.of("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION signed/sign/VBD a/a/DT deal/deal/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)");
  }
}
