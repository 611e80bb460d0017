package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ClosingContactRelativeTest {
  private static final ParseRepair REPAIR = new ClosingContactRelative();

  @Test
  void theClosingVerbMadeRootGivesTheRootBackToTheMainVerb() {
    // "Brazil offered to host talks, an offer Bogota accepted."
    HandParse.of("Brazil/Brazil/NNP/LOCATION offered/offer/VBD to/to/TO host/host/VB talks/talk/NNS ,/,/, an/a/DT offer/offer/NN "
        + "Bogota/Bogota/NNP/LOCATION accepted/accept/VBD ././.").assertRepairs(REPAIR,
        "nsubj(2,1) mark(4,3) xcomp(2,4) obj(4,5) punct(10,6) det(8,7) nsubj(10,8) nsubj(10,9) root(0,10) advcl(10,2) punct(10,11)",
        "nsubj(2,1) mark(4,3) xcomp(2,4) obj(4,5) punct(2,6) root(0,2) punct(2,11) det(8,7) dep(2,8) acl:relcl(8,10) obj(10,8) nsubj(10,9)");
  }

  @Test
  void theNounTakenForAWordOfTheSubjectsNameIsTheVerbsObject() {
    // "Myanmar demanded that power be restored, a demand Bangkok dismissed."
    HandParse.of("Myanmar/Myanmar/NNP/LOCATION demanded/demand/VBD that/that/IN power/power/NN be/be/VB restored/restore/VBN ,/,/, a/a/DT "
        + "demand/demand/NN Bangkok/Bangkok/NNP/LOCATION dismissed/dismiss/VBD ././.").assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) mark(6,3) nsubj:pass(6,4) aux:pass(6,5) ccomp(2,6) punct(6,7) det(10,8) compound(10,9) nsubj(11,10) parataxis(6,11) punct(2,12)",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj:pass(6,4) aux:pass(6,5) ccomp(2,6) punct(6,7) punct(2,12) det(9,8) dep(2,9) acl:relcl(9,11) obj(11,9) "
            + "nsubj(11,10)");
  }

  @Test
  void theClauseHungOnTheNounBeforeTheCommaIsTheClosingNouns() {
    // "Damascus accused Hezbollah of arming fighters, a charge the group denied."
    HandParse.of("Damascus/Damascus/NNP/LOCATION accused/accuse/VBD Hezbollah/Hezbollah/NNP/ORGANIZATION of/of/IN arming/arm/VBG "
        + "fighters/fighter/NNS ,/,/, a/a/DT charge/charge/NN the/the/DT group/group/NN denied/deny/VBD ././.").assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) obj(5,6) punct(6,7) det(9,8) obj(12,9) det(11,10) nsubj(12,11) acl:relcl(6,12) punct(2,13)",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) obj(5,6) punct(6,7) punct(2,13) det(9,8) dep(2,9) acl:relcl(9,12) obj(12,9) "
            + "nsubj(12,11) det(11,10)");
  }

  @Test
  void aClosingAttributionIsLeftAlone() {
    // "The army shelled the town, a government spokesman confirmed.": a bare noun where the subject would be.
    HandParse.of("The/the/DT army/army/NN shelled/shell/VBD the/the/DT town/town/NN ,/,/, a/a/DT government/government/NN spokesman/spokesman/NN "
        + "confirmed/confirm/VBD ././.").assertLeavesAlone(REPAIR,
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(10,6) det(9,7) compound(9,8) nsubj(10,9) parataxis(3,10) punct(3,11)");
  }

  @Test
  void theClosingVerbMayKeepItsOwnWordsAfterItAndItsSubjectAPossessor() {
    // "Chad closed the border, a step Niger's ministry criticised on Monday as harmful."
    HandParse.of("Chad/Chad/NNP/LOCATION closed/close/VBD the/the/DT border/border/NN ,/,/, a/a/DT step/step/NN Niger/Niger/NNP/LOCATION 's/'s/POS "
        + "ministry/ministry/NN criticised/criticise/VBD on/on/IN Monday/Monday/NNP as/as/IN harmful/harmful/JJ ././.").assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(4,5) det(8,6) compound(8,7) nmod:poss(10,8) case(8,9) nsubj(11,10) parataxis(2,11) case(13,12) "
            + "obl:on(11,13) mark(15,14) advcl(11,15) punct(2,16)",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(4,5) case(13,12) obl:on(11,13) mark(15,14) advcl(11,15) punct(2,16) det(7,6) dep(2,7) "
            + "acl:relcl(7,11) obj(11,7) nsubj(11,10) nmod:poss(10,8) case(8,9)");
  }

  @Test
  void aClosingVerbWithAClauseOfItsOwnAfterACommaIsLeftAlone() {
    // "Chad closed the border, a step Niger criticised, saying it hurt traders."
    HandParse.of("Chad/Chad/NNP/LOCATION closed/close/VBD the/the/DT border/border/NN ,/,/, a/a/DT step/step/NN Niger/Niger/NNP/LOCATION "
        + "criticised/criticise/VBD ,/,/, saying/say/VBG it/it/PRP hurt/hurt/VBD traders/trader/NNS ././.").assertLeavesAlone(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(4,5) det(7,6) compound(8,7) nsubj(9,8) parataxis(2,9) punct(9,10) advcl(9,11) nsubj(13,12) "
            + "ccomp(11,13) obj(13,14) punct(2,15)");
  }
}
