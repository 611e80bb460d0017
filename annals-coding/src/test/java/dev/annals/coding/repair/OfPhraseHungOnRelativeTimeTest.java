package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class OfPhraseHungOnRelativeTimeTest {
  private static final ParseRepair REPAIR = new OfPhraseHungOnRelativeTime();
  // "Fatah will attend a meeting next week of Palestinian factions."
  private static final HandParse MEETING = HandParse.of(
      "Fatah/Fatah/NNP/ORGANIZATION will/will/MD attend/attend/VB a/a/DT meeting/meeting/NN next/next/JJ/DATE week/week/NN/DATE of/of/IN "
          + "Palestinian/Palestinian/JJ/MISC factions/faction/NNS ././.");
  private static final String MEETING_REPAIRED =
      "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) amod(7,6) obl:tmod(3,7) case(10,8) amod(10,9) punct(3,11) nmod:of(5,10)";

  @Test
  void anOfPhraseAfterARelativeTimeBelongsToTheNounBeforeTheTime() {
    // "of Palestinian factions" read as the week's.
    MEETING.assertRepairs(REPAIR,
        "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) amod(7,6) obl:tmod(3,7) case(10,8) amod(10,9) nmod:of(7,10) punct(3,11)", MEETING_REPAIRED);
  }

  @Test
  void theOfPhraseParsedRightIsLeftAlone() {
    MEETING.assertLeavesAlone(REPAIR, MEETING_REPAIRED);
  }

  @Test
  void aPeriodOfADateOrWithoutARelativeWordKeepsItsOfPhrase() {
    // "Chile held talks last week of March." (a date) and "Chile held talks the week of the vote."
    HandParse.of("Chile/Chile/NNP/LOCATION held/hold/VBD talks/talk/NNS last/last/JJ/DATE week/week/NN/DATE of/of/IN March/March/NNP/DATE ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) amod(5,4) obl:tmod(2,5) case(7,6) nmod:of(5,7) punct(2,8)");
    HandParse.of("Chile/Chile/NNP/LOCATION held/hold/VBD talks/talk/NNS the/the/DT week/week/NN of/of/IN the/the/DT vote/vote/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) det(5,4) obl:tmod(2,5) case(8,6) det(8,7) nmod:of(5,8) punct(2,9)");
  }
}
