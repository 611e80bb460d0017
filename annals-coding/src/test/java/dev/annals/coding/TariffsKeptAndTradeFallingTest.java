package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A measure said to stay, after the side that keeps it was asked in talks to ease it, is a refusal
 * to yield to the one who asked; the teller's own trade foretold to fall is a gloomy comment.
 */
class TariffsKeptAndTradeFallingTest {
  private static final HandBuiltText TALKS = new HandBuiltText()
      .sentence("Thailand/Thailand/NNP/LOCATION 's/'s/POS commerce/commerce/NN minister/minister/NN held/hold/VBD talks/talk/NNS "
            + "with/with/IN Mexico/Mexico/NNP/LOCATION 's/'s/POS economy/economy/NN minister/minister/NN and/and/CC asked/ask/VBD "
            + "for/for/IN Thai/Thai/JJ car/car/NN parts/part/NNS to/to/TO be/be/VB exempted/exempt/VBN from/from/IN tariffs/tariff/NNS "
            + "././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,6) conj:and(5,13) punct(5,23) nsubj(13,4) cc(13,12) "
            + "advcl:to(13,20) nmod:with(6,11) case(11,7) nmod:poss(11,8) compound(11,10) case(8,9) mark(20,14) nsubj:pass(20,17) "
            + "mark(20,18) aux:pass(20,19) obl:from(20,22) amod(17,15) compound(17,16) case(22,21)")
      .sentence("Mexico/Mexico/NNP/LOCATION 's/'s/POS economy/economy/NN ministry/ministry/NN said/say/VBD the/the/DT tariffs/tariff/NNS "
            + "would/would/MD stay/stay/VB ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) ccomp(5,9) punct(5,10) det(7,6) nsubj(9,7) aux(9,8)");

  @Test
  void aMeasureSaidToStayAfterTalksInWhichItsEasingWasAskedForRefusesTheAsker() {
    // "Thailand's commerce minister held talks with Mexico's economy minister and asked for Thai
    // car parts to be exempted from tariffs. Mexico's economy ministry said the tariffs would
    // stay.": the asking is aimed at the one consulted only by a later pass, which must come first.
    assertThat(triples(code(TALKS))).contains("THAGOV MEXGOV 020", "MEXGOV THAGOV 124");
  }

  @Test
  void theTellersOwnShipmentsForetoldToFallAreAGloomyCommentNotAThreat() {
    // "Thai exporters warned that their shipments to Mexico could fall by a third."
    assertThat(triples(code(new HandBuiltText()
        .sentence("Thai/Thai/JJ exporters/exporter/NNS warned/warn/VBD that/that/IN their/they/PRP$ shipments/shipment/NNS to/to/IN "
            + "Mexico/Mexico/NNP/LOCATION could/could/MD fall/fall/VB by/by/IN a/a/DT third/third/JJ ././.",
        "root(0,3) amod(2,1) nsubj(3,2) ccomp(3,10) punct(3,14) mark(10,4) nsubj(10,6) aux(10,9) obl:by(10,13) nmod:poss(6,5) "
            + "nmod:to(6,8) case(8,7) case(13,11) det(13,12)"))))
        .contains("THABUS - 012")
        .noneMatch(t -> t.matches(".* 13\\d*"));
  }
}
