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

  @Test
  void aLaterActivePastVerbWithoutASubjectIsTheMainVerb() {
    // "Two drones launched from Iraq struck a pumping station."
    HandParse.of("Two/two/CD drones/drone/NNS launched/launch/VBN from/from/IN Iraq/Iraq/NNP/LOCATION struck/strike/VBD a/a/DT pumping/pumping/NN station/station/NN ././.")
        .assertRepairs(REPAIR,
            "nummod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:from(3,5) dep(3,6) det(9,7) compound(9,8) obj(6,9) punct(3,10)",
            "nummod(2,1) nsubj(6,2) root(0,6) case(5,4) obl:from(3,5) acl(2,3) det(9,7) compound(9,8) obj(6,9) punct(6,10)");
  }

  @Test
  void aParticipleSetOffByCommasDescribesTheSubjectOfTheVerbAfterThem() {
    // "Special forces, flown in by helicopter, boarded a tanker."
    HandParse forces = HandParse.of("Special/special/JJ forces/force/NNS ,/,/, flown/fly/VBN in/in/RP by/by/IN helicopter/helicopter/NN ,/,/, "
        + "boarded/board/VBD a/a/DT tanker/tanker/NN ././.");
    forces.assertRepairs(REPAIR,
        "amod(2,1) nsubj(4,2) punct(4,3) root(0,4) compound:prt(4,5) case(7,6) obl:by(4,7) punct(4,8) dep(4,9) det(11,10) obj(9,11) punct(4,12)",
        "amod(2,1) nsubj(9,2) punct(4,3) root(0,9) compound:prt(4,5) case(7,6) obl:by(4,7) punct(4,8) acl(2,4) det(11,10) obj(9,11) punct(9,12)");
    // Without the second comma the later verb is not the main one set off from the participle.
    HandParse.of("Special/special/JJ forces/force/NNS ,/,/, flown/fly/VBN in/in/RP by/by/IN helicopter/helicopter/NN "
            + "boarded/board/VBD a/a/DT tanker/tanker/NN ././.")
        .assertLeavesAlone(REPAIR, "amod(2,1) nsubj(4,2) punct(4,3) root(0,4) compound:prt(4,5) case(7,6) obl:by(4,7) dep(4,8) det(10,9) obj(8,10) punct(4,11)");
  }

  @Test
  void aLaterPastVerbWithASubjectOfItsOwnIsLeftAlone() {
    // "Drones launched from Iraq, officials said." as one clause hung on another: "said" has its own subject.
    HandParse.of("Drones/drone/NNS launched/launch/VBN from/from/IN Iraq/Iraq/NNP/LOCATION ,/,/, officials/official/NNS said/say/VBD ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) case(4,3) obl:from(2,4) punct(2,5) nsubj(7,6) dep(2,7) punct(2,8)");
  }

  @Test
  void aParticipleInAJoinedClauseGivesWayToTheLaterPerfect() {
    // "No group has claimed the abduction, but fighters linked to Islamic State have attacked army convoys."
    HandParse.of("No/no/DT group/group/NN has/have/VBZ claimed/claim/VBN the/the/DT abduction/abduction/NN ,/,/, but/but/CC fighters/fighter/NNS "
            + "linked/link/VBN to/to/IN Islamic/Islamic/NNP/ORGANIZATION State/State/NNP/ORGANIZATION have/have/VBP attacked/attack/VBN army/army/NN "
            + "convoys/convoy/NNS ././.")
        .assertRepairs(REPAIR,
            "det(2,1) nsubj(4,2) aux(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7) cc(10,8) nsubj(10,9) conj:but(4,10) case(13,11) compound(13,12) "
                + "obl:to(10,13) aux(15,14) dep(10,15) compound(17,16) obj(15,17) punct(4,18)",
            "det(2,1) nsubj(4,2) aux(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7) cc(15,8) nsubj(15,9) conj:but(4,15) case(13,11) compound(13,12) "
                + "obl:to(10,13) aux(15,14) acl(9,10) compound(17,16) obj(15,17) punct(4,18)");
  }

  @Test
  void aJoinedParticipleBeforeAPassiveIsLeftToTheRootForm() {
    // "…, but officials linked to the case were questioned": only an active perfect is taken here.
    HandParse.of("No/no/DT group/group/NN has/have/VBZ claimed/claim/VBN it/it/PRP ,/,/, but/but/CC officials/official/NNS linked/link/VBN "
            + "to/to/IN it/it/PRP were/be/VBD questioned/question/VBN ././.")
        .assertLeavesAlone(REPAIR,
            "det(2,1) nsubj(4,2) aux(4,3) root(0,4) obj(4,5) punct(4,6) cc(9,7) nsubj(9,8) conj:but(4,9) case(11,10) obl:to(9,11) aux:pass(13,12) "
                + "dep(9,13) punct(4,14)");
  }
}
