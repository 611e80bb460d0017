package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ClosingSpeakerReadAsAppositionOfLastNounTest {
  private static final ParseRepair REPAIR = new ClosingSpeakerReadAsAppositionOfLastNoun();
  // "Iran's navy seized an Omani dhow on Tuesday, accusing its crew of smuggling diesel, Iranian state media reported."
  private static final HandParse SEIZED = HandParse.of("Iran/Iran/NNP/LOCATION 's/'s/POS navy/navy/NN seized/seize/VBD an/a/DT Omani/Omani/NNP dhow/dhow/NN "
      + "on/on/IN Tuesday/Tuesday/NNP ,/,/, accusing/accuse/VBG its/its/PRP$ crew/crew/NN of/of/IN smuggling/smuggling/NN diesel/diesel/NN ,/,/, "
      + "Iranian/Iranian/JJ state/state/NN media/media/NNS reported/report/VBD ././.");

  @Test
  void theClosingReporterReadAsTheLastNounsAppositionTellsTheSentence() {
    SEIZED.assertRepairs(REPAIR, "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(7,5) compound(7,6) obj(4,7) case(9,8) obl:on(4,9) punct(4,10) dep(4,11) "
            + "nmod:poss(13,12) obj(11,13) case(16,14) compound(16,15) obl:of(11,16) punct(16,17) amod(20,18) compound(20,19) appos(16,20) dep(11,21) punct(4,22)",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) det(7,5) compound(7,6) obj(4,7) case(9,8) obl:on(4,9) punct(4,10) dep(4,11) "
            + "nmod:poss(13,12) obj(11,13) case(16,14) compound(16,15) obl:of(11,16) punct(16,17) amod(20,18) compound(20,19) punct(4,22) root(0,21) "
            + "nsubj(21,20) ccomp(21,4)");
  }

  @Test
  void aClosingVerbWithASubjectOfItsOwnIsLeftAlone() {
    SEIZED.assertLeavesAlone(REPAIR, "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(7,5) compound(7,6) obj(4,7) case(9,8) obl:on(4,9) punct(4,10) dep(4,11) "
        + "nmod:poss(13,12) obj(11,13) case(16,14) compound(16,15) obl:of(11,16) punct(16,17) amod(20,18) compound(20,19) nsubj(21,20) dep(11,21) punct(4,22)");
  }
}
