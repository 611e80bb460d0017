package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What is said or done at an occasion told before ("at the ceremony") has that occasion's day. */
class OccasionDaysTest {
  @Test
  void whatIsSaidAtTheCeremonyToldBeforeIsOfItsDay() {
    // "Japan handed over two patrol boats … on Sunday. Jordan's king thanked Japan for … in a message read at the ceremony, and asked Tokyo …": the message is read at the handover, whose day it has, and so has the request joined to the thanks (EventDater; PhraseAfterQuotationHungInside).
    var article = code(new HandBuiltText().sentence(
        "Japan/Japan/NNP/LOCATION handed/hand/VBD over/over/RP two/two/CD patrol/patrol/NN boats/boat/NNS to/to/IN "
            + "Jordan/Jordan/NNP/LOCATION 's/'s/POS navy/navy/NN/ORGANIZATION in/in/IN Aqaba/Aqaba/NNP/LOCATION on/on/IN Sunday/Sunday/NNP ././.",
        "root(0,2) nsubj(2,1) compound:prt(2,3) obj(2,6) obl:to(2,10) obl:on(2,14) punct(2,15) nummod(6,4) compound(6,5) case(10,7) "
            + "nmod:poss(10,8) nmod:in(10,12) case(8,9) case(12,11) case(14,13)").sentence(
        "Jordan/Jordan/NNP/LOCATION 's/'s/POS king/king/NN thanked/thank/VBD Japan/Japan/NNP/LOCATION for/for/IN “/“/`` a/a/DT "
            + "friendship/friendship/NN that/that/WDT never/never/RB asks/ask/VBZ for/for/IN anything/anything/NN in/in/IN return/return/NN "
            + "”/”/'' in/in/IN a/a/DT message/message/NN read/read/VBD at/at/IN the/the/DT ceremony/ceremony/NN ,/,/, and/and/CC asked/ask/VBD "
            + "Tokyo/Tokyo/NNP/LOCATION to/to/TO help/help/VB build/build/VB a/a/DT training/training/NN centre/centre/NN ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,5) obl:for(4,9) punct(4,35) case(9,6) punct(9,7) det(9,8) ref(9,10) "
            + "acl:relcl(9,12) acl:relcl(9,27) nsubj(12,9) advmod(12,11) obl:for(12,14) punct(12,17) obl:in(12,20) punct(12,25) conj:and(12,27) "
            + "nsubj(27,9) cc(27,26) obj(27,28) xcomp(27,30) case(14,13) nmod:in(14,16) case(16,15) case(20,18) det(20,19) acl(20,21) "
            + "obl:at(21,24) case(24,22) det(24,23) nsubj:xsubj(30,28) mark(30,29) dep(30,31) obj(31,34) det(34,32) compound(34,33)"), LocalDate.of(2026, 10, 13));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("051")).extracting(e -> triple(e) + " " + e.date().value()).containsExactly("JORGOV JPN 051 2026-10-11");
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("023")).extracting(e -> triple(e) + " " + e.date().value()).containsExactly("JORGOV JPNGOV 023 2026-10-11");
  }

  @Test
  void anOccasionToldWithItsOwnWordsIsNoneToldBefore() {
    // "… on Sunday. Jordan's king thanked Japan at the ceremony marking the anniversary of their ties": a ceremony the sentence tells of its own is no occasion told before.
    var article = code(new HandBuiltText().sentence(
        "Japan/Japan/NNP/LOCATION handed/hand/VBD over/over/RP two/two/CD patrol/patrol/NN boats/boat/NNS to/to/IN "
            + "Jordan/Jordan/NNP/LOCATION 's/'s/POS navy/navy/NN/ORGANIZATION in/in/IN Aqaba/Aqaba/NNP/LOCATION on/on/IN Sunday/Sunday/NNP ././.",
        "root(0,2) nsubj(2,1) compound:prt(2,3) obj(2,6) obl:to(2,10) obl:on(2,14) punct(2,15) nummod(6,4) compound(6,5) case(10,7) "
            + "nmod:poss(10,8) nmod:in(10,12) case(8,9) case(12,11) case(14,13)").sentence(
        "Jordan/Jordan/NNP/LOCATION 's/'s/POS king/king/NN thanked/thank/VBD Japan/Japan/NNP/LOCATION at/at/IN the/the/DT "
            + "ceremony/ceremony/NN marking/mark/VBG the/the/DT anniversary/anniversary/NN of/of/IN their/they/PRP$ ties/tie/NNS ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,5) obl:at(4,8) punct(4,15) case(8,6) det(8,7) acl(8,9) obj(9,11) det(11,10) "
            + "nmod:of(11,14) case(14,12) nmod:poss(14,13)"), LocalDate.of(2026, 10, 13));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("051")).extracting(e -> triple(e) + " " + e.date().value()).containsExactly("JORGOV JPN 051 2026-10-13");
  }

  @Test
  void aDeedDoneIsNotDatedByAVisitStillToCome() {
    // "Canada's foreign minister will visit Accra in March. Ghana's president thanked Ottawa for its help": the thanks come before the visit, not in March.
    var article = code(new HandBuiltText().sentence(
        "Canada/Canada/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN will/will/MD visit/visit/VB Accra/Accra/NNP/LOCATION "
            + "in/in/IN March/March/NNP ././.",
        "root(0,6) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(6,4) aux(6,5) obj(6,7) obl:in(6,9) punct(6,10) case(9,8)").sentence(
        "Ghana/Ghana/NNP/LOCATION 's/'s/POS president/president/NN thanked/thank/VBD Ottawa/Ottawa/NNP/LOCATION for/for/IN its/its/PRP$ "
            + "help/help/NN ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,5) obl:for(4,8) punct(4,9) case(8,6) nmod:poss(8,7)"), LocalDate.of(2026, 2, 10));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("051")).extracting(e -> triple(e) + " " + e.date().value()).containsExactly("GHAGOV CANGOV 051 2026-02-10");
  }
}
