package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** People described by a participle of an act only a state does suffered it, at the hands of the state where it happened. */
class ArrestedPeopleTest {
  @Test
  void citizensArrestedInATownWereArrestedByItsPolice() {
    // "Chile demanded access to its citizens arrested in Lima."
    assertThat(code("Chile/Chile/NNP/LOCATION demanded/demand/VBD access/access/NN to/to/IN its/its/PRP$ citizens/citizen/NNS arrested/arrest/VBN in/in/IN "
            + "Lima/Lima/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) nmod:poss(6,5) nmod:to(3,6) acl(6,7) case(9,8) obl:in(7,9) punct(2,10)").events())
        .extracting(e -> triple(e)).contains("PERCOP CHLCVL 173");
  }

  @Test
  void anAccusationInARelativeClauseIsNewsNotAStandingRelation() {
    // "Chile protested for its citizens, whom Peru accuses of spying." ("which Peru recognises"
    // would tell how things stand.)
    assertThat(code("Chile/Chile/NNP/LOCATION protested/protest/VBD for/for/IN its/its/PRP$ citizens/citizen/NNS ,/,/, whom/whom/WP Peru/Peru/NNP/LOCATION "
            + "accuses/accuse/VBZ of/of/IN spying/spying/NN ././.",
        "nsubj(2,1) root(0,2) case(5,3) nmod:poss(5,4) obl:for(2,5) punct(5,6) ref(5,7) obj(9,5) nsubj(9,8) acl:relcl(5,9) case(11,10) obl:of(9,11) punct(2,12)")
        .events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER CHLCVL 112"));
  }

  @Test
  void aBoatDetainedWithItsCrewIsADetentionOfPeople() {
    // "Colombia's navy detained a Jamaican boat and its crew." (173), where the boat alone would be seized (1711).
    assertThat(code("Colombia/Colombia/NNP/LOCATION 's/'s/POS navy/navy/NN detained/detain/VBD a/a/DT Jamaican/Jamaican/JJ/MISC boat/boat/NN "
            + "and/and/CC its/its/PRP$ crew/crew/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) cc(10,8) nmod:poss(10,9) conj:and(7,10) obj(4,10) punct(4,11)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("COLMIL JAM") && t.endsWith(" 173")).noneMatch(t -> t.endsWith(" 1711"));
  }

  @Test
  void peopleStillHeldSufferNoNewArrest() {
    // "Kyiv asked Doha to help free children still held in Russia.": a lasting state, no act told.
    assertThat(code("Kyiv/Kyiv/NNP/LOCATION asked/ask/VBD Doha/Doha/NNP/LOCATION to/to/TO help/help/VB free/free/VB children/child/NNS still/still/RB "
            + "held/hold/VBN in/in/IN Russia/Russia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) xcomp(5,6) obj(6,7) advmod(9,8) acl(7,9) case(11,10) obl:in(9,11) punct(2,12)").events())
        .extracting(e -> e.type().code()).doesNotContain("173");
  }
}
