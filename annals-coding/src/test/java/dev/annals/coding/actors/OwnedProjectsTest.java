package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A site or project that a country's people run is their business, though its word alone names no actor (OwnedSites). */
class OwnedProjectsTest {
  @Test
  void aProjectRunByACountrysPeopleIsTheirBusinessAndTheProjectNamesItAgain() {
    // "Farmers protested against a Chinese-run copper project in Zambia on Monday. Zambia's mines
    // ministry suspended the project's licence on Tuesday." The tagger reads "run" as a noun.
    HandBuiltText text = new HandBuiltText().sentence(
        "Farmers/Farmers/NNP protested/protest/VBD against/against/IN a/a/DT Chinese/Chinese/JJ -/-/HYPH run/run/NN copper/copper/NN "
            + "project/project/NN in/in/IN Zambia/Zambia/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "root(0,2) nsubj(2,1) obl:against(2,9) obl:on(2,13) punct(2,14) case(9,3) det(9,4) compound(9,7) compound(9,8) nmod:in(9,11) "
            + "amod(7,5) punct(7,6) case(11,10) case(13,12)").sentence(
        "Zambia/Zambia/NNP/LOCATION 's/'s/POS mines/mine/NNS ministry/ministry/NN suspended/suspend/VBD the/the/DT project/project/NN "
            + "'s/'s/POS licence/licence/NN on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,9) obl:on(5,11) punct(5,12) det(7,6) case(7,8) nmod:poss(9,7) "
            + "case(11,10)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith("CHNBUS 141")).contains("ZMBGOV CHNBUS 172");
  }
}
