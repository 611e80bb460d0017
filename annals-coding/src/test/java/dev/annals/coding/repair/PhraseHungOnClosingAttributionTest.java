package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PhraseHungOnClosingAttributionTest {
  private static final ParseRepair REPAIR = new PhraseHungOnClosingAttribution();
  // "Tokayev spoke with Putin, the Kremlin said."
  private static final HandParse CALL = HandParse.of(
      "Tokayev/Tokayev/NNP/PERSON spoke/speak/VBD with/with/IN Putin/Putin/NNP/PERSON ,/,/, the/the/DT Kremlin/Kremlin/NNP said/say/VBD ././.");
  private static final String CALL_REPAIRED = "nsubj(2,1) root(0,2) case(4,3) punct(4,5) det(7,6) nsubj(8,7) parataxis(2,8) punct(2,9) obl:with(2,4)";

  @Test
  void aPhraseBeforeTheCommaOfAClosingAttributionGoesBackToTheClauseItCloses() {
    CALL.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) case(4,3) obl:with(8,4) punct(4,5) det(7,6) nsubj(8,7) parataxis(2,8) punct(2,9)", CALL_REPAIRED);
  }

  @Test
  void theClauseParsedRightIsLeftAlone() {
    CALL.assertLeavesAlone(REPAIR, CALL_REPAIRED);
  }

  @Test
  void aPhraseAfterTheSayingIsTheSayings() {
    // "Tokayev spoke, the Kremlin said on Monday."
    HandParse.of("Tokayev/Tokayev/NNP/PERSON spoke/speak/VBD ,/,/, the/the/DT Kremlin/Kremlin/NNP said/say/VBD on/on/IN Monday/Monday/NNP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) punct(2,3) det(5,4) nsubj(6,5) parataxis(2,6) case(8,7) obl:on(6,8) punct(2,9)");
  }

  @Test
  void everythingTheClosingVerbTookFromTheClauseGoesBack() {
    // "Chile signed an agreement with Peru, where troops are based, and discussed a visit, the
    // agency said." with "said" the complement of "signed" and the clause's words hung on it.
    HandParse.of("Chile/Chile/NNP/LOCATION signed/sign/VBD an/a/DT agreement/agreement/NN with/with/IN Peru/Peru/NNP/LOCATION ,/,/, where/where/WRB "
            + "troops/troops/NNS are/be/VBP based/base/VBN ,/,/, and/and/CC discussed/discuss/VBD a/a/DT visit/visit/NN ,/,/, the/the/DT agency/agency/NN "
            + "said/say/VBD ././.")
        .assertRepairs(REPAIR,
            "root(0,2) nsubj(2,1) det(4,3) nsubj(20,4) case(6,5) obl:with(20,6) punct(6,7) advmod(11,8) nsubj:pass(11,9) aux:pass(11,10) advcl(20,11) "
                + "punct(11,12) cc(14,13) advcl(20,14) det(16,15) obj(14,16) punct(20,17) det(19,18) nsubj(20,19) ccomp(2,20) punct(2,21)",
            "root(0,2) nsubj(2,1) det(4,3) obj(2,4) case(6,5) obl:with(2,6) punct(6,7) advmod(11,8) nsubj:pass(11,9) aux:pass(11,10) acl:relcl(6,11) "
                + "punct(11,12) cc(14,13) conj:and(2,14) det(16,15) obj(14,16) punct(20,17) det(19,18) nsubj(20,19) ccomp(2,20) punct(2,21)");
  }

  @Test
  void aSpeakerNamedByAPossessivePronounClosesTheClauseToo() {
    // "Stubb spoke with Rutte, his office said."
    HandParse.of("Stubb/Stubb/NNP/PERSON spoke/speak/VBD with/with/IN Rutte/Rutte/NNP/PERSON ,/,/, his/his/PRP$ office/office/NN said/say/VBD ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) case(4,3) obl:with(8,4) punct(4,5) nmod:poss(7,6) nsubj(8,7) parataxis(2,8) punct(2,9)",
            "nsubj(2,1) root(0,2) case(4,3) obl:with(2,4) punct(4,5) nmod:poss(7,6) nsubj(8,7) parataxis(2,8) punct(2,9)");
  }

  // "Rebels killed ten traders when they ambushed a convoy on Sunday, the government said."
  private static final HandParse AMBUSH = HandParse.of("Rebels/rebel/NNS killed/kill/VBD ten/ten/CD traders/trader/NNS when/when/WRB they/they/PRP "
      + "ambushed/ambush/VBD a/a/DT convoy/convoy/NN on/on/IN Sunday/Sunday/NNP ,/,/, the/the/DT government/government/NN said/say/VBD ././.");

  @Test
  void aWhenClauseHungOnTheClosingSayingGoesToTheClauseHungThereToo() {
    AMBUSH.assertRepairs(REPAIR,
        "nsubj(2,1) dep(15,2) nummod(4,3) obj(2,4) advmod(7,5) nsubj(7,6) advcl(15,7) det(9,8) obj(7,9) case(11,10) obl:on(7,11) punct(15,12) det(14,13) "
            + "nsubj(15,14) root(0,15) punct(15,16)",
        "nsubj(2,1) dep(15,2) nummod(4,3) obj(2,4) advmod(7,5) nsubj(7,6) advcl(2,7) det(9,8) obj(7,9) case(11,10) obl:on(7,11) punct(15,12) det(14,13) "
            + "nsubj(15,14) root(0,15) punct(15,16)");
  }

  @Test
  void aWhenClauseAfterTheSayingIsTheSayings() {
    // "Rebels killed ten traders, the government said when they ambushed a convoy."
    HandParse.of("Rebels/rebel/NNS killed/kill/VBD ten/ten/CD traders/trader/NNS ,/,/, the/the/DT government/government/NN said/say/VBD when/when/WRB "
            + "they/they/PRP ambushed/ambush/VBD a/a/DT convoy/convoy/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) dep(8,2) nummod(4,3) obj(2,4) punct(8,5) det(7,6) nsubj(8,7) root(0,8) advmod(11,9) nsubj(11,10) advcl(8,11) "
            + "det(13,12) obj(11,13) punct(8,14)");
  }

  @Test
  void aNounRightAfterTheVerbHungLooseOnTheClosingSayingIsTheVerbsObject() {
    // "Gunmen attacked a convoy of aid trucks on Tuesday, the agency said."
    HandParse.of("Gunmen/gunman/NNS attacked/attack/VBD a/a/DT convoy/convoy/NN of/of/IN aid/aid/NN trucks/truck/NNS on/on/IN Tuesday/Tuesday/NNP ,/,/, "
            + "the/the/DT agency/agency/NN said/say/VBD ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) dep(13,4) case(7,5) compound(7,6) nmod:of(4,7) case(9,8) obl:on(2,9) punct(13,10) det(12,11) nsubj(13,12) ccomp(2,13) punct(2,14)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) compound(7,6) nmod:of(4,7) case(9,8) obl:on(2,9) punct(13,10) det(12,11) nsubj(13,12) ccomp(2,13) punct(2,14)");
  }

  @Test
  void aThatClauseHungOnTheClosingSayingIsWhatTheClausesTellingTold() {
    // "Turkey told Bulgaria that the deal must stand, officials said."
    HandParse.of("Turkey/Turkey/NNP/LOCATION told/tell/VBD Bulgaria/Bulgaria/NNP/LOCATION that/that/IN the/the/DT deal/deal/NN must/must/MD stand/stand/VB "
            + ",/,/, officials/official/NNS said/say/VBD ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) mark(8,4) det(6,5) nsubj(8,6) aux(8,7) advcl:that(11,8) punct(11,9) nsubj(11,10) ccomp(2,11) punct(2,12)",
            "nsubj(2,1) root(0,2) obj(2,3) mark(8,4) det(6,5) nsubj(8,6) aux(8,7) ccomp(2,8) punct(11,9) nsubj(11,10) ccomp(2,11) punct(2,12)");
  }
}
