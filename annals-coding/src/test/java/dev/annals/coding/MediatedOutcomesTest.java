package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Mediation told in a phrase of the act it led to, between that act's sides (MediatedOutcomes). */
class MediatedOutcomesTest {
  /**
   * "Twelve Ukrainian children taken to Russia during the war returned home on Friday after talks
   * mediated by the Vatican, Ukraine's human rights commissioner said." (ReleasedPeopleTest reads
   * it too.)
   */
  static final HandBuiltText CHILDREN_RETURNED_AFTER_TALKS = new HandBuiltText()
      .sentence("Twelve/twelve/CD Ukrainian/Ukrainian/JJ children/child/NNS taken/take/VBN to/to/IN Russia/Russia/NNP/LOCATION during/during/IN the/the/DT war/war/NN "
              + "returned/return/VBD home/home/RB on/on/IN Friday/Friday/NNP after/after/IN talks/talk/NNS mediated/mediate/VBN by/by/IN the/the/DT "
              + "Vatican/Vatican/NNP/LOCATION ,/,/, Ukraine/Ukraine/NNP/LOCATION 's/'s/POS human/human/JJ rights/right/NNS commissioner/commissioner/NN "
              + "said/say/VBD ././.",
          "nummod(3,1) amod(3,2) nsubj(10,3) ccomp(26,10) case(6,5) obl:to(4,6) case(9,7) det(9,8) obl:during(4,9) acl(3,4) advmod(10,11) "
              + "case(13,12) obl:on(10,13) case(15,14) acl(15,16) obl:after(10,15) case(19,17) det(19,18) obl:by(16,19) punct(19,20) "
              + "nmod:poss(25,21) case(21,22) amod(24,23) compound(25,24) nsubj(26,25) root(0,26) punct(10,27)");

  @Test
  void talksMediatedBeforeAReleaseWereBetweenTheReleasingStateAndThePeoplesOwn() {
    var article = code(CHILDREN_RETURNED_AFTER_TALKS, LocalDate.of(2026, 9, 22));
    assertThat(article.events()).extracting(e -> triple(e)).contains("VAT RUS 045", "VAT UKR 045").noneMatch(t -> t.startsWith("VAT UKRCVL"));
  }

  @Test
  void mediationToldApartFromAnyActIsLeftToOtherRules() {
    // "Twelve Ukrainian children returned home on Friday. The Vatican mediated."
    var article = code(new HandBuiltText()
        .sentence("Twelve/twelve/CD Ukrainian/Ukrainian/JJ children/child/NNS returned/return/VBD home/home/RB on/on/IN Friday/Friday/NNP ././.",
            "nummod(3,1) amod(3,2) nsubj(4,3) root(0,4) advmod(4,5) case(7,6) obl:on(4,7) punct(4,8)")
        .sentence("The/the/DT Vatican/Vatican/NNP/LOCATION mediated/mediate/VBD ././.", "det(2,1) nsubj(3,2) root(0,3) punct(3,4)"), LocalDate.of(2026, 9, 22));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("VAT RUS") || t.startsWith("VAT UKR "));
  }
}
