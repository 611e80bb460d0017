package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class JointPortfolioReadAsJoinedNounsTest {
  private static final ParseRepair REPAIR = new JointPortfolioReadAsJoinedNouns();
  // "Peru's tourism and civil aviation ministry criticised the ban."
  private static final HandParse CRITICISED = HandParse.of("Peru/Peru/NNP/LOCATION 's/'s/POS tourism/tourism/NN and/and/CC civil/civil/JJ aviation/aviation/NN "
      + "ministry/ministry/NN criticised/criticise/VBD the/the/DT ban/ban/NN ././.");
  private static final String TAIL = "root(0,8) det(10,9) obj(8,10) punct(8,11)";

  @Test
  void theFirstPortfolioJoinedToTheMinistryIsOneOfItsPortfolios() {
    CRITICISED.assertRepairs(REPAIR, "nmod:poss(3,1) case(1,2) nsubj(8,3) cc(7,4) amod(6,5) compound(7,6) conj:and(3,7) nsubj(8,7) " + TAIL,
        "nmod:poss(7,1) case(1,2) cc(3,4) amod(6,5) compound(7,6) compound(7,3) nsubj(8,7) " + TAIL);
  }

  @Test
  void twoBodiesJoinedAreLeftAlone() {
    // "Peru's tourism and civil aviation ministries ..." with a ministry owned on its own is not this shape.
    CRITICISED.assertLeavesAlone(REPAIR, "nmod:poss(3,1) case(1,2) nsubj(8,3) cc(7,4) amod(6,5) compound(7,6) conj:and(3,7) nsubj(8,7) det(7,5) " + TAIL);
  }
}
