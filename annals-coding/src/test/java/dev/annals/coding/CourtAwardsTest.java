package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A court's award against a state: the court that orders a state to pay has found it liable; the
 * state ordered acts through its government; those "whose fathers were executed" are the people
 * the fathers belonged to; and a lawyer for the families speaks for them, not for the courts.
 */
class CourtAwardsTest {
  private static final LocalDate REPORTED = LocalDate.of(2025, 12, 12);

  // "A court in The Hague ordered the Dutch state on Tuesday to pay compensation to 23 Indonesians whose fathers were executed by Dutch troops in 1947."
  private static final HandBuiltText AWARD = new HandBuiltText().sentence(
          "A/a/DT court/court/NN in/in/IN The/the/DT/LOCATION Hague/Hague/NNP/LOCATION ordered/order/VBD the/the/DT Dutch/dutch/JJ "
              + "state/state/NN on/on/IN Tuesday/Tuesday/NNP to/to/TO pay/pay/VB compensation/compensation/NN to/to/IN 23/23/CD "
              + "Indonesians/Indonesian/NNPS whose/whose/WP$ fathers/father/NNS were/be/VBD executed/execute/VBN by/by/IN Dutch/dutch/JJ "
              + "troops/troop/NNS in/in/IN 1947/1947/CD ././.",
          "root(0,6) det(2,1) nmod:in(2,5) nsubj(6,2) obj(6,9) obl:on(6,11) xcomp(6,13) punct(6,27) case(5,3) det(5,4) det(9,7) amod(9,8) "
              + "nsubj:xsubj(13,9) mark(13,12) obj(13,14) dep(13,21) case(11,10) case(17,15) nummod(17,16) obl:to(21,17) nsubj:pass(21,19) "
              + "aux:pass(21,20) obl:agent(21,24) obl:in(21,26) nmod:poss(19,18) case(24,22) amod(24,23) case(26,25)");

  @Test
  void aCourtThatOrdersAStateToPayHasFoundItsGovernmentLiable() {
    var article = code(AWARD, REPORTED);
    assertThat(article.events()).extracting(e -> triple(e)).contains("NLDJUD NLDGOV 116").noneMatch(t -> t.endsWith(" 1031"));
  }

  @Test
  void thoseWhoseFathersWereExecutedAreThePeopleTheFathersWereOf() {
    var article = code(AWARD, REPORTED);
    assertThat(article.events()).extracting(e -> triple(e)).contains("NLDMIL IDNCVL 1823");
  }

  @Test
  void aFatherBeforeANameIsAPriestsTitleNotKin() {
    // "Chinese police searched the home of Father Zen Caijun on Friday."
    var article = code(new HandBuiltText().sentence(
        "Chinese/Chinese/JJ police/police/NNS searched/search/VBD the/the/DT home/home/NN of/of/IN Father/Father/NNP Zen/Zen/NNP "
            + "Caijun/Caijun/NNP on/on/IN Friday/Friday/NNP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:on(3,11) punct(3,12) det(5,4) nmod:of(5,9) case(9,6) compound(9,7) compound(9,8) "
            + "case(11,10)"), REPORTED);
    assertThat(article.events()).noneMatch(e -> e.target().filter(t -> t.code().endsWith("CVL")).isPresent());
  }

  @Test
  void aLawyerForTheFamiliesSpeaksForThem() {
    // "Police detained 40 Malians on Monday. “We have waited six years for this,” a lawyer for the families told reporters."
    var article = code(new HandBuiltText().sentence(
            "Police/police/NNS detained/detain/VBD 40/40/CD Malians/Malian/NNPS on/on/IN Monday/Monday/NNP ././.",
            "root(0,2) nsubj(2,1) obj(2,4) obl:on(2,6) punct(2,7) nummod(4,3) case(6,5)").sentence(
            "“/“/`` We/we/PRP have/have/VBP waited/wait/VBN six/six/CD years/year/NNS for/for/IN this/this/DT ,/,/, ”/”/'' a/a/DT "
                + "lawyer/lawyer/NN for/for/IN the/the/DT families/family/NNS told/tell/VBD reporters/reporter/NNS ././.",
            "root(0,16) punct(16,1) ccomp(16,4) punct(16,9) punct(16,10) nsubj(16,12) obj(16,17) punct(16,18) nsubj(4,2) aux(4,3) obl:tmod(4,6) "
                + "obl:for(4,8) nummod(6,5) case(8,7) det(12,11) nmod:for(12,15) case(15,13) det(15,14)"), REPORTED);
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("010")).extracting(e -> e.source().code()).containsExactly("MLICVL");
  }
}
