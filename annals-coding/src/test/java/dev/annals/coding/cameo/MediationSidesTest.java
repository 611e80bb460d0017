package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A mediation that names no one it is between is between the sides its own phrases name, and its mediator is none of them (VerbTargets, PairPhrases). */
class MediationSidesTest {
  @Test
  void talksWithBothSidesNameWhomTheMediatorBrokeredBetween() {
    // "Russia returned 16 Ukrainian children. Qatar brokered the deal after months of talks with both sides."
    var article = code(new HandBuiltText()
        .sentence("Russia/Russia/NNP/LOCATION returned/return/VBD 16/16/CD Ukrainian/Ukrainian/JJ/MISC children/child/NNS ././.",
            "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Qatar/Qatar/NNP/LOCATION brokered/broker/VBD the/the/DT deal/deal/NN after/after/IN months/month/NNS of/of/IN talks/talk/NNS "
                + "with/with/IN both/both/DT sides/side/NNS ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:after(2,6) case(8,7) nmod:of(6,8) case(11,9) det(11,10) nmod:with(8,11) punct(2,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("QAT\\w* RUS\\w* 045")).anyMatch(t -> t.matches("QAT\\w* UKR\\w* 045"));
  }
}
