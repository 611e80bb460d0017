package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** People escorted back across a border are expelled, and so is a vessel escorted out of waters; a boat escorted back to port is not. */
class EscortedBackTest {
  @Test
  void peopleEscortedBackAreExpelled() {
    // "Cypriot police intercepted 250 Syrians and escorted them back to Lebanon."
    var text = new HandBuiltText().sentence(
        "Cypriot/Cypriot/JJ/MISC police/police/NN intercepted/intercept/VBD 250/250/CD Syrians/Syrians/NNPS/MISC and/and/CC escorted/escort/VBD them/they/PRP "
            + "back/back/RB to/to/IN Lebanon/Lebanon/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) cc(7,6) conj:and(3,7) obj(7,8) advmod(7,9) case(11,10) obl:to(7,11) punct(3,12)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CYPCOP") && t.endsWith(" 174"));
  }

  @Test
  void aBoatEscortedBackToPortIsNotExpelled() {
    // "Taiwan's coast guard escorted the boat back to port."
    assertThat(code("Taiwan/Taiwan/NNP/LOCATION 's/'s/POS coast/coast/NN guard/guard/NN escorted/escort/VBD the/the/DT boat/boat/NN back/back/RB to/to/IN port/port/NN ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) advmod(5,8) case(10,9) obl:to(5,10) punct(5,11)").events())
        .extracting(e -> e.type().code()).doesNotContain("174");
  }

  @Test
  void aVesselEscortedOutOfABayIsSeenOff() {
    // "Croatian police escorted a Slovenian vessel out of the bay.", with "out of" one preposition.
    assertThat(code("Croatian/Croatian/JJ/MISC police/police/NN escorted/escort/VBD a/a/DT Slovenian/Slovenian/JJ/MISC vessel/vessel/NN out/out/IN of/of/IN "
            + "the/the/DT bay/bay/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) case(10,7) fixed(7,8) det(10,9) obl:out_of(3,10) punct(3,11)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("HRVCOP SVN") && t.endsWith(" 174"));
  }

  @Test
  void pullingOutOfAMarketIsNoRetreat() {
    // "Taiwan pulled out of the market.", with "out of" one preposition: a line with no object
    // word ("pull out") does not read its particle into a compound preposition.
    assertThat(code("Taiwan/Taiwan/NNP/LOCATION pulled/pull/VBD out/out/IN of/of/IN the/the/DT market/market/NN ././.",
        "nsubj(2,1) root(0,2) case(6,3) fixed(3,4) det(6,5) obl:out_of(2,6) punct(2,7)").events())
        .extracting(e -> e.type().code()).doesNotContain("087");
  }

  @Test
  void flyingAGroupBackToItsCapitalDeportsIt() {
    // "The Bahamas flew the group back to Havana."
    assertThat(code("The/the/DT Bahamas/Bahamas/NNPS/LOCATION flew/fly/VBD the/the/DT group/group/NN back/back/RB to/to/IN Havana/Havana/NNP/LOCATION ././.",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) advmod(3,6) case(8,7) obl:to(6,8) punct(3,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BHS") && t.endsWith(" 174"));
  }
}
