package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SceneOfActHungOnWantedTest {
  private static final ParseRepair REPAIR = new SceneOfActHungOnWanted();

  @Test
  void whereAndWhenHungOnTheWantedMansParticipleAreTheArrests() {
    // "Police arrested a man wanted in Rotterdam at a flat on Saturday."
    HandParse.of("Police/police/NN arrested/arrest/VBD a/a/DT man/man/NN wanted/want/VBN in/in/IN Rotterdam/Rotterdam/NNP/LOCATION at/at/IN a/a/DT "
            + "flat/flat/NN on/on/IN Saturday/Saturday/NNP ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) acl(4,5) case(7,6) obl:in(5,7) case(10,8) det(10,9) obl:at(5,10) case(12,11) nmod:on(10,12) punct(2,13)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) acl(4,5) case(7,6) obl:in(5,7) case(10,8) det(10,9) obl:at(2,10) case(12,11) obl:on(2,12) punct(2,13)");
  }

  @Test
  void aParticipleOfAnActKeepsItsScene() {
    // "Police arrested a man seen at a flat on Saturday.": the man was seen there then.
    HandParse.of("Police/police/NN arrested/arrest/VBD a/a/DT man/man/NN seen/see/VBN at/at/IN a/a/DT flat/flat/NN on/on/IN Saturday/Saturday/NNP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) acl(4,5) case(8,6) det(8,7) obl:at(5,8) case(10,9) nmod:on(8,10) punct(2,11)");
  }
}
