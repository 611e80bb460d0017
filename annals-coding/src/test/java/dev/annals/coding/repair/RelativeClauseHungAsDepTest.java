package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class RelativeClauseHungAsDepTest {
  private static final ParseRepair REPAIR = new RelativeClauseHungAsDep();
  // "Jaishankar held talks with Muizzu, who had demanded a withdrawal in 2023."
  private static final HandParse HELD = HandParse.of(
      "Jaishankar/Jaishankar/NNP/PERSON held/hold/VBD talks/talk/NNS with/with/IN Muizzu/Muizzu/NNP/PERSON ,/,/, who/who/WP had/have/VBD "
          + "demanded/demand/VBN a/a/DT withdrawal/withdrawal/NN in/in/IN 2023/2023/CD ././.");
  private static final String START = "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:with(3,5) punct(2,6) aux(9,8) det(11,10) obj(9,11) case(13,12) obl:in(9,13) "
      + "punct(2,14) ";
  private static final String REPAIRED = START + "nsubj(9,5) acl:relcl(5,9) ref(5,7)";

  @Test
  void aWhoClauseHungOnTheMainVerbIsTheRelativeClauseOfTheNounBeforeIt() {
    HELD.assertRepairs(REPAIR, START + "nsubj(9,7) dep(2,9)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    HELD.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void aWhoseClauseHungOnItsNounIsThatNounsRelativeClause() {
    // "Chile, whose ships have called since 2024, thanked Peru."
    String shared = "nsubj(10,1) punct(1,2) nmod:poss(4,3) nsubj(6,4) aux(6,5) case(8,7) obl:since(6,8) punct(1,9) root(0,10) obj(10,11) punct(10,12)";
    HandParse.of("Chile/Chile/NNP/LOCATION ,/,/, whose/whose/WP$ ships/ship/NNS have/have/VBP called/call/VBN since/since/IN 2024/2024/CD ,/,/, "
            + "thanked/thank/VBD Peru/Peru/NNP/LOCATION ././.")
        .assertRepairs(REPAIR, shared + " dep(1,6)", shared + " acl:relcl(1,6)");
  }

  @Test
  void aWhoClauseHungBesideTheSentenceIsTheRelativeClauseOfTheNounBeforeIt() {
    HELD.assertRepairs(REPAIR, START + "nsubj(9,7) parataxis(2,9)", REPAIRED);
  }

  @Test
  void aWhoseClauseRightAfterItsNounWithNoCommaIsThatNounsRelativeClause() {
    // "Dissanayake also agreed to release 12 Maldivian fishermen whose boat was seized off Sri Lanka's east coast in April, the Maldivian presidency said."
    String start = "nsubj(3,1) nsubj:xsubj(5,1) advmod(3,2) root(0,3) mark(5,4) xcomp(3,5) nummod(8,6) amod(8,7) obj(5,8) nmod:poss(10,9) nsubj:pass(12,10) "
        + "aux:pass(12,11) ";
    String end = " compound:prt(12,13) compound(15,14) nmod:poss(18,15) case(15,16) amod(18,17) obj(12,18) case(20,19) obl:in(12,20) punct(8,21) det(24,22) "
        + "amod(24,23) nsubj(25,24) dep(8,25) punct(3,26)";
    HandParse.of("Dissanayake/Dissanayake/NNP/PERSON also/also/RB agreed/agree/VBD to/to/TO release/release/VB 12/12/CD Maldivian/Maldivian/JJ "
            + "fishermen/fisherman/NNS whose/whose/WP$ boat/boat/NN was/be/VBD seized/seize/VBN off/off/RP Sri/Sri/NNP/LOCATION Lanka/Lanka/NNP/LOCATION "
            + "'s/'s/POS east/east/JJ coast/coast/NN in/in/IN April/April/NNP ,/,/, the/the/DT Maldivian/Maldivian/JJ presidency/presidency/NN said/say/VBD ././.")
        .assertRepairs(REPAIR, start + "dep(8,12)" + end, start + "acl:relcl(8,12)" + end);
  }
}
