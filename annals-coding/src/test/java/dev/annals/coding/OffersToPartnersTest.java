package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An offer to no one named, right after its maker signed with a state, is made to that state (AidRecipients). */
class OffersToPartnersTest {
  @Test
  void anOfferAfterAnAgreementGoesToThePartner() {
    // "Brazil and Vietnam signed agreements. Brazil also offered to share its expertise."
    var article = code(new HandBuiltText()
        .sentence("Brazil/Brazil/NNP/LOCATION and/and/CC Vietnam/Vietnam/NNP/LOCATION signed/sign/VBD agreements/agreement/NNS ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("Brazil/Brazil/NNP/LOCATION also/also/RB offered/offer/VBD to/to/TO share/share/VB its/its/PRP$ expertise/expertise/NN ././.",
            "nsubj(3,1) advmod(3,2) root(0,3) mark(5,4) xcomp(3,5) nmod:poss(7,6) obj(5,7) punct(3,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("BRA VNM\\S* 03\\d*"));
  }
}
