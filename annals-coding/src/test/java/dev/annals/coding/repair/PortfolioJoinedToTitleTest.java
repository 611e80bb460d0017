package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PortfolioJoinedToTitleTest {
  private static final ParseRepair REPAIR = new PortfolioJoinedToTitle();

  @Test
  void aPortfolioJoinedByAndToAnOfficeWithAPortfolioOfItsOwnIsOneOfTheOffices() {
    // "Norway 's climate and environment minister said ."
    HandParse.of("Norway/Norway/NNP/LOCATION 's/'s/POS climate/climate/NN and/and/CC environment/environment/NN minister/minister/NN said/say/VBD ././.")
        .assertRepairs(REPAIR,
            "nmod:poss(3,1) case(1,2) nsubj(7,3) cc(6,4) compound(6,5) conj:and(3,6) nsubj(7,6) root(0,7) punct(7,8)",
            "case(1,2) compound(6,5) nsubj(7,6) root(0,7) punct(7,8) nmod:poss(6,1) compound(6,3) cc(3,4)");
  }

  @Test
  void twoPeopleJoinedByAndAreLeftAlone() {
    // "The farmer and the fisheries minister spoke ." : an article of its own makes two people.
    HandParse.of("The/the/DT farmer/farmer/NN and/and/CC the/the/DT fisheries/fishery/NNS minister/minister/NN spoke/speak/VBD ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(7,2) cc(6,3) det(6,4) compound(6,5) conj:and(2,6) nsubj(7,6) root(0,7) punct(7,8)");
  }
}
