package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Assembling outside a building is a rally; assembling drones is building them (cameo/verbs.tsv). */
class AssembledThingsTest {
  @Test
  void peopleMadeToAssembleDronesRallyNowhere() {
    // "Four South African women said they had been made to assemble military drones at a factory in Russia."
    assertThat(code(new HandBuiltText().sentence(
        "Four/four/CD South/south/JJ African/African/JJ women/woman/NNS said/say/VBD they/they/PRP had/have/VBD been/be/VBN made/make/VBN "
            + "to/to/TO assemble/assemble/VB military/military/JJ drones/drone/NNS at/at/IN a/a/DT factory/factory/NN in/in/IN "
            + "Russia/Russia/NNP/LOCATION ././.",
        "root(0,5) nummod(4,1) amod(4,3) amod(3,2) nsubj(5,4) ccomp(5,9) punct(5,19) nsubj:pass(9,6) aux(9,7) aux:pass(9,8) xcomp(9,11) "
            + "nsubj:xsubj(11,6) mark(11,10) obj(11,13) obl:at(11,16) amod(13,12) case(16,14) det(16,15) nmod:in(16,18) case(18,17)"), LocalDate.of(2026, 10, 16)).events()).extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 141"));
  }

  @Test
  void studentsWhoAssembleOutsideAnEmbassyRally() {
    // "Hundreds of South African students assembled outside Russia's embassy in Pretoria on Monday."
    assertThat(code(new HandBuiltText().sentence(
        "Hundreds/hundred/NNS of/of/IN South/south/JJ African/African/JJ students/student/NNS assembled/assemble/VBN outside/outside/IN "
            + "Russia/Russia/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN Pretoria/Pretoria/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "root(0,6) det:qmod(5,1) amod(5,4) fixed(1,2) amod(4,3) nsubj(6,5) obl:outside(6,10) punct(6,15) case(10,7) nmod:poss(10,8) "
            + "nmod:in(10,12) nmod:on(10,14) case(8,9) case(12,11) case(14,13)"), LocalDate.of(2026, 10, 16)).events()).extracting(e -> triple(e)).contains("ZAFEDU RUSGOV 141");
  }
}
