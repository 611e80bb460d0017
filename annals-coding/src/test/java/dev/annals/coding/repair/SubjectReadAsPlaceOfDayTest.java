package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SubjectReadAsPlaceOfDayTest {
  private static final ParseRepair REPAIR = new SubjectReadAsPlaceOfDay();
  // "Paris protested, but on Saturday Bamako expelled two diplomats."
  private static final HandParse EXPELLED = HandParse.of(
      "Paris/Paris/NNP/LOCATION protested/protest/VBD ,/,/, but/but/CC on/on/IN Saturday/Saturday/NNP Bamako/Bamako/NNP/LOCATION expelled/expel/VBD "
          + "two/two/CD diplomats/diplomat/NNS ././.");
  private static final String REPAIRED = "nsubj(2,1) root(0,2) punct(2,3) cc(8,4) conj:but(2,8) nummod(10,9) obj(8,10) punct(2,11) "
      + "case(6,5) obl:on(8,6) nsubj(8,7)";

  @Test
  void aNameAfterOnAndADayBeforeAPastVerbIsTheVerbsSubject() {
    EXPELLED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) punct(2,3) nsubj(8,1) cc(8,4) case(7,5) compound(7,6) obl:on(8,7) conj:but(2,8) nummod(10,9) "
        + "obj(8,10) punct(2,11)", REPAIRED);
  }

  @Test
  void aTitleTheNameOwnsBeforeThePastVerbIsTheVerbsSubject() {
    // "On Sunday Grenada's prime minister demanded talks."
    HandParse.of("On/on/IN Sunday/Sunday/NNP Grenada/Grenada/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN demanded/demand/VBD "
        + "talks/talk/NNS ././.").assertRepairs(REPAIR,
            "case(6,1) compound(3,2) nmod:poss(6,3) case(3,4) amod(6,5) obl:on(7,6) root(0,7) obj(7,8) punct(7,9)",
            "case(2,1) obl:on(7,2) nmod:poss(6,3) case(3,4) amod(6,5) nsubj(7,6) root(0,7) obj(7,8) punct(7,9)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    EXPELLED.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void aPlaceAfterItsDayIsLeftAlone() {
    // "They met on Saturday in Bamako." has no name right before the verb.
    HandParse.of("They/they/PRP met/meet/VBD on/on/IN Saturday/Saturday/NNP in/in/IN Bamako/Bamako/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) case(6,5) obl:in(2,6) punct(2,7)");
  }
}
