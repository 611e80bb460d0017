package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is resumed, whose debt is paid, and police liaison officers sent abroad. */
class ResumptionsDebtsAndLiaisonTest {
  @Test
  void shipmentsResumedAreForWhomTheyWereHalted() {
    // "Iraq halted shipments of fuel oil to Lebanon. Iraq said it would resume shipments next month."
    var triples = code(new HandBuiltText()
        .sentence("Iraq/Iraq/NNP/LOCATION halted/halt/VBD shipments/shipment/NNS of/of/IN fuel/fuel/NN oil/oil/NN to/to/IN Lebanon/Lebanon/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) compound(6,5) nmod:of(3,6) case(8,7) obl:to(2,8) punct(2,9)")
        .sentence("Iraq/Iraq/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD resume/resume/VB shipments/shipment/NNS next/next/JJ month/month/NN ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) obj(5,6) amod(8,7) obl:tmod(5,8) punct(2,9)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).anyMatch(t -> t.startsWith("IRQ LBN 03") || t.startsWith("IRQ LBN 06"));
  }

  @Test
  void aDebtAgreedToBePaidIsPaidToTheSideLastDealtWith() {
    // "Lebanon's prime minister telephoned his Iraqi counterpart. Lebanon agreed to pay part of its debt."
    var triples = code(new HandBuiltText()
        .sentence("Lebanon/Lebanon/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN telephoned/telephone/VBD his/his/PRP$ Iraqi/Iraqi/JJ/MISC "
                + "counterpart/counterpart/NN ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) nmod:poss(8,6) amod(8,7) obj(5,8) punct(5,9)")
        .sentence("Lebanon/Lebanon/NNP/LOCATION agreed/agree/VBD to/to/TO pay/pay/VB part/part/NN of/of/IN its/its/PRP$ debt/debt/NN ././.",
            "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) obj(4,5) case(8,6) nmod:poss(8,7) nmod:of(5,8) punct(2,9)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("LBN IRQGOV 030");
  }

  @Test
  void policeLiaisonOfficersSentAbroadAreCooperationNotAShowOfPolicePower() {
    // "Sweden said it would send police liaison officers to Oslo."
    var triples = code(new HandBuiltText()
        .sentence("Sweden/Sweden/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD send/send/VB police/police/NN liaison/liaison/NN officers/officer/NNS "
                + "to/to/IN Oslo/Oslo/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) compound(8,6) compound(8,7) obj(5,8) case(10,9) obl:to(5,10) punct(2,11)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).anyMatch(t -> t.startsWith("SWE NORGOV 03") || t.startsWith("SWE NORGOV 06")).noneMatch(t -> t.endsWith(" 153"));
  }
}
