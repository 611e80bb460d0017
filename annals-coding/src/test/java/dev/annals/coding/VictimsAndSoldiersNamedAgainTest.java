package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The victims" are whom the last verb of harm or of freeing befell (NounAnaphora); bare soldiers
 * are of the one country whose armed forces were named before (GroupCountries).
 */
class VictimsAndSoldiersNamedAgainTest {
  private static final String FREED = "Chile/Chile/NNP/LOCATION 's/'s/POS army/army/NN freed/free/VBD 27/27/CD Peruvians/Peruvian/NNPS on/on/IN Friday/Friday/NNP ././.";
  private static final String FREED_EDGES = "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) obl:on(4,8) punct(4,9) nummod(6,5) case(8,7)";

  @Test
  void relativesOfTheVictimsAreOfThoseFreed() {
    // "Chile's army freed 27 South Koreans on Friday. Relatives of the victims thanked Santiago.
    // Chile's president praised Chile's army."
    assertThat(triples(code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS army/army/NN freed/free/VBD 27/27/CD South/South/NNPS Koreans/Korean/NNPS on/on/IN Friday/Friday/NNP ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,7) obl:on(4,9) punct(4,10) nummod(7,5) compound(7,6) case(9,8)")
        .sentence("Relatives/relative/NNS of/of/IN the/the/DT victims/victim/NNS thanked/thank/VBD Santiago/Santiago/NNP/LOCATION ././.",
            "root(0,5) nsubj(5,1) obj(5,6) punct(5,7) nmod:of(1,4) case(4,2) det(4,3)")
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN praised/praise/VBD Chile/Chile/NNP/LOCATION 's/'s/POS army/army/NN ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,7) punct(4,8) nmod:poss(7,5) case(5,6)"))))
        .contains("KORCVL CHLGOV 051");
  }

  @Test
  void soldiersAfterANamedArmyAreThatArmys() {
    // "Chile's army freed 27 Peruvians on Friday. Soldiers also detained 200 workers. Peru thanked
    // Lima. Peru's president praised Peru's police."
    assertThat(triples(code(new HandBuiltText().sentence(FREED, FREED_EDGES)
        .sentence("Soldiers/soldier/NNS also/also/RB detained/detain/VBN 200/200/CD workers/worker/NNS ././.",
            "root(0,3) nsubj(3,1) advmod(3,2) obj(3,5) punct(3,6) nummod(5,4)")
        .sentence("Peru/Peru/NNP/LOCATION thanked/thank/VBD Chile/Chile/NNP/LOCATION ././.", "root(0,2) nsubj(2,1) obj(2,3) punct(2,4)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN praised/praise/VBD Peru/Peru/NNP/LOCATION 's/'s/POS police/police/NNS ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,7) punct(4,8) nmod:poss(7,5) case(5,6)"))))
        .anyMatch(t -> t.startsWith("CHLMIL ") && t.endsWith(" 173"));
  }
}
