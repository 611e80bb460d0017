package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An extradition is asked of the state that holds the person (verbs.tsv 0213 request, AntecedentTargets.asksForExtradition). */
class ExtraditionRequestsTest {
  @Test
  void anExtraditionRequestedOfNoOneNamedIsAskedOfTheStateThatHoldsThePerson() {
    // "Chilean police arrested a Peruvian man in Arica on Thursday. Peru's justice ministry requested his extradition on Friday."
    HandBuiltText text = new HandBuiltText().sentence(
        "Chilean/Chilean/JJ police/police/NNS arrested/arrest/VBD a/a/DT Peruvian/Peruvian/JJ man/man/NN in/in/IN Arica/Arica/NNP/LOCATION on/on/IN "
            + "Thursday/Thursday/NNP ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) case(8,7) obl:in(3,8) case(10,9) obl:on(3,10) punct(3,11)").sentence(
        "Peru/Peru/NNP/LOCATION 's/'s/POS justice/justice/NN ministry/ministry/NN requested/request/VBD his/his/PRP$ extradition/extradition/NN on/on/IN "
            + "Friday/Friday/NNP ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) nmod:poss(7,6) obj(5,7) case(9,8) obl:on(5,9) punct(5,10)");
    assertThat(triples(code(text))).contains("PERGOV CHLGOV 0213");
  }
}
