package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbReadAsRelativeClauseTest {
  private static final ParseRepair REPAIR = new MainVerbReadAsRelativeClause();
  // "China, which abstained, urged both sides to talk."
  private static final HandParse URGED = HandParse.of(
      "China/China/NNP/LOCATION ,/,/, which/which/WDT abstained/abstain/VBD ,/,/, urged/urge/VBD both/both/DT sides/side/NNS to/to/TO talk/talk/VB ././.");
  private static final String URGED_REPAIRED =
      "root(0,6) nsubj(6,1) punct(1,2) ref(1,3) acl:relcl(1,4) nsubj(4,3) punct(6,5) det(8,7) obj(6,8) nsubj:xsubj(10,8) mark(10,9) xcomp(6,10) punct(1,11)";

  @Test
  void theVerbReadAsSubjectIsTheRelativeClauseAndTheNounTheSubject() {
    URGED.assertRepairs(REPAIR,
        "root(0,1) obj(6,1) nsubj:xsubj(10,1) punct(1,2) ref(1,3) nsubj(6,4) punct(6,5) acl:relcl(1,6) det(8,7) obj(6,8) nsubj:xsubj(10,8) mark(10,9) xcomp(6,10) punct(1,11)",
        URGED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    URGED.assertLeavesAlone(REPAIR, URGED_REPAIRED);
  }

  @Test
  void aRelativeVerbHungOnWhichWithTheNounAsTheMainVerbsObjectIsMendedToo() {
    // "The Alliance of States, which groups Mali, said it agreed.": "groups" hung on "which", the
    // alliance read as the object of "said" and the root.
    HandParse.of("The/the/DT Alliance/Alliance/NNP of/of/IN States/States/NNP ,/,/, which/which/WDT groups/group/VBZ Mali/Mali/NNP/LOCATION ,/,/, "
            + "said/say/VBD it/it/PRP agreed/agree/VBD ././.")
        .assertRepairs(REPAIR, "det(2,1) root(0,2) case(4,3) nmod:of(2,4) punct(2,5) ref(2,6) acl(6,7) obj(7,8) punct(10,9) acl:relcl(2,10) obj(10,2) nsubj(12,11) "
                + "ccomp(10,12) punct(2,13)",
            "det(2,1) root(0,10) case(4,3) nmod:of(2,4) punct(2,5) ref(2,6) nsubj(10,2) obj(7,8) punct(10,9) acl:relcl(2,7) nsubj(7,6) nsubj(12,11) "
                + "ccomp(10,12) punct(2,13)");
  }

  @Test
  void aNounWithAnOfPhraseBeforeTheCommaIsSetOffToo() {
    // "The Alliance of States, which groups Mali, welcomed the deal.": "groups" read as the subject
    // of "welcomed"; the comma stands after "of States", not right after the noun.
    HandParse.of("The/the/DT Alliance/Alliance/NNP of/of/IN States/States/NNP ,/,/, which/which/WDT groups/group/VBZ Mali/Mali/NNP/LOCATION ,/,/, "
            + "welcomed/welcome/VBD the/the/DT deal/deal/NN ././.")
        .assertRepairs(REPAIR, "det(2,1) root(0,2) obj(10,2) case(4,3) nmod:of(2,4) punct(2,5) ref(2,6) nsubj(10,7) obj(7,8) punct(10,9) acl:relcl(2,10) det(12,11) "
                + "obj(10,12) punct(2,13)",
            "det(2,1) root(0,10) case(4,3) nmod:of(2,4) punct(2,5) ref(2,6) nsubj(10,2) obj(7,8) punct(10,9) acl:relcl(2,7) nsubj(7,6) det(12,11) "
                + "obj(10,12) punct(2,13)");
  }

  @Test
  void nounsJoinedToTheNounAreSubjectsOfTheMainVerbToo() {
    // "China and India, which abstained, urged Nepal to talk.": India read as an object of "urged"
    // and a controller of "talk" beside China.
    HandParse.of("China/China/NNP/LOCATION and/and/CC India/India/NNP/LOCATION ,/,/, which/which/WDT abstained/abstain/VBD ,/,/, urged/urge/VBD "
            + "Nepal/Nepal/NNP/LOCATION to/to/TO talk/talk/VB ././.")
        .assertRepairs(REPAIR, "root(0,1) obj(8,1) nsubj:xsubj(11,1) cc(3,2) conj:and(1,3) obj(8,3) nsubj:xsubj(11,3) punct(1,4) ref(1,5) nsubj(8,6) punct(8,7) "
                + "acl:relcl(1,8) obj(8,9) nsubj:xsubj(11,9) mark(11,10) xcomp(8,11) punct(1,12)",
            "root(0,8) cc(3,2) conj:and(1,3) nsubj(8,3) punct(1,4) ref(1,5) nsubj(8,1) punct(8,7) acl:relcl(1,6) nsubj(6,5) obj(8,9) "
                + "nsubj:xsubj(11,9) mark(11,10) xcomp(8,11) punct(1,12)");
  }

  @Test
  void aRelativeVerbReadAsTheAdjectiveOfItsObjectIsTheRelativeClause() {
    // "Xi, who hosted Ruto, promised aid": "hosted" read as Ruto's adjective, Ruto as the promiser.
    HandParse.of("Xi/Xi/NNP/PERSON ,/,/, who/who/WP hosted/host/VBD Ruto/Ruto/NNP/PERSON ,/,/, promised/promise/VBD aid/aid/NN ././.")
        .assertRepairs(new MainVerbReadAsRelativeClause(), "root(0,1) punct(1,2) ref(1,3) amod(5,4) nsubj(7,5) punct(5,6) acl:relcl(1,7) obj(7,1) obj(7,8) punct(1,9)",
            "root(0,7) punct(1,2) ref(1,3) obj(4,5) nsubj(7,1) punct(5,6) acl:relcl(1,4) nsubj(4,1) obj(7,8) punct(1,9)");
  }
}
