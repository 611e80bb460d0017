package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** An envoy called in, a title the tagger takes into a name, and "that evening". */
class EnvoysTitlesAndEveningsTest {
  @Test
  void callingInAnEnvoyParsedWithAPrepositionComplainsToItsState() {
    // "Chile called in Peru's ambassador.", "in" read as a preposition.
    assertThat(code("Chile/Chile/NNP/LOCATION called/call/VBD in/in/IN Peru/Peru/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN ././.",
        "nsubj(2,1) root(0,2) case(6,3) nmod:poss(6,4) case(4,5) obl:in(2,6) punct(2,7)").events())
        .extracting(e -> triple(e)).contains("CHL PERGOV 114");
  }

  @Test
  void aTitleTheTaggerTookIntoANameIsNoPartOfIt() {
    // "Taoiseach Leo Varadkar criticised Israel.", every word of the name tagged a person.
    assertThat(code("Taoiseach/Taoiseach/NNP/PERSON Leo/Leo/NNP/PERSON Varadkar/Varadkar/NNP/PERSON criticised/criticise/VBD Israel/Israel/NNP/LOCATION ././.",
        "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)").events())
        .extracting(e -> triple(e)).contains("IRLGOV ISR 111");
  }

  @Test
  void thatEveningIsTheDayToldLast() {
    // "A Peruvian rocket fell on Chile on Saturday. Chile called in Peru's ambassador that
    // evening." (published Wednesday 2023-05-10): Saturday 6 May.
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION shelled/shell/VBD Chile/Chile/NNP/LOCATION on/on/IN Saturday/Saturday/NNP ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6)")
        .sentence("Chile/Chile/NNP/LOCATION summoned/summon/VBD Peru/Peru/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN that/that/DT evening/evening/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) det(7,6) obl:tmod(2,7) punct(2,8)");
    assertThat(code(text).events()).filteredOn(e -> triple(e).equals("CHL PERGOV 114")).isNotEmpty().allMatch(e -> e.date().value().startsWith("2023-05-06"));
  }
}
