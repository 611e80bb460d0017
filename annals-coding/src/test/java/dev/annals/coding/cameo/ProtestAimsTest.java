package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A protest that names no one it is against opposes whom its purpose does (cameo/protest-aims.tsv). */
class ProtestAimsTest {
  @Test
  void demandsPressedFromAGovernmentAimTheBlockadeAtIt() {
    // "Young Tunisians blocked roads on Sunday to press their demands for greater freedom from the Tunisian government."
    assertThat(code(new HandBuiltText().sentence(
        "Young/young/JJ Tunisians/Tunisian/NNPS/MISC blocked/block/VBD roads/road/NNS on/on/IN Sunday/Sunday/NNP/DATE to/to/TO press/press/VB "
            + "their/they/PRP$ demands/demand/NNS for/for/IN greater/greater/JJR freedom/freedom/NN from/from/IN the/the/DT Tunisian/Tunisian/JJ/MISC government/government/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) obl:on(3,6) mark(8,7) advcl:to(3,8) nmod:poss(10,9) obj(8,10) case(13,11) amod(13,12) "
            + "nmod:for(10,13) case(17,14) det(17,15) amod(17,16) nmod:from(13,17) punct(3,18)")).events())
        .extracting(e -> triple(e)).contains("TUNCVL TUNGOV 1442");
  }

  @Test
  void anEffortToOverthrowAGovernmentAimsTheBlockadeAtIt() {
    // "Rebels blocked transport into Bamako as they continued their effort to overthrow the Malian government."
    assertThat(code(new HandBuiltText().sentence(
        "Rebels/rebel/NNS blocked/block/VBD transport/transport/NN into/into/IN Bamako/Bamako/NNP/LOCATION as/as/IN they/they/PRP continued/continue/VBD "
            + "their/they/PRP$ effort/effort/NN to/to/TO overthrow/overthrow/VB the/the/DT Malian/Malian/JJ/MISC government/government/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:into(3,5) mark(8,6) nsubj(8,7) advcl:as(2,8) nmod:poss(10,9) obj(8,10) mark(12,11) xcomp(8,12) "
            + "det(15,13) amod(15,14) obj(12,15) punct(2,16)")).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.endsWith(" MLIGOV 1442"));
  }

  @Test
  void aPurposeThatNamesNoOneLeavesTheBlockadeWithoutTarget() {
    // "Farmers in Tunisia blocked roads to press their demands for higher prices."
    assertThat(code(new HandBuiltText().sentence(
        "Farmers/farmer/NNS in/in/IN Tunisia/Tunisia/NNP/LOCATION blocked/block/VBD roads/road/NNS to/to/TO press/press/VB their/they/PRP$ "
            + "demands/demand/NNS for/for/IN higher/higher/JJR prices/price/NNS ././.",
        "nsubj(4,1) case(3,2) nmod:in(1,3) root(0,4) obj(4,5) mark(7,6) advcl:to(4,7) nmod:poss(9,8) obj(7,9) case(12,10) amod(12,11) nmod:for(9,12) punct(4,13)")).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.endsWith(" - 1442")).noneMatch(t -> t.endsWith(" 1442") && !t.contains(" - "));
  }

  @Test
  void thoseWhoseDeathsAreProtestedAreNotOpposed() {
    // "Kenyans protested against the deaths of Kenyan workers."
    assertThat(code(new HandBuiltText().sentence(
        "Kenyans/Kenyan/NNPS/MISC protested/protest/VBD against/against/IN the/the/DT deaths/death/NNS of/of/IN Kenyan/Kenyan/JJ/MISC workers/worker/NNS ././.",
        "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:against(2,5) case(8,6) amod(8,7) nmod:of(5,8) punct(2,9)")).events())
        .extracting(e -> triple(e)).noneMatch(t -> t.contains(" KENLAB "));
  }

  @Test
  void marchersToldAccusingAStateProtestAgainstIt() {
    // "Afghan exiles rallied in Oslo, accusing Norway of helping the Taliban.": not against their own government.
    assertThat(code(new HandBuiltText().sentence(
        "Afghan/Afghan/JJ/MISC exiles/exile/NNS rallied/rally/VBD in/in/IN Oslo/Oslo/NNP/LOCATION ,/,/, accusing/accuse/VBG Norway/Norway/NNP/LOCATION "
            + "of/of/IN helping/help/VBG the/the/DT Taliban/Taliban/NNP/ORGANIZATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6) dep(3,7) obj(7,8) mark(10,9) advcl:of(7,10) det(12,11) obj(10,12) punct(3,13)"))
        .events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("AFG\\w* NOR\\w* 14\\d*")).noneMatch(t -> t.matches("AFG\\w* AFG\\w* 14\\d*"));
  }

  @Test
  void supportersOfTheGovernmentCarryingBannersAgainstABodyRallyAgainstIt() {
    // "Supporters of the government rallied in Antananarivo, some carrying banners that denounced the AU.": the government's
    // supporters are its people, and their banners say whom they are against.
    assertThat(code(new HandBuiltText().sentence(
        "Supporters/supporter/NNS of/of/IN the/the/DT government/government/NN rallied/rally/VBD in/in/IN Antananarivo/Antananarivo/NNP/LOCATION ,/,/, "
            + "some/some/DT carrying/carry/VBG banners/banner/NNS that/that/WDT denounced/denounce/VBD the/the/DT AU/AU/NNP/ORGANIZATION ././.",
        "nsubj(5,1) case(4,2) det(4,3) nmod:of(1,4) root(0,5) case(7,6) obl:in(5,7) punct(5,8) det(11,9) amod(11,10) obj(5,11) nsubj(13,11) ref(11,12) "
            + "acl:relcl(11,13) det(15,14) obj(13,15) punct(5,16)"))
        .events())
        .extracting(e -> triple(e)).contains("MDGCVL AU 141");
  }
}
