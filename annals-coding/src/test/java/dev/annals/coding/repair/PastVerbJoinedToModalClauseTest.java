package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PastVerbJoinedToModalClauseTest {
  private static final ParseRepair REPAIR = new PastVerbJoinedToModalClause();
  // "Kyiv warned Minsk that any attack would meet a response and urged it to withdraw."
  private static final HandParse WARNED = HandParse.of("Kyiv/Kyiv/NNP/LOCATION warned/warn/VBD Minsk/Minsk/NNP/LOCATION that/that/IN any/any/DT attack/attack/NN "
      + "would/would/MD meet/meet/VB a/a/DT response/response/NN and/and/CC urged/urge/VBD it/it/PRP to/to/TO withdraw/withdraw/VB ././.");
  private static final String SHARED = "nsubj(2,1) root(0,2) obj(2,3) mark(8,4) det(6,5) nsubj(8,6) aux(8,7) ccomp(2,8) det(10,9) obj(8,10) "
      + "cc(12,11) obj(12,13) mark(15,14) xcomp(12,15) punct(2,16)";

  @Test
  void aPastVerbAfterWouldIsTheMainVerbsSecondActWithItsSubject() {
    WARNED.assertRepairs(REPAIR, SHARED + " nsubj(12,6) ccomp(2,12) conj:and(8,12)", SHARED + " nsubj(12,1) conj:and(2,12)");
  }

  @Test
  void aPastVerbAfterAPresentTenseReportIsTheMainVerbsSecondAct() {
    // "Athens said the area lies in Greek waters and asked Cairo for an explanation."
    String shared = "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) ccomp(2,5) case(8,6) amod(8,7) obl:in(5,8) cc(10,9) obj(10,11) case(14,12) det(14,13) obl:for(10,14) punct(2,15)";
    HandParse.of("Athens/Athens/NNP/LOCATION said/say/VBD the/the/DT area/area/NN lies/lie/VBZ in/in/IN Greek/Greek/JJ waters/water/NNS and/and/CC asked/ask/VBD "
            + "Cairo/Cairo/NNP/LOCATION for/for/IN an/a/DT explanation/explanation/NN ././.")
        .assertRepairs(REPAIR, shared + " nsubj(10,4) ccomp(2,10) conj:and(5,10)", shared + " nsubj(10,1) conj:and(2,10)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    WARNED.assertLeavesAlone(REPAIR, SHARED + " nsubj(12,1) conj:and(2,12)");
  }

  @Test
  void aVerbWithTheModalsTenseStaysInWhatWasSaid() {
    // "Kyiv warned Minsk that any attack would meet a response and cost it dearly."
    HandParse.of("Kyiv/Kyiv/NNP/LOCATION warned/warn/VBD Minsk/Minsk/NNP/LOCATION that/that/IN any/any/DT attack/attack/NN "
            + "would/would/MD meet/meet/VB a/a/DT response/response/NN and/and/CC cost/cost/VB it/it/PRP dearly/dearly/RB ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) mark(8,4) det(6,5) nsubj(8,6) aux(8,7) ccomp(2,8) det(10,9) obj(8,10) "
            + "cc(12,11) obj(12,13) advmod(12,14) punct(2,15) nsubj(12,6) conj:and(8,12)");
  }

  @Test
  void withoutAModalBothPastVerbsStayInWhatWasSaid() {
    // "Kyiv said that troops entered the town and arrested its mayor."
    HandParse.of("Kyiv/Kyiv/NNP/LOCATION said/say/VBD that/that/IN troops/troop/NNS entered/enter/VBD the/the/DT town/town/NN "
            + "and/and/CC arrested/arrest/VBD its/its/PRP$ mayor/mayor/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) mark(5,3) nsubj(5,4) ccomp(2,5) det(7,6) obj(5,7) "
            + "cc(9,8) nmod:poss(11,10) obj(9,11) punct(2,12) nsubj(9,4) conj:and(5,9)");
  }

  @Test
  void anOfferReadAsAParticipleAfterAPassiveIsTheSayersOwnAct() {
    // "Djibouti said that the crew would be tried in Djibouti, and offered to share details with the UN."
    HandParse.of("Djibouti/Djibouti/NNP/LOCATION said/say/VBD that/that/IN the/the/DT crew/crew/NN would/would/MD be/be/VB tried/try/VBN in/in/IN "
            + "Djibouti/Djibouti/NNP/LOCATION ,/,/, and/and/CC offered/offer/VBN to/to/TO share/share/VB details/detail/NNS with/with/IN "
            + "the/the/DT UN/UN/NNP/ORGANIZATION ././.")
        .assertRepairs(REPAIR,
            "root(0,2) nsubj(2,1) ccomp(2,8) ccomp(2,13) punct(2,20) mark(8,3) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) obl:in(8,10) punct(8,11) conj:and(8,13) det(5,4) nsubj:pass(13,5) cc(13,12) xcomp(13,15) nsubj:xsubj(15,5) mark(15,14) obj(15,16) case(10,9) nmod:with(16,19) case(19,17) det(19,18)",
            "root(0,2) nsubj(2,1) ccomp(2,8) punct(2,20) mark(8,3) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) obl:in(8,10) punct(8,11) det(5,4) cc(13,12) xcomp(13,15) mark(15,14) obj(15,16) case(10,9) nmod:with(16,19) case(19,17) det(19,18) conj:and(2,13) nsubj(13,1) nsubj:xsubj(15,1)");
  }

  @Test
  void aParticipleThatMayBePassiveAfterAPassiveStaysInWhatWasSaid() {
    // "Djibouti said that the crew would be tried in Djibouti, and asked to share details with the UN."
    HandParse.of("Djibouti/Djibouti/NNP/LOCATION said/say/VBD that/that/IN the/the/DT crew/crew/NN would/would/MD be/be/VB tried/try/VBN in/in/IN "
            + "Djibouti/Djibouti/NNP/LOCATION ,/,/, and/and/CC asked/ask/VBN to/to/TO share/share/VB details/detail/NNS with/with/IN the/the/DT "
            + "UN/UN/NNP/ORGANIZATION ././.")
        .assertLeavesAlone(REPAIR, "root(0,2) nsubj(2,1) ccomp(2,8) ccomp(2,13) punct(2,20) mark(8,3) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) obl:in(8,10) punct(8,11) conj:and(8,13) det(5,4) nsubj:pass(13,5) cc(13,12) xcomp(13,15) nsubj:xsubj(15,5) mark(15,14) obj(15,16) case(10,9) nmod:with(16,19) case(19,17) det(19,18)");
  }

  /** "… accused the outgoing government of rushing through a purchase weeks before it leaves office and %s to see the financing terms." */
  private static final String BEFORE_IT_LEAVES = "On/on/IN Thursday/Thursday/NNP ,/,/, members/member/NNS of/of/IN Congress/Congress/NNP/ORGANIZATION 's/'s/POS defence/defence/NN committee/committee/NN "
      + "accused/accuse/VBD the/the/DT outgoing/outgoing/JJ government/government/NN of/of/IN rushing/rush/VBG through/through/IN a/a/DT 2/2/CD billion/billion/CD "
      + "dollar/dollar/NN purchase/purchase/NN weeks/week/NNS before/before/IN it/it/PRP leaves/leave/VBZ office/office/NN and/and/CC %s to/to/TO see/see/VB the/the/DT "
      + "financing/financing/NN terms/term/NNS ././.";
  private static final String BEFORE_IT_LEAVES_EDGES = "root(0,10) case(2,1) obl:on(10,2) punct(10,3) nsubj(10,4) obj(10,13) obl:of(10,15) obl:through(10,22) advcl:before(10,25) punct(10,34) "
      + "nmod:of(4,9) case(9,5) nmod:poss(9,6) compound(9,8) case(6,7) det(13,11) amod(13,12) case(15,14) case(22,16) det(22,17) compound(22,20) compound(22,21) "
      + "compound(19,18) nummod(20,19) mark(25,23) nsubj(25,24) obj(25,26) cc(28,27) xcomp(28,30) mark(30,29) obj(30,33) det(33,31) compound(33,32)";

  @Test
  void aPastVerbAfterAPresentClauseOfTimeIsTheMainVerbsSecondAct() {
    HandParse.of(BEFORE_IT_LEAVES.formatted("demanded/demand/VBD")).assertRepairs(REPAIR,
        BEFORE_IT_LEAVES_EDGES + " advcl:before(10,28) conj:and(25,28) nsubj(28,24) nsubj:xsubj(30,24)",
        BEFORE_IT_LEAVES_EDGES + " conj:and(10,28) nsubj(28,4) nsubj:xsubj(30,4)");
  }

  @Test
  void aPresentVerbAfterAPresentClauseOfTimeStaysInIt() {
    // "… before it leaves office and wants to see the financing terms": the clause's own tense.
    HandParse.of(BEFORE_IT_LEAVES.formatted("wants/want/VBZ")).assertLeavesAlone(REPAIR,
        BEFORE_IT_LEAVES_EDGES + " advcl:before(10,28) conj:and(25,28) nsubj(28,24) nsubj:xsubj(30,24)");
  }
}
