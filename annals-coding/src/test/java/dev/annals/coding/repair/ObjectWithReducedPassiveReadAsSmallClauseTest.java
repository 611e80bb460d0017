package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectWithReducedPassiveReadAsSmallClauseTest {
  private static final ParseRepair REPAIR = new ObjectWithReducedPassiveReadAsSmallClause();
  // "Belgium handed over 12 masks and statues looted from Kinshasa by Belgian officers in 1910 at a
  // ceremony in Kinshasa on Friday, Congo's culture ministry said."
  private static final HandParse HANDED = HandParse.of(
      "Belgium/Belgium/NNP/LOCATION handed/hand/VBD over/over/RP 12/12/CD masks/mask/NNS and/and/CC statues/statue/NNS looted/loot/VBD "
          + "from/from/IN Kinshasa/Kinshasa/NNP/LOCATION by/by/IN Belgian/Belgian/JJ officers/officer/NNS in/in/IN 1910/1910/CD at/at/IN a/a/DT "
          + "ceremony/ceremony/NN in/in/IN Kinshasa/Kinshasa/NNP/LOCATION on/on/IN Friday/Friday/NNP ,/,/, Congo/Congo/NNP/LOCATION 's/'s/POS "
          + "culture/culture/NN ministry/ministry/NN said/say/VBD ././.");
  private static final String REST = "nsubj(2,1) root(0,2) compound:prt(2,3) nummod(5,4) cc(7,6) conj:and(5,7) case(10,9) obl:from(8,10) case(13,11) "
      + "amod(13,12) case(15,14) obl:in(8,15) case(18,16) det(18,17) case(20,19) nmod:in(18,20) case(22,21) punct(2,23) nmod:poss(27,24) case(24,25) "
      + "compound(27,26) nsubj(28,27) punct(2,29)";

  @Test
  void theThingsAndTheirParticipleAreTheObjectAndTheClosingSayingTellsTheWhole() {
    HANDED.assertRepairs(REPAIR,
        "nsubj(8,5) nsubj(8,7) ccomp(2,8) obl:by(8,13) obl:at(28,18) obl:on(28,22) obl(8,28) " + REST,
        "obj(2,5) obj(2,7) acl(5,8) obl:agent(8,13) obl:at(2,18) obl:on(2,22) parataxis(2,28) " + REST);
  }

  @Test
  void aClauseWithNoByAgentOrAfterAVerbWithAnObjectIsLeftAlone() {
    // "handed over 12 masks and said statues looted ..." or "… statues looted from Kinshasa in 1910".
    HANDED.assertLeavesAlone(REPAIR, "nsubj(8,5) nsubj(8,7) ccomp(2,8) obl:on(8,13) obl:at(28,18) obl:on(28,22) obl(8,28) " + REST);
    // "The Commission said it stood by Prague": a verb of saying reports a clause.
    HandParse.of("The/the/DT Commission/Commission/NNP said/say/VBD it/it/PRP stood/stand/VBD by/by/IN Prague/Prague/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) nsubj(5,4) ccomp(3,5) case(7,6) obl:by(5,7) punct(3,8)");
    HANDED.assertLeavesAlone(REPAIR, "obj(2,4) nsubj(8,5) nsubj(8,7) ccomp(2,8) obl:by(8,13) obl:at(28,18) obl:on(28,22) obl(8,28) " + REST.replace("nummod(5,4) ", ""));
  }
}
