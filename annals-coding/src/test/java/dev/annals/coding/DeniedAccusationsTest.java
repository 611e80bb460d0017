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
}
