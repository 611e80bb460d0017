package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ContactRelativeSubjectReadAsAppositionTest {
  private static final ParseRepair REPAIR = new ContactRelativeSubjectReadAsApposition();
  // "It was the first aid Chile has sent to Peru."
  private static final HandParse SENT = HandParse.of(
      "It/it/PRP was/be/VBD the/the/DT first/first/JJ aid/aid/NN Chile/Chile/NNP/LOCATION has/have/VBZ sent/send/VBN to/to/IN Peru/Peru/NNP/LOCATION ././.");

  @Test
  void theNameBeforeTheAuxiliaryIsTheSubjectOfTheRelativeClause() {
    SENT.assertRepairs(REPAIR,
        "nsubj(5,1) cop(5,2) det(5,3) amod(5,4) root(0,5) appos(5,6) aux(8,7) nsubj(8,5) dep(5,8) case(10,9) obl:to(8,10) punct(5,11)",
        "nsubj(5,1) cop(5,2) det(5,3) amod(5,4) root(0,5) aux(8,7) nsubj(8,6) dep(5,8) case(10,9) obl:to(8,10) punct(5,11)");
  }

  @Test
  void aNamedSubjectWhoseVerbHasAnObjectStays() {
    // "The state company Gazco has suspended payments."
    HandParse.of("The/the/DT state/state/NN company/company/NN Gazco/Gazco/NNP/ORGANIZATION has/have/VBZ suspended/suspend/VBN payments/payment/NNS ././.")
        .assertLeavesAlone(REPAIR, "det(3,1) compound(3,2) nsubj(6,3) appos(3,4) aux(6,5) root(0,6) obj(6,7) punct(6,8)");
  }

  @Test
  void aNamedSubjectWithNoAuxiliaryStays() {
    // "An air force Hercules landed in Apia."
    HandParse.of("An/a/DT air/air/NN force/force/NN Hercules/Hercules/NNP landed/land/VBD in/in/IN Apia/Apia/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "det(3,1) compound(3,2) nsubj(5,3) appos(3,4) root(0,5) case(7,6) obl:in(5,7) punct(5,8)");
  }
}
