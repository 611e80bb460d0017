package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PossessiveOfNameWithOfTest {
  private static final ParseRepair REPAIR = new PossessiveOfNameWithOf();

  @Test
  void theOwnedNounHungOnTheNamesHeadIsOwnedByTheWholeName() {
    // "Police froze accounts of the Republic of Congo's embassy in France."
    HandParse.of("Police/police/NNS froze/freeze/VBD accounts/account/NNS of/of/IN the/the/DT Republic/Republic/NNP/LOCATION of/of/IN/LOCATION "
        + "Congo/Congo/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN France/France/NNP/LOCATION ././.").assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) nmod:of(3,6) case(8,7) nmod:'s(6,8) case(8,9) dep(6,10) case(12,11) nmod:in(10,12) punct(2,13)",
            "nsubj(2,1) root(0,2) obj(2,3) case(10,4) det(6,5) nmod:of(3,10) nmod:poss(10,6) case(6,9) nmod:of(6,8) case(8,7) case(12,11) nmod:in(10,12) punct(2,13)");
  }

  @Test
  void theNamesHeadTakenForTheObjectGivesItsPlaceToTheOwnedNoun() {
    // "Troops seized the Democratic Republic of Congo's border post."
    HandParse.of("Troops/troops/NNS seized/seize/VBD the/the/DT Democratic/Democratic/NNP/LOCATION Republic/Republic/NNP/LOCATION of/of/IN/LOCATION "
        + "Congo/Congo/NNP/LOCATION 's/'s/POS border/border/NN post/post/NN ././.").assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(5,3) compound(5,4) obj(2,5) case(10,6) nmod:poss(10,7) case(7,8) compound(10,9) nmod:of(5,10) punct(2,11)",
            "nsubj(2,1) root(0,2) det(5,3) compound(5,4) obj(2,10) nmod:poss(10,5) case(5,8) nmod:of(5,7) case(7,6) compound(10,9) punct(2,11)");
  }

  @Test
  void aNameAlreadyOwningItsNounIsLeftAlone() {
    // "The Bank of England's governor criticised the plan."
    HandParse.of("The/the/DT Bank/Bank/NNP/ORGANIZATION of/of/IN/ORGANIZATION England/England/NNP/ORGANIZATION 's/'s/POS governor/governor/NN "
        + "criticised/criticise/VBD the/the/DT plan/plan/NN ././.").assertLeavesAlone(REPAIR,
            "det(2,1) nmod:poss(6,2) case(4,3) nmod:of(2,4) case(2,5) nsubj(7,6) root(0,7) det(9,8) obj(7,9) punct(7,10)");
  }
}
