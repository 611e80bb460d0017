package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ReducedRelativeReadAsMainVerbTest {
  private static final ParseRepair REPAIR = new ReducedRelativeReadAsMainVerb();
  // "An Irish engineer held in Dubai was released on Thursday and flew home."
  private static final HandParse RELEASED = HandParse.of("An/a/DT Irish/Irish/JJ engineer/engineer/NN held/hold/VBN in/in/IN Dubai/Dubai/NNP/LOCATION "
      + "was/be/VBD released/release/VBN on/on/IN Thursday/Thursday/NNP and/and/CC flew/fly/VBD home/home/RB ././.");

  @Test
  void theLaterPassiveIsTheMainVerbAndTheParticipleDescribesItsSubject() {
    RELEASED.assertRepairs(REPAIR,
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) case(6,5) obl:in(4,6) aux:pass(8,7) dep(4,8) case(10,9) obl:on(8,10) cc(12,11) dep(4,12) conj:and(8,12) advmod(12,13) punct(4,14)",
        "det(3,1) amod(3,2) nsubj:pass(8,3) root(0,8) case(6,5) obl:in(4,6) aux:pass(8,7) acl(3,4) case(10,9) obl:on(8,10) cc(12,11) conj:and(8,12) advmod(12,13) punct(8,14)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    RELEASED.assertLeavesAlone(REPAIR,
        "det(3,1) amod(3,2) nsubj:pass(8,3) root(0,8) case(6,5) obl:in(4,6) aux:pass(8,7) acl(3,4) case(10,9) obl:on(8,10) cc(12,11) conj:and(8,12) advmod(12,13) punct(8,14)");
  }

  @Test
  void aParticipleWithItsOwnAuxiliaryIsAMainVerb() {
    // "The engineer had held talks and was released." keeps "held" as the first of two verbs.
    HandParse.of("The/the/DT engineer/engineer/NN had/have/VBD held/hold/VBN talks/talk/NNS and/and/CC was/be/VBD released/release/VBN ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(4,2) aux(4,3) root(0,4) obj(4,5) cc(8,6) aux:pass(8,7) conj:and(4,8) punct(4,9)");
  }
}
