package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "the project" a third side welcomes is what two sides agreed on together (AntecedentTargets). */
class JudgedProjectsTest {
  @Test
  void aProjectWelcomedIsTheTwoSidesAgreement() {
    // "Japan and Bangladesh signed a loan agreement on Thursday. India welcomed the project."
    var coded = triples(code(new HandBuiltText()
        .sentence("Japan/Japan/NNP/LOCATION and/and/CC Bangladesh/Bangladesh/NNP/LOCATION signed/sign/VBD a/a/DT loan/loan/NN agreement/agreement/NN "
            + "on/on/IN Thursday/Thursday/NNP ././.", "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(7,5) compound(7,6) obj(4,7) case(9,8) obl:on(4,9) punct(4,10)")
        .sentence("India/India/NNP/LOCATION welcomed/welcome/VBD the/the/DT project/project/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")));
    assertThat(coded).anyMatch(t -> t.matches("IND (JPN|BGD)[A-Z]* 051"));
  }
}
