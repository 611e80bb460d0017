package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PeopleReadAsAdjectiveOfTimeTest {
  private static final ParseRepair REPAIR = new PeopleReadAsAdjectiveOfTime();
  // "Chile delivered aid to 2 million Peruvian last month."
  private static final HandParse DELIVERY = HandParse.of(
      "Chile/Chile/NNP/LOCATION delivered/deliver/VBD aid/aid/NN to/to/IN 2/2/CD million/million/CD Peruvian/Peruvian/JJ/MISC last/last/JJ month/month/NN ././.");
  private static final String DELIVERY_REPAIRED = "nsubj(2,1) root(0,2) obj(2,3) case(7,4) compound(6,5) nummod(7,6) amod(9,8) obl:to(2,7) obl:tmod(2,9) punct(2,10)";

  @Test
  void countedPeopleBeforeLastMonthAreThePeopleAndTheMonthTheTime() {
    // "Peruvian" an adjective of "month", the head of "to".
    DELIVERY.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(9,4) compound(6,5) nummod(9,6) amod(9,7) amod(9,8) obl:to(2,9) punct(2,10)", DELIVERY_REPAIRED);
  }

  @Test
  void thePeopleParsedRightAreLeftAlone() {
    DELIVERY.assertLeavesAlone(REPAIR, DELIVERY_REPAIRED);
  }

  @Test
  void anUncountedAdjectiveOfTheMonthStaysAnAdjective() {
    // "Chile delivered aid to the Sudanese last month." read the same way but with no number: the
    // repair wants the count that shows a group of people.
    HandParse.of("Chile/Chile/NNP/LOCATION delivered/deliver/VBD aid/aid/NN to/to/IN the/the/DT Sudanese/Sudanese/JJ/MISC last/last/JJ month/month/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(8,4) det(8,5) amod(8,6) amod(8,7) obl:to(2,8) punct(2,9)");
  }
}
