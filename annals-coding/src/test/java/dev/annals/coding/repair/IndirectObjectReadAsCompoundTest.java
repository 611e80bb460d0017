package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class IndirectObjectReadAsCompoundTest {
  private static final ParseRepair REPAIR = new IndirectObjectReadAsCompound();
  // "Chile would lend its neighbour 100 million euros."
  private static final HandParse LEND = HandParse.of("Chile/Chile/NNP/LOCATION would/would/MD lend/lend/VB its/its/PRP$ neighbour/neighbour/NN 100/100/CD "
      + "million/million/CD euros/euro/NNS ././.");

  @Test
  void theReceiverWithItsOwnPossessiveIsTheIndirectObject() {
    LEND.assertRepairs(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) nmod:poss(8,4) compound(8,5) compound(7,6) nummod(8,7) obj(3,8) punct(3,9)",
        "nsubj(3,1) aux(3,2) root(0,3) nmod:poss(5,4) iobj(3,5) compound(7,6) nummod(8,7) obj(3,8) punct(3,9)");
  }

  @Test
  void aModifierWithoutAPossessiveIsLeftAlone() {
    // "Chile would lend aid 100 million euros" is no such thing; a bare compound stays.
    HandParse.of("Chile/Chile/NNP/LOCATION would/would/MD lend/lend/VB the/the/DT neighbour/neighbour/NN 100/100/CD million/million/CD euros/euro/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) det(8,4) compound(8,5) compound(7,6) nummod(8,7) obj(3,8) punct(3,9)");
  }

  @Test
  void aPluralRightAfterTheObjectsOwnTheIsWhomAVerbOfGivingGivesTo() {
    // "Chile would give the deportees cash."
    HandParse.of("Chile/Chile/NNP/LOCATION would/would/MD give/give/VB the/the/DT deportees/deportee/NNS cash/cash/NN ././.")
        .assertRepairs(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) det(6,4) compound(6,5) obj(3,6) punct(3,7)",
            "nsubj(3,1) aux(3,2) root(0,3) det(5,4) iobj(3,5) obj(3,6) punct(3,7)");
  }

  @Test
  void aPluralOfThingsOrAVerbOfNoGivingLeavesTheModifierAlone() {
    // "Chile would send the arms shipment.", "Chile would close the refugees camp."
    HandParse.of("Chile/Chile/NNP/LOCATION would/would/MD send/send/VB the/the/DT arms/arms/NNS shipment/shipment/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) det(6,4) compound(6,5) obj(3,6) punct(3,7)");
    HandParse.of("Chile/Chile/NNP/LOCATION would/would/MD close/close/VB the/the/DT refugees/refugee/NNS camp/camp/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) det(6,4) compound(6,5) obj(3,6) punct(3,7)");
  }

  @Test
  void receiversAfterAShareWordReadAsTheObjectAreWhomTheAmountIsGiven() {
    // "Kenya would give each of the men 5,000 shillings."
    HandParse.of("Kenya/Kenya/NNP/LOCATION would/would/MD give/give/VB each/each/DT of/of/IN the/the/DT men/man/NNS 5,000/5000/CD shillings/shilling/NNS ././.")
        .assertRepairs(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) case(9,5) det(9,6) compound(9,7) nummod(9,8) nmod:of(4,9) punct(3,10)",
            "nsubj(3,1) aux(3,2) root(0,3) iobj(3,4) case(7,5) det(7,6) obj(3,9) nummod(9,8) nmod:of(4,7) punct(3,10)");
  }

  @Test
  void aPluralWithItsAdjectiveRightAfterTheVerbBeforeMoreOfTheObjectIsTheReceiver() {
    // "Ghana offered Chinese investors tax breaks."
    HandParse.of("Ghana/Ghana/NNP/LOCATION offered/offer/VBD Chinese/chinese/JJ investors/investor/NNS tax/tax/NN breaks/break/NNS ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) amod(6,3) compound(6,4) compound(6,5) obj(2,6) punct(2,7)",
            "nsubj(2,1) root(0,2) amod(4,3) iobj(2,4) compound(6,5) obj(2,6) punct(2,7)");
    // "Ghana offered British arms supplies." names things, no receivers.
    HandParse.of("Ghana/Ghana/NNP/LOCATION offered/offer/VBD British/british/JJ arms/arms/NNS supplies/supply/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) amod(5,3) compound(5,4) obj(2,5) punct(2,6)");
  }
}
