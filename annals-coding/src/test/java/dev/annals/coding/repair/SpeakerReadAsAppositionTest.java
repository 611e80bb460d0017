package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SpeakerReadAsAppositionTest {
  private static final ParseRepair REPAIR = new SpeakerReadAsApposition();
  // "NATO troops arrived in Bosnia, Defense Secretary William Perry said."
  private static final HandParse ARRIVAL = HandParse.of(
      "NATO/NATO/NNP/ORGANIZATION troops/troop/NNS arrived/arrive/VBD in/in/IN Bosnia/Bosnia/NNP/LOCATION ,/,/, Defense/Defense/NNP "
          + "Secretary/Secretary/NNP William/William/NNP/PERSON Perry/Perry/NNP/PERSON said/say/VBD ././.");
  private static final String ARRIVAL_REPAIRED =
      "compound(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(5,6) compound(10,7) compound(10,8) compound(10,9) dep(3,11) punct(3,12) nsubj(11,10)";

  @Test
  void theNameBeforeASubjectlessSaidIsItsSpeaker() {
    // The secretary in apposition to Bosnia, "said" hanging loose.
    ARRIVAL.assertRepairs(REPAIR,
        "compound(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(5,6) compound(10,7) compound(10,8) compound(10,9) appos(5,10) dep(3,11) punct(3,12)",
        ARRIVAL_REPAIRED);
  }

  @Test
  void theSpeakerParsedRightIsLeftAlone() {
    ARRIVAL.assertLeavesAlone(REPAIR, ARRIVAL_REPAIRED);
  }

  @Test
  void anAppositionBeforeASaidWithItsOwnSubjectStays() {
    // "Chile's ally, President Lula said so." read with "Lula" in apposition and "ally" the subject.
    HandParse.of("Chile/Chile/NNP/LOCATION 's/'s/POS ally/ally/NN ,/,/, President/President/NNP Lula/Lula/NNP/PERSON said/say/VBD so/so/RB ././.")
        .assertLeavesAlone(REPAIR, "nmod:poss(3,1) case(1,2) nsubj(7,3) punct(3,4) compound(6,5) appos(3,6) root(0,7) advmod(7,8) punct(7,9)");
  }

  private static final HandParse FREED = HandParse.of("Forces/force/NNS freed/free/VBD hostages/hostage/NNS ,/,/, among/among/IN them/they/PRP two/two/CD "
      + "priests/priest/NNS ,/,/, who/who/WP were/be/VBD held/hold/VBN ,/,/, the/the/DT ministry/ministry/NN said/say/VBD ././.");
  private static final String FREED_REPAIRED = "nsubj(2,1) root(0,2) obj(2,3) punct(3,4) case(6,5) obl:among(16,6) nummod(8,7) dep(16,8) punct(8,9) "
      + "nsubj:pass(12,10) aux:pass(12,11) acl:relcl(8,12) punct(8,13) det(15,14) nsubj(16,15) parataxis(2,16) punct(2,17)";

  @Test
  void theNounRightBeforeSaidIsTheSpeakerNotTheApposition() {
    // The priests, a clause away, read as the subject of "said" and the ministry as their apposition.
    FREED.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) obj(2,3) punct(3,4) case(6,5) obl:among(16,6) nummod(8,7) nsubj(16,8) punct(8,9) "
            + "nsubj:pass(12,10) aux:pass(12,11) acl:relcl(8,12) punct(8,13) det(15,14) appos(8,15) parataxis(2,16) punct(2,17)",
        FREED_REPAIRED);
  }

  @Test
  void aNounAfterAmongThemIsAnAsideNotTheSpeakerWithNoClauseBetween() {
    // "Forces freed hostages, among them two priests, in a village, the ministry said."
    HandParse.of("Forces/force/NNS freed/free/VBD hostages/hostage/NNS ,/,/, among/among/IN them/they/PRP two/two/CD priests/priest/NNS ,/,/, "
        + "in/in/IN a/a/DT village/village/NN ,/,/, the/the/DT ministry/ministry/NN said/say/VBD ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) punct(3,4) case(6,5) obl:among(16,6) nummod(8,7) nsubj(16,8) punct(8,9) case(12,10) det(12,11) nmod:in(8,12) "
                + "punct(8,13) det(15,14) appos(8,15) parataxis(2,16) punct(2,17)",
            "nsubj(2,1) root(0,2) obj(2,3) punct(3,4) case(6,5) obl:among(16,6) nummod(8,7) dep(16,8) punct(8,9) case(12,10) det(12,11) nmod:in(8,12) "
                + "punct(8,13) det(15,14) nsubj(16,15) parataxis(2,16) punct(2,17)");
  }

  @Test
  void theFreedSentenceParsedRightIsLeftAlone() {
    FREED.assertLeavesAlone(REPAIR, FREED_REPAIRED);
  }

  @Test
  void aTitleInAppositionToTheSpeakerStays() {
    // "Putin, the Russian president said so.": no clause between the name and its title.
    HandParse.of("Putin/Putin/NNP/PERSON ,/,/, the/the/DT Russian/Russian/JJ president/president/NN said/say/VBD so/so/RB ././.")
        .assertLeavesAlone(REPAIR, "nsubj(6,1) punct(1,2) det(5,3) amod(5,4) appos(1,5) root(0,6) advmod(6,7) punct(6,8)");
  }
}
