package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SayingReadAsAdjectiveOfReportedSubjectTest {
  private static final ParseRepair REPAIR = new SayingReadAsAdjectiveOfReportedSubject();
  // "The Zambian government expressed condolences to Ankara, said soldiers had arrested two
  // suspects and blamed an armed group."
  private static final HandParse PLUPERFECT = HandParse.of(
      "The/the/DT Zambian/Zambian/JJ government/government/NN expressed/express/VBD condolences/condolence/NNS to/to/IN Ankara/Ankara/NNP/LOCATION ,/,/, "
          + "said/say/VBD soldiers/soldier/NNS had/have/VBD arrested/arrest/VBN two/two/CD suspects/suspect/NNS and/and/CC blamed/blame/VBD an/a/DT "
          + "armed/armed/JJ group/group/NN ././.");
  // "The Zambian government expressed condolences to Ankara, said soldiers arrested two suspects
  // and blamed an armed group."
  private static final HandParse SIMPLE_PAST = HandParse.of(
      "The/the/DT Zambian/Zambian/JJ government/government/NN expressed/express/VBD condolences/condolence/NNS to/to/IN Ankara/Ankara/NNP/LOCATION ,/,/, "
          + "said/say/VBD soldiers/soldier/NNS arrested/arrest/VBD two/two/CD suspects/suspect/NNS and/and/CC blamed/blame/VBD an/a/DT "
          + "armed/armed/JJ group/group/NN ././.");

  @Test
  void aSayingReadAsAnAdjectiveOfTheSoldiersIsTheSeriesSecondActAndTheBlamingItsThird() {
    PLUPERFECT.assertRepairs(REPAIR,
        "det(3,1) amod(3,2) nsubj(4,3) advcl(12,4) obj(4,5) case(7,6) obl:to(4,7) punct(12,8) amod(10,9) nsubj(12,10) nsubj(16,10) aux(12,11) root(0,12) "
            + "nummod(14,13) obj(12,14) cc(16,15) conj:and(12,16) det(19,17) amod(19,18) obj(16,19) punct(12,20)",
        "det(3,1) amod(3,2) nsubj(4,3) obj(4,5) case(7,6) obl:to(4,7) punct(4,8) nsubj(12,10) nsubj(16,3) aux(12,11) root(0,4) nummod(14,13) obj(12,14) "
            + "cc(16,15) conj:and(4,16) det(19,17) amod(19,18) obj(16,19) punct(12,20) conj:and(4,9) nsubj(9,3) ccomp(9,12)");
  }

  @Test
  void aSayingHungLooseOnTheReportedVerbIsMendedTheSameWay() {
    PLUPERFECT.assertRepairs(REPAIR,
        "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obj(4,5) obl:to(4,7) punct(4,8) parataxis(4,12) parataxis(4,16) punct(4,20) case(7,6) dep(12,9) "
            + "nsubj(12,10) aux(12,11) obj(12,14) conj:and(12,16) nsubj(16,10) cc(16,15) obj(16,19) nummod(14,13) det(19,17) amod(19,18)",
        "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obj(4,5) obl:to(4,7) punct(4,8) punct(4,20) case(7,6) nsubj(12,10) aux(12,11) obj(12,14) conj:and(4,16) "
            + "nsubj(16,3) cc(16,15) obj(16,19) nummod(14,13) det(19,17) amod(19,18) conj:and(4,9) nsubj(9,3) ccomp(9,12)");
  }

  @Test
  void aBlamingInTheReportsOwnTenseStaysInTheReport() {
    SIMPLE_PAST.assertRepairs(REPAIR,
        "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obj(4,5) case(7,6) obl:to(4,7) punct(4,8) parataxis(4,11) dep(11,9) nsubj(11,10) obj(11,13) nummod(13,12) "
            + "cc(15,14) conj:and(11,15) nsubj(15,10) det(18,16) amod(18,17) obj(15,18) punct(4,19)",
        "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obj(4,5) case(7,6) obl:to(4,7) punct(4,8) nsubj(11,10) obj(11,13) nummod(13,12) cc(15,14) conj:and(11,15) "
            + "nsubj(15,10) det(18,16) amod(18,17) obj(15,18) punct(4,19) conj:and(4,9) nsubj(9,3) ccomp(9,11)");
  }

  @Test
  void aSeriesAlreadyJoinedIsLeftAlone() {
    // The reported verb joined to the first act as a conjunct, not hung loose on it.
    SIMPLE_PAST.assertLeavesAlone(REPAIR,
        "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obj(4,5) case(7,6) obl:to(4,7) punct(4,8) conj:and(4,11) dep(11,9) nsubj(11,10) obj(11,13) nummod(13,12) "
            + "cc(15,14) conj:and(11,15) nsubj(15,10) det(18,16) amod(18,17) obj(15,18) punct(4,19)");
  }
}
