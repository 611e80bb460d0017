package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Those a state offers to mediate between are not its own; rebels who ask something of a state's
 * government in their sentence are that state's, but not rebels who accuse one.
 */
class MediatorsAndRebelsTest {
  /** A Saturday. */
  private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 28);

  /**
   * "Canada criticised Cameroon. Canada praised Nigeria. Cameroon rejected an offer by Canada to host
   * talks between the government and separatist groups.": a story that names Canada most.
   */
  private static HandBuiltText canadaMostNamed() {
    return new HandBuiltText()
        .sentence("Canada/Canada/NNP/LOCATION criticised/criticise/VBD Cameroon/Cameroon/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Canada/Canada/NNP/LOCATION praised/praise/VBD Nigeria/Nigeria/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Cameroon/Cameroon/NNP/LOCATION rejected/reject/VBD an/a/DT offer/offer/NN by/by/IN Canada/Canada/NNP/LOCATION to/to/TO host/host/VB "
                + "talks/talk/NNS between/between/IN the/the/DT government/government/NN and/and/CC separatist/separatist/JJ groups/group/NNS ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:by(4,6) mark(8,7) acl(4,8) obj(8,9) case(12,10) det(12,11) nmod:between(9,12) "
                + "cc(15,13) amod(15,14) nmod:between(9,15) conj:and(12,15) punct(2,16)");
  }

  @Test
  void thoseAStateMediatesBetweenAreNotItsOwn() {
    var article = code(canadaMostNamed(), SATURDAY);
    assertThat(triples(article)).filteredOn(t -> t.endsWith(" 045")).isNotEmpty().noneMatch(t -> t.split(" ")[1].startsWith("CAN"));
  }

  @Test
  void rebelsWhoAskAGovernmentSomethingAreItsOwn() {
    // "... Separatist leaders urged Yaounde to free jailed activists."
    var article = code(canadaMostNamed()
        .sentence("Separatist/separatist/JJ leaders/leader/NNS urged/urge/VBD Yaounde/Yaounde/NNP/LOCATION to/to/TO free/free/VB jailed/jail/VBN activists/activist/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) nsubj:xsubj(6,4) mark(6,5) xcomp(3,6) amod(8,7) obj(6,8) punct(3,9)"), SATURDAY);
    assertThat(triples(article)).filteredOn(t -> t.contains(" CMRGOV ")).isNotEmpty().allMatch(t -> t.startsWith("CMR"));
  }

  @Test
  void farmersWhoAskTheirGovernmentSomethingAreItsOwn() {
    // "Canada praised Nigeria. Cameroon's prime minister thanked Canada. Nigeria praised Canada.
    // Farmers blocked the road, demanding compensation from the government.": three states told,
    // none the story's own.
    var article = code(new HandBuiltText()
        .sentence("Canada/Canada/NNP/LOCATION praised/praise/VBD Nigeria/Nigeria/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Cameroon/Cameroon/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN thanked/thank/VBD Canada/Canada/NNP/LOCATION ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)")
        .sentence("Nigeria/Nigeria/NNP/LOCATION praised/praise/VBD Canada/Canada/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Farmers/farmer/NNS blocked/block/VBD the/the/DT road/road/NN ,/,/, demanding/demand/VBG compensation/compensation/NN from/from/IN the/the/DT "
                + "government/government/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) dep(2,6) obj(6,7) case(10,8) det(10,9) nmod:from(7,10) punct(2,11)"), SATURDAY);
    assertThat(triples(article)).anyMatch(t -> t.startsWith("CMRAGR CMRGOV 10")).noneMatch(t -> t.startsWith("CANAGR"));
  }

  @Test
  void farmersPlacedInAnotherCountryAreNotMadeTheGovernmentsOwn() {
    // "Canada praised Nigeria. Cameroon's prime minister thanked Canada. Nigeria praised Canada.
    // Farmers blocked the road in Lagos, demanding compensation from the government."
    var article = code(new HandBuiltText()
        .sentence("Canada/Canada/NNP/LOCATION praised/praise/VBD Nigeria/Nigeria/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Cameroon/Cameroon/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN thanked/thank/VBD Canada/Canada/NNP/LOCATION ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)")
        .sentence("Nigeria/Nigeria/NNP/LOCATION praised/praise/VBD Canada/Canada/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Farmers/farmer/NNS blocked/block/VBD the/the/DT road/road/NN in/in/IN Lagos/Lagos/NNP/LOCATION ,/,/, demanding/demand/VBG "
                + "compensation/compensation/NN from/from/IN the/the/DT government/government/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:in(2,6) punct(2,7) dep(2,8) obj(8,9) case(12,10) det(12,11) nmod:from(9,12) punct(2,13)"), SATURDAY);
    assertThat(triples(article)).noneMatch(t -> t.startsWith("CMRAGR"));
  }

  @Test
  void farmersWhoAskAForeignAgencyAreNotMadeItsOwn() {
    // "... Farmers urged Nigeria's customs agency to open the border."
    var article = code(canadaMostNamed()
        .sentence("Farmers/farmer/NNS urged/urge/VBD Nigeria/Nigeria/NNP/LOCATION 's/'s/POS customs/customs/NNS agency/agency/NN to/to/TO open/open/VB the/the/DT "
                + "border/border/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(6,3) case(3,4) compound(6,5) obj(2,6) nsubj:xsubj(8,6) mark(8,7) xcomp(2,8) det(10,9) obj(8,10) punct(2,11)"), SATURDAY);
    assertThat(triples(article)).filteredOn(t -> t.contains(" NGAGOV ")).isNotEmpty().noneMatch(t -> t.startsWith("NGA"));
  }

  @Test
  void rebelsWhoAccuseAGovernmentAreNotMadeItsOwn() {
    // "... Separatist leaders accused Abuja of betrayal."
    var article = code(canadaMostNamed()
        .sentence("Separatist/separatist/JJ leaders/leader/NNS accused/accuse/VBD Abuja/Abuja/NNP/LOCATION of/of/IN betrayal/betrayal/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) obl:of(3,6) punct(3,7)"), SATURDAY);
    assertThat(triples(article)).filteredOn(t -> t.contains(" NGAGOV ")).isNotEmpty().noneMatch(t -> t.startsWith("NGA"));
  }
}
