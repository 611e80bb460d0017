package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A complaint about what was done to one's own people is aimed at whoever did it (AntecedentTargets). */
class TreatedPeopleTest {
  private static final String DETENTION = "Argentine/Argentine/JJ/MISC police/police/NNS detained/detain/VBD two/two/CD Bolivian/Bolivian/JJ/MISC porters/porter/NNS ././.";
  private static final String DETENTION_EDGES = "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)";

  @Test
  void aProtestAgainstTheTreatmentOfOnesCitizensIsAimedAtWhoeverTreatedThem() {
    // "Argentine police detained two Bolivian porters. Bolivia's foreign ministry protested against the
    // treatment of its citizens."
    var events = code(new HandBuiltText().sentence(DETENTION, DETENTION_EDGES)
        .sentence("Bolivia/Bolivia/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN protested/protest/VBD against/against/IN the/the/DT "
                + "treatment/treatment/NN of/of/IN its/its/PRP$ citizens/citizen/NNS ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) case(8,6) det(8,7) obl:against(5,8) case(11,9) nmod:poss(11,10) nmod:of(8,11) "
                + "punct(5,12)")).events();
    assertThat(events).extracting(HandCoding::triple).noneMatch(t -> t.startsWith("BOLGOV BOLCVL"));
    assertThat(events).extracting(HandCoding::triple).contains("BOLGOV ARGGOV 114");
  }

  @Test
  void aProtestAgainstTheTreatmentOfAnotherCountrysPeopleIsAimedAtThem() {
    // "Bolivia protested against the treatment of Argentine citizens": not its own people; the
    // protest keeps the side it names.
    var events = code(new HandBuiltText().sentence(DETENTION, DETENTION_EDGES)
        .sentence("Bolivia/Bolivia/NNP/LOCATION protested/protest/VBD against/against/IN the/the/DT treatment/treatment/NN of/of/IN "
                + "Argentine/Argentine/JJ/MISC citizens/citizen/NNS ././.",
            "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:against(2,5) case(8,6) amod(8,7) nmod:of(5,8) punct(2,9)")).events();
    assertThat(events).extracting(HandCoding::triple).anyMatch(t -> t.startsWith("BOL ARGCVL"));
  }
}
