package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A review to come stands as an inquiry without a target; cases said to have been reviewed do not. */
class InquiriesWithoutTargetsTest {
  @Test
  void casesSaidToHaveBeenReviewedByTheCourtsOpenNoInquiry() {
    // "Peru's foreign ministry rejected the request on Thursday, saying every case had been reviewed
    // by the courts."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN rejected/reject/VBD the/the/DT request/request/NN on/on/IN "
            + "Thursday/Thursday/NNP ,/,/, saying/say/VBG every/every/DT case/case/NN had/have/VBD been/be/VBN reviewed/review/VBN by/by/IN the/the/DT "
            + "courts/court/NNS ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,10) dep(5,11) punct(5,20) det(7,6) nmod:on(7,9) case(9,8) ccomp(11,16) "
            + "det(13,12) nsubj:pass(16,13) aux(16,14) aux:pass(16,15) obl:agent(16,19) case(19,17) det(19,18)")))).noneMatch(t -> t.endsWith(" 090"));
  }

  @Test
  void prosecutorsWhoWillReviewTheFilesOpenAnInquiry() {
    // "Peruvian prosecutors said on Thursday that they would review the files."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Peruvian/Peruvian/JJ prosecutors/prosecutor/NNS said/say/VBD on/on/IN Thursday/Thursday/NNP that/that/IN they/they/PRP would/would/MD "
            + "review/review/VB the/the/DT files/file/NNS ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obl:on(3,5) ccomp(3,9) punct(3,12) case(5,4) mark(9,6) nsubj(9,7) aux(9,8) obj(9,11) det(11,10)"))))
        .anyMatch(t -> t.startsWith("PERJUD - 090"));
  }
}
