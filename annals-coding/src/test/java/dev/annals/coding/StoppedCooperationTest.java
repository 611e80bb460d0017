package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cooperation a side stops is a cut in relations; a company named after its country is that country's business. */
class StoppedCooperationTest {
  private static List<String> triples(String tokens, String edges) {
    return code(tokens, edges).events().stream().map(HandCoding::triple).toList();
  }

  @Test
  void sharingStoppedIsACutInRelationsByTheCompanyOfTheCountryItsNameBeginsWith() {
    // "Peru Aerospace Industries said it had stopped sharing data with Chile."
    List<String> triples = triples("Peru/Peru/NNP/ORGANIZATION Aerospace/Aerospace/NNP/ORGANIZATION Industries/Industries/NNPS/ORGANIZATION said/say/VBD it/it/PRP "
            + "had/have/VBD stopped/stop/VBN sharing/share/VBG data/datum/NNS with/with/IN Chile/Chile/NNP/LOCATION ././.",
        "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) nsubj(7,5) aux(7,6) ccomp(4,7) xcomp(7,8) obj(8,9) case(11,10) obl:with(8,11) punct(4,12)");
    assertThat(triples).contains("PERBUS CHL 16").noneMatch(t -> t.endsWith(" 064"));
  }

  @Test
  void sharingDoneStaysCooperation() {
    // "Peru Aerospace Industries said it had shared data with Chile."
    List<String> triples = triples("Peru/Peru/NNP/ORGANIZATION Aerospace/Aerospace/NNP/ORGANIZATION Industries/Industries/NNPS/ORGANIZATION said/say/VBD it/it/PRP "
            + "had/have/VBD shared/share/VBN data/datum/NNS with/with/IN Chile/Chile/NNP/LOCATION ././.",
        "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) nsubj(7,5) aux(7,6) ccomp(4,7) obj(7,8) case(10,9) obl:with(7,10) punct(4,11)");
    assertThat(triples).contains("PERBUS CHL 064").noneMatch(t -> t.endsWith(" 16"));
  }

  @Test
  void aStatesDenialAnswersWhoeverChargedItsNationals() {
    // "Chilean prosecutors charged two Peruvian engineers on Monday. Lima denied any attempt to steal technology."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC prosecutors/prosecutor/NNS charged/charge/VBD two/two/CD Peruvian/Peruvian/JJ/MISC engineers/engineer/NNS "
            + "on/on/IN Monday/Monday/NNP ././.", "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) case(8,7) obl:on(3,8) punct(3,9)")
        .sentence("Lima/Lima/NNP/LOCATION denied/deny/VBD any/any/DT attempt/attempt/NN to/to/TO steal/steal/VB technology/technology/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) acl(4,6) obj(6,7) punct(2,8)");
    assertThat(code(text).events().stream().map(HandCoding::triple).toList()).contains("PERGOV CHLJUD 016");
  }

  @Test
  void paymentsSuspendedUnderADealWithAnotherSideAreStoppedToItNotARejectedDeal() {
    // "Chile suspended payments under its deal with Peru.", the parser hanging both phrases on the payments.
    List<String> triples = triples("Chile/Chile/NNP/LOCATION suspended/suspend/VBD payments/payment/NNS under/under/IN its/its/PRP$ deal/deal/NN with/with/IN "
            + "Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) nmod:poss(6,5) nmod:under(3,6) case(8,7) nmod:with(3,8) punct(2,9)");
    assertThat(triples).contains("CHL PER 1621").noneMatch(t -> t.endsWith(" 127"));
  }
}
