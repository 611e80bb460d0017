package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbReadAsParticipleOfSubjectTest {
  private static final ParseRepair REPAIR = new MainVerbReadAsParticipleOfSubject();

  @Test
  void aPastVerbDescribingTheNameHungOnARootArticleIsTheMainVerb() {
    // "The Liberation Movement-in-Opposition accused Lima of meddling." with "The" the root.
    HandParse.of("The/the/DT Liberation/Liberation/NNP/ORGANIZATION Movement/Movement/NNP/ORGANIZATION -/-/HYPH in/in/IN -/-/HYPH "
            + "Opposition/opposition/NN accused/accuse/VBN Lima/Lima/NNP/LOCATION of/of/IN meddling/meddling/NN ././.")
        .assertRepairs(REPAIR,
            "root(0,1) compound(3,2) dep(1,3) punct(3,4) case(7,5) punct(7,6) nmod:in(3,7) acl(3,8) obj(8,9) case(11,10) obl:of(8,11) punct(1,12)",
            "root(0,8) compound(3,2) det(3,1) punct(3,4) case(7,5) punct(7,6) nmod:in(3,7) nsubj(8,3) obj(8,9) case(11,10) obl:of(8,11) punct(8,12)");
  }

  @Test
  void aParticipleWithoutAnObjectIsLeftAlone() {
    // "The movement founded in 1983." is a heading, not a sentence with a main verb.
    HandParse.of("The/the/DT movement/movement/NN founded/found/VBN in/in/IN 1983/1983/CD ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) root(0,2) acl(2,3) case(5,4) obl:in(3,5) punct(2,6)");
  }

  @Test
  void aRelativeClauseOnTheNameDoesNotHideTheMainVerb() {
    // "The Movement, whose leader has been detained, accused Lima." with "The" the root.
    HandParse.of("The/the/DT Movement/Movement/NNP/ORGANIZATION ,/,/, whose/whose/WP$ leader/leader/NN has/have/VBZ been/be/VBN detained/detain/VBN "
            + ",/,/, accused/accuse/VBN Lima/Lima/NNP/LOCATION ././.")
        .assertRepairs(REPAIR,
            "root(0,1) dep(1,2) punct(2,3) nmod:poss(5,2) aux(8,6) aux:pass(8,7) nsubj:pass(8,5) acl:relcl(2,8) punct(2,9) acl(2,10) obj(10,11) punct(1,12)",
            "root(0,10) det(2,1) punct(2,3) nmod:poss(5,2) aux(8,6) aux:pass(8,7) nsubj:pass(8,5) acl:relcl(2,8) punct(2,9) nsubj(10,2) obj(10,11) punct(10,12)");
  }
}
