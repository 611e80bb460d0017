package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectReadAsSubjectOfParticipleTest {
  private static final ParseRepair REPAIR = new ObjectReadAsSubjectOfParticiple();
  // "Rebels agreed to free 40 drivers held at checkpoints."
  private static final HandParse FREE = HandParse.of(
      "Rebels/rebel/NNS agreed/agree/VBD to/to/TO free/free/VB 40/40/CD drivers/driver/NNS held/hold/VBN at/at/IN checkpoints/checkpoint/NNS ././.");
  private static final String FREE_REPAIRED = "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nummod(6,5) obj(4,6) acl(6,7) case(9,8) obl:at(7,9) punct(2,10)";

  @Test
  void theParticiplesSubjectIsTheObjectOfTheVerbBeforeIt() {
    FREE.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nummod(6,5) nsubj(7,6) dep(4,7) case(9,8) obl:at(7,9) punct(2,10)", FREE_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    FREE.assertLeavesAlone(REPAIR, FREE_REPAIRED);
  }

  @Test
  void aReportedPassiveClauseStays() {
    // "Officials said the drivers were held.": an auxiliary makes it a clause.
    HandParse.of("Officials/official/NNS said/say/VBD the/the/DT drivers/driver/NNS were/be/VBD held/hold/VBN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj:pass(6,4) aux:pass(6,5) ccomp(2,6) punct(2,7)");
  }

  @Test
  void aClauseSaidWithAParticipleTagStays() {
    // "Officials said its loss narrowed.", "narrowed" tagged VBN: the clause is what was said.
    HandParse.of("Officials/official/NNS said/say/VBD its/its/PRP$ loss/loss/NN narrowed/narrow/VBN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nmod:poss(4,3) nsubj(5,4) ccomp(2,5) punct(2,6)");
  }

  @Test
  void aVisitPlannedAfterAVerbThatTakesNoClauseIsItsObject() {
    // "Dan postponed a visit planned for next week.", "planned" tagged VBD and read as a clause.
    HandParse.of("Dan/Dan/NNP/PERSON postponed/postpone/VBD a/a/DT visit/visit/NN planned/plan/VBD for/for/IN next/next/JJ week/week/NN ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) ccomp(2,5) case(8,6) amod(8,7) obl:for(5,8) punct(2,9)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) acl(4,5) case(8,6) amod(8,7) obl:for(5,8) punct(2,9)");
  }

  @Test
  void aClauseAfterAVerbThatTakesClausesStays() {
    // "Dan announced a visit planned for next week" is read as parsed: announcing takes a clause.
    HandParse.of("Dan/Dan/NNP/PERSON announced/announce/VBD a/a/DT visit/visit/NN planned/plan/VBD for/for/IN next/next/JJ week/week/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) ccomp(2,5) case(8,6) amod(8,7) obl:for(5,8) punct(2,9)");
  }

  @Test
  void lorriesLoadedAfterSeizingAreItsObjectAndTheJoinedArrestIsTheSeizersOwn() {
    // "Officers seized lorries loaded with beans and arrested drivers.": "lorries loaded" read as a
    // passive clause of "seized", with "arrested" joined to "loaded" and given the lorries.
    HandParse.of("Officers/officer/NNS seized/seize/VBD lorries/lorry/NNS loaded/load/VBN with/with/IN beans/bean/NNS and/and/CC arrested/arrest/VBN "
            + "drivers/driver/NNS ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) nsubj:pass(4,3) nsubj(8,3) ccomp(2,4) case(6,5) obl:with(4,6) cc(8,7) ccomp(2,8) conj:and(4,8) "
                + "obj(8,9) punct(2,10)",
            "nsubj(2,1) root(0,2) obj(2,3) nsubj(8,1) acl(3,4) case(6,5) obl:with(4,6) cc(8,7) conj:and(2,8) obj(8,9) punct(2,10)");
  }

  @Test
  void aClauseAfterSayingWithAPassiveSubjectStays() {
    // "Officers said lorries loaded with beans": saying takes a clause.
    HandParse.of("Officers/officer/NNS said/say/VBD lorries/lorry/NNS loaded/load/VBN with/with/IN beans/bean/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj:pass(4,3) ccomp(2,4) case(6,5) obl:with(4,6) punct(2,7)");
  }

  @Test
  void peopleFreedAfterHandingOverAreItsObjectAndWhomTheyWentToIsTheHandings() {
    // "Police handed over 26 citizens freed from camps to officials on Tuesday.": "citizens freed"
    // read as a clause of "handed", with the receivers and the day hung on "freed".
    HandParse.of("Police/police/NNS handed/hand/VBD over/over/RP 26/26/CD citizens/citizen/NNS freed/free/VBN from/from/IN camps/camp/NNS to/to/IN "
            + "officials/official/NNS on/on/IN Tuesday/Tuesday/NNP ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) compound:prt(2,3) nummod(5,4) nsubj:pass(6,5) ccomp(2,6) case(8,7) obl:from(6,8) case(10,9) "
                + "obl:to(6,10) case(12,11) obl:on(6,12) punct(2,13)",
            "nsubj(2,1) root(0,2) compound:prt(2,3) nummod(5,4) obj(2,5) acl(5,6) case(8,7) obl:from(6,8) case(10,9) "
                + "obl:to(2,10) case(12,11) obl:on(2,12) punct(2,13)");
  }

  @Test
  void migrantsStrandedAfterRescuingAreItsObjectAndTheJoinedTakingIsTheRescuers() {
    // "Soldiers rescued migrants stranded on a cay and took them to Nassau.": "migrants stranded"
    // read as a passive clause of "rescued", with "took" joined to "stranded" and given the migrants.
    HandParse.of("Soldiers/soldier/NNS rescued/rescue/VBD migrants/migrant/NNS stranded/strand/VBN on/on/IN a/a/DT cay/cay/NN and/and/CC "
            + "took/take/VBD them/they/PRP to/to/IN Nassau/Nassau/NNP/LOCATION ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) nsubj:pass(4,3) nsubj(9,3) ccomp(2,4) case(7,5) det(7,6) obl:on(4,7) cc(9,8) ccomp(2,9) conj:and(4,9) "
                + "obj(9,10) case(12,11) obl:to(9,12) punct(2,13)",
            "nsubj(2,1) root(0,2) obj(2,3) nsubj(9,1) acl(3,4) case(7,5) det(7,6) obl:on(4,7) cc(9,8) conj:and(2,9) obj(9,10) case(12,11) obl:to(9,12) punct(2,13)");
  }
}
