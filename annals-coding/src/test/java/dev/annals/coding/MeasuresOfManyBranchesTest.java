package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A legal status revoked is an administrative sanction; those escorted to the airport and put on a
 * flight are expelled, not protected; measures taken by a state and its police are judged as the
 * state government's.
 */
class MeasuresOfManyBranchesTest {

  @Test
  void theSanctionTheExpulsionAndTheMeasuresJudged() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Eritrea/Eritrea/NNP/LOCATION revoked/revoke/VBD the/the/DT legal/legal/JJ status/status/NN of/of/IN six/six/CD "
            + "Swiss/Swiss/JJ charities/charity/NNS on/on/IN Monday/Monday/NNP and/and/CC seized/seize/VBD their/they/PRP$ "
            + "offices/office/NNS in/in/IN Asmara/Asmara/NNP/LOCATION ././.",
            "root(0,2) nsubj(2,1) obj(2,5) obl:on(2,11) conj:and(2,13) punct(2,18) nsubj(13,1) cc(13,12) obj(13,15) "
            + "obl:in(13,17) det(5,3) amod(5,4) nmod:of(5,9) case(9,6) nummod(9,7) amod(9,8) case(11,10) nmod:poss(15,14) "
            + "case(17,16)")
        .sentence("Police/police/NNS escorted/escort/VBD four/four/CD Swiss/Swiss/JJ aid/aid/NN workers/worker/NNS to/to/IN "
            + "the/the/DT airport/airport/NN on/on/IN Tuesday/Tuesday/NNP and/and/CC put/put/VBD them/they/PRP on/on/IN "
            + "a/a/DT flight/flight/NN out/out/IN of/of/IN the/the/DT country/country/NN ././.",
            "root(0,2) nsubj(2,1) obj(2,6) obl:to(2,9) obl:on(2,11) conj:and(2,13) punct(2,22) nsubj(13,1) cc(13,12) "
            + "obj(13,14) obl:on(13,17) nummod(6,3) amod(6,4) compound(6,5) case(9,7) det(9,8) case(11,10) case(17,15) "
            + "det(17,16) nmod:out_of(17,21) case(21,18) det(21,20) fixed(18,19)")
        .sentence("Switzerland/Switzerland/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN condemned/condemn/VBD "
            + "the/the/DT measures/measure/NNS as/as/IN \"/\"/`` arbitrary/arbitrary/JJ \"/\"/'' ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) advcl:as(5,10) punct(5,12) det(7,6) "
            + "case(10,8) punct(10,9) punct(10,11)"))))
        .contains("ERI CHENGO 172", "ERICOP CHENGO 174", "CHEGOV ERIGOV 111")
        .noneMatch(t -> t.endsWith(" 160") || t.endsWith(" 074") || t.startsWith("CHEGOV ERICOP"));
  }
}
