package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Targets of events that name no one (AntecedentTargets): an apology answers whoever last took the
 * apologiser's side to task; an offer beside what two other sides just agreed is made to both.
 */
class ThirdPartiesAndApologiesTest {
  private static List<String> triples(HandBuiltText text) {
    return code(text).events().stream().map(e -> triple(e)).toList();
  }

  @Test
  void anApologyToNoOneAnswersTheAccuser() {
    // "Chile accused Peru on Tuesday of failing to warn it. Peru's environment minister apologised for the delay on Wednesday."
    assertThat(triples(new HandBuiltText().sentence("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP/DATE of/of/IN "
            + "failing/fail/VBG to/to/TO warn/warn/VB it/it/PRP ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) case(7,6) advcl:of(2,7) mark(9,8) xcomp(7,9) obj(9,10) punct(2,11)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS environment/environment/NN minister/minister/NN apologised/apologise/VBN for/for/IN the/the/DT delay/delay/NN "
            + "on/on/IN Wednesday/Wednesday/NNP/DATE ././.",
            "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) case(8,6) det(8,7) obl:for(5,8) case(10,9) nmod:on(8,10) punct(5,11)")))
        .contains("PERGOV CHLGOV 055");
  }

  @Test
  void anOfferToNoOneBesideWhatTwoOtherSidesAgreedIsMadeToBoth() {
    // "Chile and Peru agreed to share data, and the European Commission offered to send experts."
    assertThat(triples(new HandBuiltText().sentence("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION agreed/agree/VBD to/to/TO share/share/VB "
            + "data/data/NNS ,/,/, and/and/CC the/the/DT European/European/NNP/ORGANIZATION Commission/Commission/NNP/ORGANIZATION offered/offer/VBD to/to/TO "
            + "send/send/VB experts/expert/NNS ././.",
        "nsubj(4,1) nsubj:xsubj(6,1) cc(3,2) nsubj(4,3) conj:and(1,3) nsubj:xsubj(6,3) root(0,4) mark(6,5) xcomp(4,6) obj(6,7) punct(4,8) cc(13,9) det(12,10) "
            + "compound(12,11) nsubj(13,12) nsubj:xsubj(15,12) conj:and(4,13) mark(15,14) xcomp(13,15) obj(15,16) punct(4,17)")))
        .contains("EUC CHL 033", "EUC PER 033");
  }
}
