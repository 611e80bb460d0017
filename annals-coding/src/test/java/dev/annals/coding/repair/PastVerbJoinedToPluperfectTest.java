package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PastVerbJoinedToPluperfectTest {
  private static final ParseRepair REPAIR = new PastVerbJoinedToPluperfect();
  // "The ministry denied that its forces had carried out the attack and accused Chad."
  private static final HandParse DENIED = HandParse.of(
      "The/the/DT ministry/ministry/NN denied/deny/VBD that/that/IN its/its/PRP$ forces/force/NNS had/have/VBD carried/carry/VBN out/out/RP the/the/DT "
          + "attack/attack/NN and/and/CC accused/accuse/VBD Chad/Chad/NNP/LOCATION ././.");
  private static final String DENIED_REPAIRED = "det(2,1) nsubj(3,2) root(0,3) mark(8,4) nmod:poss(6,5) nsubj(8,6) nsubj(13,2) aux(8,7) ccomp(3,8) "
      + "compound:prt(8,9) det(11,10) obj(8,11) cc(13,12) conj:and(3,13) obj(13,14) punct(3,15)";

  @Test
  void aSimplePastJoinedToAReportedPluperfectGoesOnWithTheReportingVerb() {
    DENIED.assertRepairs(REPAIR, "det(2,1) nsubj(3,2) root(0,3) mark(8,4) nmod:poss(6,5) nsubj(8,6) nsubj(13,6) aux(8,7) ccomp(3,8) "
        + "compound:prt(8,9) det(11,10) obj(8,11) cc(8,12) ccomp(3,13) conj:and(8,13) obj(13,14) punct(3,15)", DENIED_REPAIRED);
  }

  @Test
  void aCopulasPluperfectHoldsItsHadOnThePredicate() {
    // "The government said the reefs had been Tongan territory and accused Fiji.": not the reefs accuse.
    HandParse.of("The/the/DT government/government/NN said/say/VBD the/the/DT reefs/reef/NNS had/have/VBD been/be/VBN Tongan/Tongan/JJ/MISC "
            + "territory/territory/NN and/and/CC accused/accuse/VBD Fiji/Fiji/NNP/LOCATION ././.")
        .assertRepairs(REPAIR, "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj(9,5) nsubj(11,5) aux(9,6) cop(9,7) amod(9,8) ccomp(3,9) cc(11,10) "
                + "ccomp(3,11) conj:and(9,11) obj(11,12) punct(3,13)",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj(9,5) nsubj(11,2) aux(9,6) cop(9,7) amod(9,8) ccomp(3,9) cc(11,10) conj:and(3,11) "
                + "obj(11,12) punct(3,13)");
  }

  @Test
  void aSubjectOfItsOwnStays() {
    // "The agency said it had delivered aid, but it warned Chad."
    HandParse.of("The/the/DT agency/agency/NN said/say/VBD it/it/PRP had/have/VBD delivered/deliver/VBN aid/aid/NN ,/,/, but/but/CC it/it/PRP warned/warn/VBD "
            + "Chad/Chad/NNP/LOCATION ././.")
        .assertRepairs(REPAIR, "det(2,1) nsubj(3,2) root(0,3) nsubj(6,4) aux(6,5) ccomp(3,6) obj(6,7) punct(6,8) cc(11,9) nsubj(11,10) conj:but(6,11) "
                + "obj(11,12) punct(3,13)",
            "det(2,1) nsubj(3,2) root(0,3) nsubj(6,4) aux(6,5) ccomp(3,6) obj(6,7) punct(6,8) cc(11,9) nsubj(11,10) conj:but(3,11) obj(11,12) punct(3,13)");
  }

  @Test
  void aParticipleSharingTheHadIsLeftAlone() {
    // "... had carried out the attack and killed civilians": "killed" tagged VBN shares "had".
    HandParse.of("The/the/DT ministry/ministry/NN denied/deny/VBD that/that/IN its/its/PRP$ forces/force/NNS had/have/VBD carried/carry/VBN out/out/RP the/the/DT "
            + "attack/attack/NN and/and/CC killed/kill/VBN civilians/civilian/NNS ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) mark(8,4) nmod:poss(6,5) nsubj(8,6) nsubj(13,6) aux(8,7) ccomp(3,8) "
            + "compound:prt(8,9) det(11,10) obj(8,11) cc(8,12) conj:and(8,13) obj(13,14) punct(3,15)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    DENIED.assertLeavesAlone(REPAIR, DENIED_REPAIRED);
  }

  @Test
  void aWordOfSpeechTaggedAsAParticipleGoesOnWithTheReportingVerb() {
    // "Zakharova denied that any violation had taken place and accused Finland", "accused" tagged VBN.
    HandParse.of("Zakharova/Zakharova/NNP/PERSON denied/deny/VBD that/that/IN any/any/DT violation/violation/NN had/have/VBD taken/take/VBN place/place/NN "
            + "and/and/CC accused/accuse/VBN Finland/Finland/NNP/LOCATION ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) mark(7,3) det(5,4) nsubj(7,5) nsubj(10,5) aux(7,6) ccomp(2,7) obj(7,8) cc(10,9) ccomp(2,10) "
                + "conj:and(7,10) obj(10,11) punct(2,12)",
            "nsubj(2,1) root(0,2) mark(7,3) det(5,4) nsubj(7,5) nsubj(10,1) aux(7,6) ccomp(2,7) obj(7,8) cc(10,9) conj:and(2,10) obj(10,11) punct(2,12)");
  }

  @Test
  void aSimplePastJoinedToAWordInsideTheReportedPluperfectGoesOnWithTheReportingVerb() {
    // "Briceno said the spill had poisoned waters families fish in and demanded that Mexico pay":
    // "demanded" joined to "fish", a word of the clause "had poisoned" heads.
    HandParse.of("Briceno/Briceno/NNP/PERSON said/say/VBD the/the/DT spill/spill/NN had/have/VBD poisoned/poison/VBN waters/water/NNS families/family/NNS "
            + "fish/fish/NN in/in/RP and/and/CC demanded/demand/VBD that/that/IN Mexico/Mexico/NNP/LOCATION pay/pay/VB ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) dep(9,7) nsubj(9,8) nsubj(12,8) obj(6,9) compound:prt(9,10) "
                + "cc(12,11) conj:and(9,12) mark(15,13) nsubj(15,14) ccomp(12,15) punct(2,16)",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) dep(9,7) nsubj(9,8) nsubj(12,1) obj(6,9) compound:prt(9,10) "
                + "cc(12,11) conj:and(2,12) mark(15,13) nsubj(15,14) ccomp(12,15) punct(2,16)");
    // Without "had" the clause may go on in the same past: left alone.
    HandParse.of("Briceno/Briceno/NNP/PERSON said/say/VBD the/the/DT spill/spill/NN poisoned/poison/VBD waters/water/NNS families/family/NNS "
            + "fish/fish/NN in/in/RP and/and/CC demanded/demand/VBD that/that/IN Mexico/Mexico/NNP/LOCATION pay/pay/VB ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) ccomp(2,5) dep(8,6) nsubj(8,7) nsubj(11,7) obj(5,8) compound:prt(8,9) "
                + "cc(11,10) conj:and(8,11) mark(14,12) nsubj(14,13) ccomp(11,14) punct(2,15)");
  }

  @Test
  void aWordOfSpeechJoinedToAReportedPluperfectProgressiveGoesOnWithTheReportingVerb() {
    // "The embassy said the ship had been carrying out research and accused Irish media", "accused" tagged VBN.
    HandParse.of("The/the/DT embassy/embassy/NN said/say/VBD the/the/DT ship/ship/NN had/have/VBD been/be/VBN carrying/carry/VBG out/out/RP research/research/NN "
            + "and/and/CC accused/accuse/VBN Irish/Irish/JJ media/media/NNS ././.")
        .assertRepairs(REPAIR, "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj(8,5) nsubj(12,5) aux(8,6) aux(8,7) ccomp(3,8) compound:prt(8,9) obj(8,10) cc(12,11) "
                + "ccomp(3,12) conj:and(8,12) amod(14,13) obj(12,14) punct(3,15)",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj(8,5) nsubj(12,2) aux(8,6) aux(8,7) ccomp(3,8) compound:prt(8,9) obj(8,10) cc(12,11) "
                + "conj:and(3,12) amod(14,13) obj(12,14) punct(3,15)");
  }

  // "The ministry said a fisherman had been injured when officers fired shots, and asked Malaysia to free the crew."
  private static final HandParse INJURED_WHEN = HandParse.of("The/the/DT ministry/ministry/NN said/say/VBD a/a/DT fisherman/fisherman/NN had/have/VBD "
      + "been/be/VBN injured/injure/VBN when/when/WRB officers/officer/NNS fired/fire/VBD shots/shot/NNS ,/,/, and/and/CC asked/ask/VBD "
      + "Malaysia/Malaysia/NNP/LOCATION to/to/TO free/free/VB the/the/DT crew/crew/NN ././.");

  @Test
  void aWordOfSpeechAfterCommaAndJoinedToTheTimeClauseOfAReportedPluperfectGoesOnWithTheReportingVerb() {
    INJURED_WHEN.assertRepairs(REPAIR, "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) ccomp(3,8) advmod(11,9) nsubj(11,10) "
            + "nsubj(15,10) advcl(8,11) obj(11,12) punct(11,13) cc(15,14) advcl(8,15) conj:and(11,15) obj(15,16) nsubj:xsubj(18,16) mark(18,17) "
            + "xcomp(15,18) det(20,19) obj(18,20) punct(3,21)",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) ccomp(3,8) advmod(11,9) nsubj(11,10) "
            + "nsubj(15,2) advcl(8,11) obj(11,12) punct(11,13) cc(15,14) conj:and(3,15) obj(15,16) nsubj:xsubj(18,16) mark(18,17) "
            + "xcomp(15,18) det(20,19) obj(18,20) punct(3,21)");
  }

  @Test
  void aDeedJoinedToTheTimeClauseIsLeftAlone() {
    // "The ministry said a fisherman had been injured when officers fired shots, and beat the crew."
    HandParse.of("The/the/DT ministry/ministry/NN said/say/VBD a/a/DT fisherman/fisherman/NN had/have/VBD been/be/VBN injured/injure/VBN when/when/WRB "
            + "officers/officer/NNS fired/fire/VBD shots/shot/NNS ,/,/, and/and/CC beat/beat/VBD the/the/DT crew/crew/NN ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) ccomp(3,8) advmod(11,9) nsubj(11,10) "
            + "nsubj(15,10) advcl(8,11) obj(11,12) punct(11,13) cc(15,14) advcl(8,15) conj:and(11,15) det(17,16) obj(15,17) punct(3,18)");
  }

  @Test
  void anApologyJoinedToAReportedPassivePluperfectGoesOnWithTheReportingVerb() {
    // "The commissioner said the men had been released and apologised for the arrest."
    HandParse.of("The/the/DT commissioner/commissioner/NN said/say/VBD the/the/DT men/man/NNS had/have/VBD been/be/VBN released/release/VBN and/and/CC "
            + "apologised/apologise/VBN for/for/IN the/the/DT arrest/arrest/NN ././.")
        .assertRepairs(REPAIR, "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj:pass(8,5) nsubj:pass(10,5) aux(8,6) aux:pass(8,7) ccomp(3,8) cc(10,9) ccomp(3,10) "
                + "conj:and(8,10) case(13,11) det(13,12) obl:for(10,13) punct(3,14)",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj:pass(8,5) nsubj(10,2) aux(8,6) aux:pass(8,7) ccomp(3,8) cc(10,9) conj:and(3,10) case(13,11) "
                + "det(13,12) obl:for(10,13) punct(3,14)");
  }
}
