package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Togo offered to mediate, and both governments accepted": a bare acceptance joined to an offer accepts it. */
class AcceptedOffersTest {
  @Test
  void aBareAcceptanceJoinedToAnOfferToMediateAcceptsTheMediation() {
    // "Ghana offered to mediate, and Togo accepted."
    assertThat(triples(code("Ghana/Ghana/NNP/LOCATION offered/offer/VBD to/to/TO mediate/mediate/VB ,/,/, and/and/CC Togo/Togo/NNP/LOCATION "
        + "accepted/accept/VBD ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) punct(8,5) cc(8,6) nsubj(8,7) conj:and(2,8) punct(2,9)")))
        .contains("TGO GHA 038");
  }

  @Test
  void anAcceptanceOfSomethingElseIsNotTheOffers() {
    // "Ghana offered to mediate, and Togo accepted the result."
    assertThat(triples(code("Ghana/Ghana/NNP/LOCATION offered/offer/VBD to/to/TO mediate/mediate/VB ,/,/, and/and/CC Togo/Togo/NNP/LOCATION "
        + "accepted/accept/VBD the/the/DT result/result/NN ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) punct(8,5) cc(8,6) nsubj(8,7) conj:and(2,8) det(10,9) obj(8,10) punct(2,11)")))
        .noneMatch(t -> t.endsWith(" 038"));
  }

  @Test
  void aBareAcceptanceOfAnOfferToLetSomethingBeDoneIsTheWillToCooperate() {
    // "India offered to let vets inspect the enclosures, and Botswana accepted."
    assertThat(triples(code("India/India/NNP/LOCATION offered/offer/VBD to/to/TO let/let/VB vets/vet/NNS inspect/inspect/VB the/the/DT "
        + "enclosures/enclosure/NNS ,/,/, and/and/CC Botswana/Botswana/NNP/LOCATION accepted/accept/VBD ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) obj(4,5) xcomp(4,6) det(8,7) obj(6,8) punct(12,9) cc(12,10) nsubj(12,11) conj:and(2,12) "
            + "punct(2,13)")))
        .contains("BWA IND 030");
  }

  @Test
  void acceptingAnotherSidesOfferIsTheWillToCooperate() {
    // "Laos accepted China's offer."
    assertThat(triples(code("Laos/Laos/NNP/LOCATION accepted/accept/VBD China/China/NNP/LOCATION 's/'s/POS offer/offer/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)")))
        .contains("LAO CHN 030");
  }
}
