package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ReportedSubjectReadAsObjectTest {
  private static final ParseRepair REPAIR = new ReportedSubjectReadAsObject();

  @Test
  void theNameAfterSaidBecomesTheSubjectOfTheReportedClause() {
    // "Chile said Peru would attack Bolivia." as CoreNLP parses it: Peru the object of "said",
    // "said" the clausal subject of "attack", "attack" the root.
    HandParse.of("Chile/Chile/NNP/LOCATION said/say/VBD Peru/Peru/NNP/LOCATION would/would/MD attack/attack/VB Bolivia/Bolivia/NNP/LOCATION ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) obj(2,3) csubj(5,2) aux(5,4) root(0,5) obj(5,6) punct(5,7)",
            "nsubj(2,1) aux(5,4) root(0,2) obj(5,6) punct(2,7) nsubj(5,3) ccomp(2,5)");
  }

  @Test
  void theFirstOfTwoCoordinatedVerbsTakesThePredicatesPlace() {
    // "Chile thanked Peru and said it would help Bolivia." with both verbs clausal subjects of "help".
    HandParse.of("Chile/Chile/NNP/LOCATION thanked/thank/VBD Peru/Peru/NNP/LOCATION and/and/CC said/say/VBD it/it/PRP would/would/MD help/help/VB "
            + "Bolivia/Bolivia/NNP/LOCATION ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) csubj(8,2) obj(2,3) cc(5,4) conj:and(2,5) csubj(8,5) obj(5,6) aux(8,7) root(0,8) obj(8,9) punct(8,10)",
            "nsubj(2,1) obj(2,3) cc(5,4) conj:and(2,5) aux(8,7) root(0,2) obj(8,9) punct(2,10) nsubj(8,6) ccomp(5,8)");
  }

  @Test
  void verbsGivenAsPlainSubjectsOfThePredicateAreMendedAlike() {
    // "Chile thanked Peru and said it would help Bolivia." with both verbs plain subjects of "help".
    HandParse.of("Chile/Chile/NNP/LOCATION thanked/thank/VBD Peru/Peru/NNP/LOCATION and/and/CC said/say/VBD it/it/PRP would/would/MD help/help/VB "
            + "Bolivia/Bolivia/NNP/LOCATION ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) nsubj(8,2) obj(2,3) cc(5,4) conj:and(2,5) nsubj(8,5) obj(5,6) aux(8,7) root(0,8) obj(8,9) punct(8,10)",
            "nsubj(2,1) obj(2,3) cc(5,4) conj:and(2,5) aux(8,7) root(0,2) obj(8,9) punct(2,10) nsubj(8,6) ccomp(5,8)");
  }

  @Test
  void aThingWithItsOwnParticipleIsTheSubjectOfAModalPassiveHungOnTheFirstVerb() {
    // "Estonia rejected the appeal and said men working there would be allowed to stay.": the
    // men, with their own participle, are the passive subject of what "said" reports.
    HandParse.of("Estonia/Estonia/NNP/LOCATION rejected/reject/VBD the/the/DT appeal/appeal/NN and/and/CC said/say/VBD men/man/NNS working/work/VBG "
            + "there/there/RB would/would/MD be/be/VB allowed/allow/VBN to/to/TO stay/stay/VB ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) obj(6,7) acl(7,8) advmod(8,9) aux(12,10) aux:pass(12,11) dep(2,12) "
                + "mark(14,13) xcomp(12,14) punct(2,15)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) acl(7,8) advmod(8,9) aux(12,10) aux:pass(12,11) mark(14,13) xcomp(12,14) "
                + "punct(2,15) nsubj:pass(12,7) ccomp(6,12)");
  }

  @Test
  void aCommonNounObjectOfSayIsLeftAlone() {
    HandParse.of("Chile/Chile/NNP/LOCATION said/say/VBD a/a/DT prayer/prayer/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
  }

  @Test
  void aCommonNounBeforeTheReportedPredicateIsNotTakenForItsSubject() {
    // "Chile said the truce would hold." misparsed the same way, but "say" takes a common noun as its object.
    HandParse.of("Chile/Chile/NNP/LOCATION said/say/VBD the/the/DT truce/truce/NN would/would/MD hold/hold/VB ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) det(4,3) obj(2,4) csubj(6,2) aux(6,5) root(0,6) punct(6,7)");
  }

  @Test
  void aPredicateHungOnSaidAsDepTakesTheNameAsItsSubject() {
    // "Chile said Peru would attack Bolivia." with Peru the object of "said" and "attack" an
    // unlabelled dependent of "said".
    HandParse.of("Chile/Chile/NNP/LOCATION said/say/VBD Peru/Peru/NNP/LOCATION would/would/MD attack/attack/VB Bolivia/Bolivia/NNP/LOCATION ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) aux(5,4) dep(2,5) obj(5,6) punct(2,7)",
            "nsubj(2,1) root(0,2) aux(5,4) obj(5,6) punct(2,7) nsubj(5,3) ccomp(2,5)");
  }

  @Test
  void aCommonNounObjectBeforeAHungWordWithNoTenseIsLeftAlone() {
    // "Chile said a prayer, kneeling": a participle has no tense of its own.
    HandParse.of("Chile/Chile/NNP/LOCATION said/say/VBD a/a/DT prayer/prayer/NN ,/,/, kneeling/kneel/VBG ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) dep(2,6) punct(2,7)");
  }

  @Test
  void aModalPredicateHungOnTheFirstClauseIsWhatTheSecondSayingReports() {
    // "Chile said it would send drones, and Peru said its troops would hold drills."
    HandParse.of("Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD send/send/VB drones/drone/NNS ,/,/, and/and/CC Peru/Peru/NNP/LOCATION "
            + "said/say/VBD its/its/PRP$ troops/troop/NNS would/would/MD hold/hold/VB drills/drill/NNS ././.")
        .assertRepairs(new ReportedSubjectReadAsObject(),
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) obj(5,6) punct(10,7) cc(10,8) nsubj(10,9) conj:and(2,10) nmod:poss(12,11) obj(10,12) "
                + "aux(14,13) dep(5,14) obj(14,15) punct(2,16)",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) obj(5,6) punct(10,7) cc(10,8) nsubj(10,9) conj:and(2,10) nmod:poss(12,11) "
                + "aux(14,13) obj(14,15) punct(2,16) nsubj(14,12) ccomp(10,14)");
  }

  @Test
  void aPredicateWithATenseOfItsOwnHungOnTheFirstClauseTakesTheNamedThingAsSubject() {
    // "Chile rejected the remark and said Moscow's war had forced its neighbours to rearm."
    HandParse.of("Chile/Chile/NNP/LOCATION rejected/reject/VBD the/the/DT remark/remark/NN and/and/CC said/say/VBD Moscow/Moscow/NNP/LOCATION 's/'s/POS "
            + "war/war/NN had/have/VBD forced/force/VBN its/its/PRP$ neighbours/neighbour/NNS to/to/TO rearm/rearm/VB ././.")
        .assertRepairs(new ReportedSubjectReadAsObject(),
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nmod:poss(9,7) case(7,8) obj(6,9) aux(11,10) dep(2,11) nmod:poss(13,12) obj(11,13) "
                + "mark(15,14) xcomp(11,15) punct(2,16)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nmod:poss(9,7) case(7,8) aux(11,10) nmod:poss(13,12) obj(11,13) "
                + "mark(15,14) xcomp(11,15) punct(2,16) nsubj(11,9) ccomp(6,11)");
  }

  @Test
  void aPredicateWithVerbsOfOtherClausesBeforeItIsNoSayingsReport() {
    // "That sort of sharp difference between what Trump says his tax plan would do and how experts say it would shape tax law has endured ...":
    // "has endured", hung on "shape", is not what Trump says of his plan.
    HandParse.of("That/that/DT sort/sort/RB of/of/RB sharp/sharp/JJ difference/difference/NN between/between/IN what/what/WP Trump/Trump/NNP/PERSON says/say/VBZ "
            + "his/his/PRP$ tax/tax/NN plan/plan/NN would/would/MD do/do/VB and/and/CC how/how/WRB experts/expert/NNS say/say/VBP it/it/PRP would/would/MD "
            + "shape/shape/VB tax/tax/NN law/law/NN has/have/VBZ endured/endure/VBN throughout/throughout/IN the/the/DT campaign/campaign/NN ././.")
        .assertLeavesAlone(new ReportedSubjectReadAsObject(), "nsubj(14,1) advmod(3,2) advmod(5,3) amod(5,4) nsubj(14,5) mark(9,6) obj(9,7) nsubj(9,8) "
            + "acl:between(5,9) nmod:poss(12,10) compound(12,11) obj(9,12) aux(14,13) root(0,14) cc(18,15) advmod(18,16) nsubj(18,17) conj:and(14,18) "
            + "nsubj(21,19) aux(21,20) ccomp(18,21) compound(23,22) obj(21,23) aux(25,24) dep(21,25) case(28,26) det(28,27) obl:throughout(25,28) punct(14,29)");
  }

  @Test
  void aCommonNounBeforeAPredicateWithATenseOfItsOwnIsItsSubject() {
    // "Chile said crossings had fallen": "crossings" read as the object of "said", "fallen" hung loose.
    HandParse.of("Chile/Chile/NNP/LOCATION said/say/VBD crossings/crossing/NNS had/have/VBD fallen/fall/VBN ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) aux(5,4) dep(2,5) punct(2,6)",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) punct(2,6)");
    // "Chile said the truce would hold": so with a modal.
    HandParse.of("Chile/Chile/NNP/LOCATION said/say/VBD the/the/DT truce/truce/NN would/would/MD hold/hold/VB ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) aux(6,5) dep(2,6) punct(2,7)",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) punct(2,7)");
  }
}
