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
}
