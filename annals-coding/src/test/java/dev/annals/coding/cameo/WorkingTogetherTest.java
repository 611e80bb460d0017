package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Working with another side is cooperation (050); working at a job is not; returning fire is fighting (cameo/verbs.tsv). */
class WorkingTogetherTest {
  @Test
  void workingWithAnotherSideIsCooperation() {
    // "Kenya worked with Uganda."
    assertThat(triples(code("Kenya/Kenya/NNP/LOCATION worked/work/VBD with/with/IN Uganda/Uganda/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:with(2,4) punct(2,5)"))).contains("KEN UGA 050");
  }

  @Test
  void workingWithNoOneNamedIsAJob() {
    // "Lebanon let Ethiopian diplomats visit the homes where Ethiopian women had worked.": no
    // cooperation of the women with anyone.
    assertThat(triples(code("Lebanon/Lebanon/NNP/LOCATION let/let/VBD Ethiopian/Ethiopian/JJ/MISC diplomats/diplomat/NNS visit/visit/VB the/the/DT "
            + "homes/home/NNS where/where/WRB Ethiopian/Ethiopian/JJ/MISC women/woman/NNS had/have/VBD worked/work/VBN ././.",
        "nsubj(2,1) root(0,2) amod(4,3) nsubj(5,4) ccomp(2,5) det(7,6) obj(5,7) advmod(12,8) amod(10,9) nsubj(12,10) aux(12,11) acl:relcl(7,12) punct(2,13)")))
        .noneMatch(t -> t.endsWith(" 050"));
  }

  @Test
  void returningFireIsFightingNotAReturn() {
    // "Kyrgyz troops returned fire on Tajik troops."
    assertThat(triples(code("Kyrgyz/Kyrgyz/JJ/MISC troops/troop/NNS returned/return/VBD fire/fire/NN on/on/IN Tajik/Tajik/JJ/MISC troops/troop/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(7,5) amod(7,6) obl:on(3,7) punct(3,8)")))
        .contains("KGZMIL TJKMIL 193").noneMatch(t -> t.contains(" 084"));
  }
}
