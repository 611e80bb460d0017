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

  // "Belgium handed back the skulls of 12 people taken from Congo during colonial rule at a ceremony
  // in Kinshasa on Friday, the museum said."
  private static final HandParse SKULLS = HandParse.of(
      "Belgium/Belgium/NNP/LOCATION handed/hand/VBD back/back/RP the/the/DT skulls/skull/NNS of/of/IN 12/12/CD people/person/NNS "
          + "taken/take/VBN from/from/IN Congo/Congo/NNP/LOCATION during/during/IN colonial/colonial/JJ rule/rule/NN at/at/IN a/a/DT "
          + "ceremony/ceremony/NN in/in/IN Kinshasa/Kinshasa/NNP/LOCATION on/on/IN Friday/Friday/NNP ,/,/, the/the/DT museum/museum/NN "
          + "said/say/VBD ././.");
  private static final String SKULLS_REST = "nsubj(2,1) root(0,2) compound:prt(2,3) det(5,4) case(8,6) nummod(8,7) nmod:of(5,8) case(11,10) "
      + "obl:from(9,11) case(14,12) amod(14,13) obl:during(9,14) case(17,15) det(17,16) case(19,18) nmod:in(17,19) case(21,20) nmod:on(17,21) "
      + "punct(9,22) det(24,23) nsubj(25,24) punct(2,26)";

  @Test
  void aParticipleWithASubjectOfItsOwnReadAsAnOpenComplementDescribesTheObject() {
    // The occasion is the handing's, the closing saying the whole sentence's; the past stays the participle's.
    SKULLS.assertRepairs(REPAIR,
        "nsubj(9,5) xcomp(2,9) obl:at(9,17) parataxis(9,25) " + SKULLS_REST,
        "obj(2,5) acl(5,9) obl:at(2,17) parataxis(2,25) " + SKULLS_REST);
  }

  @Test
  void aTrueSmallClauseIsLeftAlone() {
    // "The attack left 119 people wounded."
    HandParse.of("The/the/DT attack/attack/NN left/leave/VBD 119/119/CD people/person/NNS wounded/wound/VBN ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) nummod(5,4) nsubj(6,5) xcomp(3,6) punct(3,7)");
  }

  @Test
  void aSayingJoinedAsAnOpenComplementIsLeftAlone() {
    // "A court ordered him held, and prosecutors said they would appeal."
    HandParse.of("A/a/DT court/court/NN ordered/order/VBD him/he/PRP held/hold/VBN ,/,/, and/and/CC prosecutors/prosecutor/NNS said/say/VBD "
            + "they/they/PRP would/would/MD appeal/appeal/VB ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) nsubj(5,4) xcomp(3,5) punct(5,6) cc(9,7) nsubj(9,8) xcomp(3,9) conj:and(5,9) "
            + "nsubj(12,10) aux(12,11) ccomp(9,12) punct(3,13)");
  }
}
