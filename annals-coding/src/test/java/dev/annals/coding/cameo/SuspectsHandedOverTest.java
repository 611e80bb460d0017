package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** Suspects handed to another state, "the men" after two governments, a deal sought (verbs.tsv, NounAnaphora). */
class SuspectsHandedOverTest {
  private static final String HANDED = "Peru/Peru/NNP/LOCATION handed/hand/VBD 12/12/CD suspected/suspect/VBN members/member/NNS of/of/IN a/a/DT "
      + "drug/drug/NN gang/gang/NN to/to/IN Bolivia/Bolivia/NNP/LOCATION on/on/IN Monday/Monday/NNP under/under/IN a/a/DT treaty/treaty/NN the/the/DT "
      + "two/two/CD governments/government/NNS signed/sign/VBN in/in/IN 2019/2019/CD ././.";
  private static final String HANDED_EDGES = "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) case(9,6) det(9,7) compound(9,8) nmod:of(5,9) "
      + "case(11,10) obl:to(2,11) case(13,12) obl:on(2,13) case(16,14) det(16,15) obl:under(20,16) det(19,17) nummod(19,18) nsubj(20,19) "
      + "parataxis(2,20) case(22,21) obl:in(20,22) punct(2,23)";

  @Test
  void suspectsHandedToAStateAreJudicialCooperation() {
    // "Peru handed 12 suspected members of a drug gang to Bolivia on Monday under a treaty the two governments signed in 2019."
    assertThat(triples(code(new HandBuiltText().sentence(HANDED, HANDED_EDGES)))).contains("PER BOL 063");
  }

  @Test
  void theMenAreNotTheGovernmentsNamedBefore() {
    // ... "Bolivian President Luis Arce said the men would be tried in La Paz."
    HandBuiltText text = new HandBuiltText().sentence(HANDED, HANDED_EDGES).sentence(
        "Bolivian/Bolivian/JJ President/President/NNP Luis/Luis/NNP/PERSON Arce/Arce/NNP/PERSON said/say/VBD the/the/DT men/man/NNS would/would/MD "
            + "be/be/VB tried/try/VBN in/in/IN La/La/NNP/LOCATION Paz/Paz/NNP/LOCATION ././.",
        "amod(2,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) nsubj:pass(10,7) aux(10,8) aux:pass(10,9) ccomp(5,10) case(13,11) "
            + "compound(13,12) obl:in(10,13) punct(5,14)");
    assertThat(triples(code(text))).noneMatch(t -> t.matches("BOL\\w* PER\\w* 1\\d+"));
  }

  @Test
  void suspectsPutOnTrialAreTriedByTheCourts() {
    // "Ghana's navy said the suspects would be put on trial in Accra.": the courts try them, not the police.
    assertThat(triples(code(new HandBuiltText().sentence(
        "Ghana/Ghana/NNP/LOCATION 's/'s/POS navy/navy/NN/ORGANIZATION said/say/VBD the/the/DT suspects/suspect/NNS would/would/MD be/be/VB "
            + "put/put/VBN on/on/IN trial/trial/NN in/in/IN Accra/Accra/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) nsubj:pass(9,6) aux(9,7) aux:pass(9,8) ccomp(4,9) case(11,10) obl:on(9,11) "
            + "case(13,12) obl:in(9,13) punct(4,14)"))))
        .anyMatch(t -> t.matches("GHAJUD \\w+ 1\\d+")).noneMatch(t -> t.startsWith("GHACOP"));
  }

  @Test
  void aDealSoughtWithAStateIsAnIntentToCooperate() {
    // "Chile said it would seek a similar deal with Bolivia."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD seek/seek/VB a/a/DT similar/similar/JJ deal/deal/NN with/with/IN "
            + "Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(8,6) amod(8,7) obj(5,8) case(10,9) nmod:with(8,10) punct(2,11)"))))
        .contains("CHL BOL 030");
  }
}
