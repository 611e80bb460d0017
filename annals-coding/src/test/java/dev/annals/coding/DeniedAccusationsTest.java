package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a speaker told, named after it as an accusation another denied. */
class DeniedAccusationsTest {
  @Test
  void theTellingIsAnAccusationOfTheDenierAndTheDenialIsAimedAtTheTeller() {
    // "Peruvian farmers told reporters that soldiers had burned their crops, an accusation the
    // Chilean ministry denied."
    var triples = code(new HandBuiltText().sentence(
        "Peruvian/Peruvian/JJ/MISC farmers/farmer/NNS told/tell/VBD reporters/reporter/NNS that/that/IN soldiers/soldier/NNS had/have/VBD burned/burn/VBN "
            + "their/their/PRP$ crops/crop/NNS ,/,/, an/a/DT accusation/accusation/NN the/the/DT Chilean/Chilean/JJ/MISC ministry/ministry/NN denied/deny/VBD ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) mark(8,5) nsubj(8,6) aux(8,7) ccomp(3,8) nmod:poss(10,9) obj(8,10) punct(3,11) det(13,12) dep(3,13) "
            + "det(16,14) amod(16,15) nsubj(17,16) acl:relcl(13,17) obj(17,13) punct(3,18)")).events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("PERAGR CHLGOV 112", "CHLGOV PERAGR 016");
  }

  @Test
  void aStatesPrisonServiceDenyingTheChargeIsItsPolice() {
    // "Peru deported two Chilean students on Monday. Chile's president said they had been beaten
    // in custody, a charge Peru's prison service denied."
    HandBuiltText text = new HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION deported/deport/VBD two/two/CD Chilean/Chilean/JJ students/student/NNS on/on/IN Monday/Monday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,5) obl:on(2,7) punct(2,8) nummod(5,3) amod(5,4) case(7,6)").sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN said/say/VBD they/they/PRP had/have/VBD been/be/VBN beaten/beat/VBN "
            + "in/in/IN custody/custody/NN ,/,/, a/a/DT charge/charge/NN Peru/Peru/NNP/LOCATION 's/'s/POS prison/prison/NN service/service/NN "
            + "denied/deny/VBD ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) ccomp(4,8) punct(4,19) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) obl:in(8,10) "
            + "punct(8,11) parataxis(8,18) case(10,9) det(14,12) compound(14,13) case(14,15) nmod:poss(17,14) compound(17,16) nsubj(18,17)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHLGOV PERCOP 112", "PERCOP CHLGOV 016");
  }
}
