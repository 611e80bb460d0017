package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MiddleVerbOfSeriesReadAsAdjectiveOfSecondObjectTest {
  private static final ParseRepair REPAIR = new MiddleVerbOfSeriesReadAsAdjectiveOfSecondObject();
  // "Syria's president thanked Baku for its support, invited Azerbaijani companies to help rebuild
  // stations and asked Baku to double deliveries."
  private static final HandParse SERIES = HandParse.of(
      "Syria/Syria/NNP/LOCATION 's/'s/POS president/president/NN thanked/thank/VBD Baku/Baku/NNP/LOCATION for/for/IN its/its/PRP$ "
          + "support/support/NN ,/,/, invited/invite/VBN Azerbaijani/Azerbaijani/NNP companies/company/NNS to/to/TO help/help/VB "
          + "rebuild/rebuild/VB stations/station/NNS and/and/CC asked/ask/VBD Baku/Baku/NNP/LOCATION to/to/TO double/double/VB "
          + "deliveries/delivery/NNS ././.");
  private static final String REST = "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) case(8,6) nmod:poss(8,7) obl:for(4,8) punct(4,9) "
      + "compound(12,11) mark(14,13) obj(14,15) obj(15,16) cc(18,17) obj(18,19) nsubj:xsubj(21,19) mark(21,20) xcomp(18,21) obj(21,22) punct(4,23)";

  @Test
  void theMiddleVerbReadAsAnAdjectiveOfASecondObjectIsTheSeriesSecondActAndTheLastVerbItsThird() {
    SERIES.assertRepairs(REPAIR,
        "amod(12,10) obj(4,12) advcl:to(4,14) obj(14,18) conj:and(15,18) " + REST,
        "conj:and(4,10) obj(10,12) nsubj(10,3) xcomp(10,14) conj:and(4,18) nsubj(18,3) " + REST);
  }

  @Test
  void aNounReallyDescribedOrAVerbWithNoObjectOfItsOwnIsLeftAlone() {
    // The series read rightly.
    SERIES.assertLeavesAlone(REPAIR,
        "conj:and(4,10) obj(10,12) nsubj(10,3) xcomp(10,14) conj:and(4,18) nsubj(18,3) " + REST);
    // "The minister thanked, invited companies": the first verb takes no object before the comma,
    // so "companies" may well be its only object.
    HandParse.of("The/the/DT minister/minister/NN thanked/thank/VBD ,/,/, invited/invite/VBN companies/company/NNS ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) punct(3,4) amod(6,5) obj(3,6) punct(3,7)");
  }
}
