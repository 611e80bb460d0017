package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An alliance that backs an accusation endorses the accuser; a rejected charge answers the accuser, not what an appeal only asked for. */
class AccusationsBackedAndRejectedTest {
  // "Mali's government accused Algeria on Sunday of arming rebels in the north. The government said
  // it would ask the UN Security Council to investigate and called on African states to cut ties
  // with Algiers. The Alliance of Sahel States, which groups Mali with Niger and Burkina Faso,
  // backed the accusation in a statement on Monday. Algeria's foreign ministry rejected the charge."
  private static final String ACCUSED = "Mali/Mali/NNP/LOCATION 's/'s/POS government/government/NN accused/accuse/VBD Algeria/Algeria/NNP/LOCATION on/on/IN Sunday/Sunday/NNP of/of/IN "
      + "arming/arm/VBG rebels/rebel/NNS in/in/IN the/the/DT north/north/NN ././.";
  private static final String ACCUSED_EDGES = "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,5) obl:on(4,7) obl:of(4,10) punct(4,14) case(7,6) case(10,8) amod(10,9) nmod:in(10,13) case(13,11) "
      + "det(13,12)";
  private static final String APPEALED = "The/the/DT government/government/NN said/say/VBD it/it/PRP would/would/MD ask/ask/VB the/the/DT UN/UN/NNP/ORGANIZATION "
      + "Security/Security/NNP/ORGANIZATION Council/Council/NNP/ORGANIZATION to/to/TO investigate/investigate/VB and/and/CC called/call/VBN on/on/IN "
      + "African/African/JJ states/state/NNS to/to/TO cut/cut/VB ties/tie/NNS with/with/IN Algiers/Algiers/NNP/LOCATION ././.";
  private static final String APPEALED_EDGES = "root(0,3) det(2,1) nsubj(3,2) ccomp(3,6) punct(3,23) nsubj(6,4) aux(6,5) obj(6,10) xcomp(6,12) xcomp(6,14) det(10,7) compound(10,8) compound(10,9) "
      + "nsubj:xsubj(12,10) mark(12,11) conj:and(12,14) cc(14,13) advcl:to(14,19) mark(19,15) nsubj(19,17) mark(19,18) obj(19,20) amod(17,16) nmod:with(20,22) "
      + "case(22,21)";
  private static final String BACKED = "The/the/DT Alliance/Alliance/NNP/ORGANIZATION of/of/IN/ORGANIZATION Sahel/Sahel/NNP/ORGANIZATION States/States/NNP/ORGANIZATION ,/,/, which/which/WDT "
      + "groups/group/VBZ Mali/Mali/NNP/LOCATION with/with/IN Niger/Niger/NNP/LOCATION and/and/CC Burkina/Burkina/NNP/LOCATION Faso/Faso/NNP/LOCATION ,/,/, "
      + "backed/back/VBD the/the/DT accusation/accusation/NN in/in/IN a/a/DT statement/statement/NN on/on/IN Monday/Monday/NNP ././.";
  private static final String BACKED_EDGES = "root(0,2) det(2,1) nmod:of(2,5) punct(2,6) ref(2,7) acl:relcl(2,16) punct(2,24) dep(16,2) dep(16,8) punct(16,15) obj(16,18) obl:in(16,21) "
      + "obl:on(16,23) case(5,3) compound(5,4) obj(8,9) obl:with(8,11) obl:with(8,14) case(11,10) conj:and(11,14) cc(14,12) compound(14,13) det(18,17) "
      + "case(21,19) det(21,20) case(23,22)";
  private static final String REJECTED = "Algeria/Algeria/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN rejected/reject/VBD the/the/DT charge/charge/NN ././.";
  private static final String REJECTED_EDGES = "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,8) det(7,6)";

  private static HandBuiltText story() {
    return new HandBuiltText().sentence(ACCUSED, ACCUSED_EDGES).sentence(APPEALED, APPEALED_EDGES).sentence(BACKED, BACKED_EDGES).sentence(REJECTED, REJECTED_EDGES);
  }

  @Test
  void anAllianceDescribedByARelativeClauseBacksTheAccuser() {
    assertThat(triples(code(story()))).anyMatch(t -> t.startsWith("AES MLIGOV 05"));
  }

  @Test
  void theChargeRejectedIsTheAccusersNotTheTiesTheAppealAskedToCut() {
    assertThat(triples(code(story()))).anyMatch(t -> t.startsWith("DZAGOV MLIGOV 1")).noneMatch(t -> t.startsWith("DZAGOV AFR"));
  }
}
