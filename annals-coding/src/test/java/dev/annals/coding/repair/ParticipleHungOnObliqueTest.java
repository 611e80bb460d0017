package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ParticipleHungOnObliqueTest {
  private static final ParseRepair REPAIR = new ParticipleHungOnOblique();
  // "Moscow accused Copenhagen of piracy, warning that warships would sail."
  private static final HandParse ACCUSED = HandParse.of("Moscow/Moscow/NNP/LOCATION accused/accuse/VBD Copenhagen/Copenhagen/NNP/LOCATION of/of/IN piracy/piracy/NN "
      + ",/,/, warning/warn/VBG that/that/IN warships/warship/NNS would/would/MD sail/sail/VB ././.");
  private static final String REPAIRED = "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:of(2,5) punct(5,6) mark(11,8) nsubj(11,9) aux(11,10) ccomp(7,11) punct(2,12) "
      + "advcl(2,7)";

  @Test
  void aParticipleAfterACommaOnAPrepositionalObjectGoesOnWithTheVerb() {
    ACCUSED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:of(2,5) punct(5,6) acl(5,7) mark(11,8) nsubj(11,9) aux(11,10) ccomp(7,11) "
        + "punct(2,12)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    ACCUSED.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void aParticipleWithNoCommaDescribesItsNoun() {
    // "Gunmen fired on a convoy carrying engineers."
    HandParse.of("Gunmen/gunman/NNS fired/fire/VBD on/on/IN a/a/DT convoy/convoy/NN carrying/carry/VBG engineers/engineer/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:on(2,5) acl(5,6) obj(6,7) punct(2,8)");
  }

  // "Lawmakers wrote to the minister demanding that the flight be cancelled."
  private static final HandParse WROTE = HandParse.of("Lawmakers/lawmaker/NNS wrote/write/VBD to/to/IN the/the/DT minister/minister/NN demanding/demand/VBG "
      + "that/that/IN the/the/DT flight/flight/NN be/be/VB cancelled/cancel/VBN ././.");

  @Test
  void aDemandWithNoCommaAfterTheOneWrittenToIsTheWritersDemand() {
    WROTE.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:to(2,5) acl(5,6) mark(11,7) det(9,8) nsubj:pass(11,9) aux:pass(11,10) ccomp(6,11) punct(2,12)",
        "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:to(2,5) mark(11,7) det(9,8) nsubj:pass(11,9) aux:pass(11,10) ccomp(6,11) punct(2,12) advcl(2,6)");
  }

  @Test
  void aDemandWithNoCommaOnAnotherObliqueDescribesItsNoun() {
    // "Police fired on crowds demanding that the vote be annulled."
    HandParse.of("Police/police/NNS fired/fire/VBD on/on/IN crowds/crowd/NNS demanding/demand/VBG that/that/IN the/the/DT vote/vote/NN be/be/VB "
        + "annulled/annul/VBN ././.").assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) acl(4,5) mark(10,6) det(8,7) nsubj:pass(10,8) "
        + "aux:pass(10,9) ccomp(5,10) punct(2,11)");
  }
}
