package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PastVerbJoinedToObjectNounTest {
  private static final ParseRepair REPAIR = new PastVerbJoinedToObjectNoun();
  // 'Iran called the charge "baseless" and expelled a diplomat.'
  private static final HandParse CALLED = HandParse.of(
      "Iran/Iran/NNP/LOCATION called/call/VBD the/the/DT charge/charge/NN \"/\"/`` baseless/baseless/JJ \"/\"/'' and/and/CC expelled/expel/VBD a/a/DT diplomat/diplomat/NN ././.");

  @Test
  void aPastVerbJoinedToTheObjectIsTheSubjectsNextAct() {
    CALLED.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(6,5) dep(4,6) punct(6,7) cc(9,8) obj(2,9) conj:and(4,9) det(11,10) obj(9,11) punct(2,12)",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(6,5) dep(4,6) punct(6,7) cc(9,8) conj:and(2,9) det(11,10) obj(9,11) punct(2,12)");
  }

  @Test
  void aNounJoinedToTheObjectStays() {
    // "Iran called the charge and the claim baseless."
    HandParse.of("Iran/Iran/NNP/LOCATION called/call/VBD the/the/DT charge/charge/NN and/and/CC the/the/DT claim/claim/NN baseless/baseless/JJ ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(7,5) det(7,6) conj:and(4,7) obj(2,7) xcomp(2,8) punct(2,9)");
  }

  @Test
  void aJoinedVerbWithASubjectOfItsOwnStays() {
    // "Iran called the charge baseless and Tehran expelled a diplomat." parsed with the verb on the noun.
    HandParse.of("Iran/Iran/NNP/LOCATION called/call/VBD the/the/DT charge/charge/NN baseless/baseless/JJ and/and/CC Tehran/Tehran/NNP/LOCATION expelled/expel/VBD a/a/DT diplomat/diplomat/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) amod(4,5) cc(8,6) nsubj(8,7) conj:and(4,8) det(10,9) obj(8,10) punct(2,11)");
  }

  @Test
  void aPastVerbJoinedToANounDeeperInTheMainVerbsWordsIsTheSubjectsNextAct() {
    // 'Cuba thanked Chile for what the minister called "solidarity" and asked for help.'
    HandParse.of("Cuba/Cuba/NNP/LOCATION thanked/thank/VBD Chile/Chile/NNP/LOCATION for/for/IN what/what/WP the/the/DT minister/minister/NN called/call/VBN "
            + "\"/\"/`` solidarity/solidarity/NN \"/\"/'' and/and/CC asked/ask/VBD for/for/IN help/help/NN ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:for(2,5) det(7,6) acl(7,8) nsubj(8,7) punct(10,9) obj(8,10) punct(10,11) cc(13,12) dep(5,13) conj:and(7,13) case(15,14) obl:for(13,15) punct(2,16)",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:for(2,5) det(7,6) acl(7,8) nsubj(8,7) punct(10,9) obj(8,10) punct(10,11) cc(13,12) dep(5,13) conj:and(2,13) case(15,14) obl:for(13,15) punct(2,16)");
  }
}
