package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Cultural objects handed back to the country they were taken from (0842); the side given them is
 * the giver's partner for an apology that names no one (EarlierEvents.partnerOf), and more of them
 * are asked of the giver (AntecedentTargets).
 */
class ReturnedPropertyTest {
  private static final HandBuiltText STORY = new HandBuiltText()
      .sentence("Germany/Germany/NNP/LOCATION handed/hand/VBD back/back/RP 20/20/CD bronzes/bronze/NNS taken/take/VBN from/from/IN "
          + "Nigeria/Nigeria/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) compound:prt(2,3) nummod(5,4) obj(2,5) acl(5,6) case(8,7) obl:from(6,8) punct(2,9)")
      .sentence("The/the/DT minister/minister/NN expressed/express/VBD Germany/Germany/NNP/LOCATION 's/'s/POS regret/regret/NN ././.",
          "det(2,1) nsubj(3,2) root(0,3) nmod:poss(6,4) case(4,5) obj(3,6) punct(3,7)")
      .sentence("Nigeria/Nigeria/NNP/LOCATION would/would/MD ask/ask/VB for/for/IN the/the/DT return/return/NN of/of/IN more/more/JJR "
          + "bronzes/bronze/NNS ././.", "nsubj(3,1) aux(3,2) root(0,3) case(6,4) det(6,5) obl:for(3,6) case(9,7) amod(9,8) nmod:of(6,9) punct(3,10)");

  @Test
  void objectsHandedBackGoToTheCountryTheyWereTakenFrom() {
    assertThat(triples(code(STORY))).contains("DEU NGA 0842");
  }

  @Test
  void regretNamingNoOneIsForTheSideJustGivenBackItsObjects() {
    assertThat(triples(code(STORY))).contains("DEUGOV NGAGOV 055");
  }

  @Test
  void theReturnOfMoreIsAskedOfTheSideThatGaveBack() {
    assertThat(triples(code(STORY))).contains("NGA DEU 020");
  }
}
