package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An intent two sides state together and one a side states alone are two undertakings, not one told twice. */
class JointAndOwnIntentsTest {
  @Test
  void anInvitationAfterAnAgreementToTalkIsAnEventOfItsOwn() {
    // "Uzbekistan's president met South Korea's president in Seoul on Thursday. The two leaders
    // agreed to start talks on a free trade agreement. The Uzbek leader invited South Korea's
    // president to visit Samarkand next year."
    var article = code(new HandBuiltText()
        .sentence("Uzbekistan/Uzbekistan/NNP/LOCATION 's/'s/POS president/president/NN met/meet/VBD South/South/NNP/LOCATION "
            + "Korea/Korea/NNP/LOCATION 's/'s/POS president/president/NN in/in/IN Seoul/Seoul/NNP/LOCATION on/on/IN "
            + "Thursday/Thursday/NNP ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,8) obl:on(4,12) punct(4,13) compound(6,5) case(6,7) nmod:poss(8,6) "
            + "nmod:in(8,10) case(10,9) case(12,11)")
        .sentence("The/the/DT two/two/CD leaders/leader/NNS agreed/agree/VBD to/to/TO start/start/VB talks/talk/NNS on/on/IN a/a/DT "
            + "free/free/JJ trade/trade/NN agreement/agreement/NN ././.",
            "root(0,4) det(3,1) nummod(3,2) nsubj(4,3) xcomp(4,6) punct(4,13) nsubj:xsubj(6,3) mark(6,5) obj(6,7) nmod:on(7,12) "
            + "case(12,8) det(12,9) amod(12,10) compound(12,11)")
        .sentence("The/the/DT Uzbek/Uzbek/NNP leader/leader/NN invited/invite/VBD South/South/NNP/LOCATION Korea/Korea/NNP/LOCATION "
            + "'s/'s/POS president/president/NN to/to/TO visit/visit/VB Samarkand/Samarkand/NNP/LOCATION next/next/JJ year/year/NN "
            + "././.",
            "root(0,4) det(3,1) compound(3,2) nsubj(4,3) obj(4,8) xcomp(4,10) punct(4,14) compound(6,5) case(6,7) nmod:poss(8,6) "
            + "nsubj:xsubj(10,8) mark(10,9) obj(10,11) obl:tmod(10,13) amod(13,12)"), LocalDate.of(2026, 3, 20));
    assertThat(article.events()).extracting(e -> triple(e)).filteredOn("UZBGOV KORGOV 036"::equals).hasSize(2);
  }
}
