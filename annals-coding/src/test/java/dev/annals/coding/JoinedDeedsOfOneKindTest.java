package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A show of force told with no target, joined to one of the same side that names it, is aimed there too. */
class JoinedDeedsOfOneKindTest {
  // "Malaysia sent patrol ships to the area and shadowed the Chinese vessel."
  private static final String SENT_AND_SHADOWED = "Malaysia/Malaysia/NNP/LOCATION sent/send/VBD patrol/patrol/NN ships/ship/NNS to/to/TO the/the/DT area/area/NN "
      + "and/and/CC shadowed/shadow/VBD the/the/DT Chinese/Chinese/JJ/NATIONALITY vessel/vessel/NN ././.";

  @Test
  void shipsSentAndAVesselShadowedAreOneShowOfForceAtItsOwner() {
    assertThat(triples(code(SENT_AND_SHADOWED,
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(7,5) det(7,6) obl:to(2,7) cc(9,8) conj:and(2,9) nsubj(9,1) det(12,10) amod(12,11) obj(9,12) punct(2,13)")))
        .filteredOn(t -> t.contains(" 15")).isNotEmpty().allMatch(t -> t.startsWith("MYS CHN "));
  }

  @Test
  void shipsSentBesideAShadowingInAnotherClauseStayUnaimed() {
    // The same words with the two verbs not joined ("shadowed" read as a clause of its own).
    assertThat(triples(code(SENT_AND_SHADOWED,
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(7,5) det(7,6) obl:to(2,7) cc(9,8) parataxis(2,9) nsubj(9,1) det(12,10) amod(12,11) obj(9,12) punct(2,13)")))
        .filteredOn(t -> t.contains(" 15")).anyMatch(t -> t.startsWith("MYS - "));
  }

  @Test
  void boatsBurnedBesideTheirOwnersDetainedAreTheOwnersProperty() {
    // "Cameroon detained Nigerian fishermen and burned two of their boats."
    assertThat(triples(code("Cameroon/Cameroon/NNP/LOCATION detained/detain/VBD Nigerian/Nigerian/JJ/MISC fishermen/fisherman/NNS and/and/CC "
            + "burned/burn/VBD two/two/CD of/of/IN their/their/PRP$ boats/boat/NNS ././.",
        "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) obj(6,7) case(10,8) nmod:poss(10,9) nmod:of(7,10) punct(2,11)")))
        .anyMatch(t -> t.startsWith("CMR NGA") && t.endsWith(" 1712"));
  }
}
