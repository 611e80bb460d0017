package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Aid and apologies that name no one go to the side their giver last met or signed with (EarlierEvents.partnerOf). */
class PartnersOfTheStoryTest {
  private static final String MET = "Nepal/Nepal/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN met/meet/VBD India/India/NNP/LOCATION 's/'s/POS "
      + "prime/prime/JJ minister/minister/NN in/in/IN New/New/NNP/LOCATION Delhi/Delhi/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.";
  private static final String MET_EDGES = "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) nmod:poss(9,6) case(6,7) amod(9,8) obj(5,9) case(12,10) "
      + "compound(12,11) nmod:in(9,12) case(14,13) obl:on(5,14) punct(5,15)";

  @Test
  void aLoanNamingNoRecipientGoesToTheSideItsGiverJustMet() {
    // "Nepal's prime minister met India's prime minister in New Delhi on Monday. India will lend about 200 million dollars for the first phase."
    HandBuiltText text = new HandBuiltText().sentence(MET, MET_EDGES).sentence(
        "India/India/NNP/LOCATION will/will/MD lend/lend/VB about/about/RB 200/200/CD million/million/CD dollars/dollar/NNS for/for/IN the/the/DT "
            + "first/first/JJ phase/phase/NN ././.",
        "nsubj(3,1) aux(3,2) root(0,3) advmod(6,4) compound(6,5) nummod(7,6) obj(3,7) case(11,8) det(11,9) amod(11,10) obl:for(3,11) punct(3,12)");
    assertThat(triples(code(text))).anyMatch(t -> t.matches("IND NPL\\w* 0(71|331)"));
  }

  @Test
  void anApologyToNoOneNamedIsToTheSideTheApologiserIsMeeting() {
    // "Nepal's prime minister met India's prime minister in New Delhi on Monday. Nepal's prime minister apologised for the delay."
    HandBuiltText text = new HandBuiltText().sentence(MET, MET_EDGES).sentence(
        "Nepal/Nepal/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN apologised/apologise/VBD for/for/IN the/the/DT delay/delay/NN ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) case(8,6) det(8,7) obl:for(5,8) punct(5,9)");
    assertThat(triples(code(text))).contains("NPLGOV INDGOV 055");
  }

  @Test
  void aidTwoSidesAgreeToGiveTogetherIsForNeitherOfThem() {
    // "Ablakwa met Burkina's military leader, Captain Ibrahim Traore, on Monday. The two governments agreed to provide army escorts for trade convoys crossing the border."
    HandBuiltText text = new HandBuiltText().sentence(
        "Ablakwa/Ablakwa/NNP/PERSON met/meet/VBD Burkina/Burkina/NNP/PERSON 's/'s/POS military/military/JJ leader/leader/NN ,/,/, Captain/captain/NN "
            + "Ibrahim/Ibrahim/NNP/PERSON Traore/Traore/NNP/PERSON ,/,/, on/on/IN Monday/Monday/NNP ././.",
        "nsubj(2,1) root(0,2) nmod:poss(6,3) case(3,4) amod(6,5) obj(2,6) punct(6,7) compound(10,8) compound(10,9) appos(6,10) punct(6,11) case(13,12) "
            + "obl:on(2,13) punct(2,14)").sentence(
        "The/the/DT two/two/CD governments/government/NNS agreed/agree/VBD to/to/TO provide/provide/VB army/army/NN escorts/escort/VBZ for/for/IN "
            + "trade/trade/NN convoys/convoy/NNS crossing/cross/VBG the/the/DT border/border/NN ././.",
        "det(3,1) nummod(3,2) nsubj(4,3) nsubj:xsubj(6,3) root(0,4) mark(6,5) xcomp(4,6) obj(6,7) dep(6,8) case(11,9) compound(11,10) obl:for(8,11) acl(11,12) "
            + "det(14,13) obj(12,14) punct(4,15)");
    assertThat(triples(code(text))).noneMatch(t -> t.endsWith(" 074"));
  }
}
