package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A follow-up act with no time of its own, rejected on a day by the side it was aimed at, was done by that day (ActsDatedByTheirAnswers). */
class ActsDatedByTheirAnswersTest {
  private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 7);
  // "Peru deported 40 Bolivians on a chartered flight on Monday."
  private static final String DEPORTED = "Peru/Peru/NNP/LOCATION deported/deport/VBD 40/40/CD Bolivians/Bolivian/NNPS on/on/IN a/a/DT chartered/chartered/JJ "
      + "flight/flight/NN on/on/IN Monday/Monday/NNP ././.";
  private static final String DEPORTED_EDGES = "root(0,2) nsubj(2,1) obj(2,4) obl:on(2,8) punct(2,11) nummod(4,3) case(8,5) det(8,6) amod(8,7) nmod:on(8,10) case(10,9)";
  // "Bolivia's government protested and asked Lima to suspend further flights."
  private static final String ASKED = "Bolivia/Bolivia/NNP/LOCATION 's/'s/POS government/government/NN protested/protest/VBD and/and/CC asked/ask/VBD "
      + "Lima/Lima/NNP/LOCATION to/to/TO suspend/suspend/VB further/further/JJ flights/flight/NNS ././.";
  private static final String ASKED_EDGES = "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) conj:and(4,6) punct(4,12) nsubj(6,3) cc(6,5) obj(6,7) xcomp(6,9) "
      + "nsubj:xsubj(9,7) mark(9,8) obj(9,11) amod(11,10)";
  // "Peru's foreign ministry rejected the request on Tuesday."
  private static final String REJECTED = "Peru/Peru/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN rejected/reject/VBD the/the/DT "
      + "request/request/NN on/on/IN Tuesday/Tuesday/NNP ././.";
  private static final String REJECTED_EDGES = "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,10) det(7,6) nmod:on(7,9) case(9,8)";

  @Test
  void aProtestAndARequestRejectedOnTuesdayWereMadeByTuesday() {
    var article = code(new HandBuiltText().sentence(DEPORTED, DEPORTED_EDGES).sentence(ASKED, ASKED_EDGES).sentence(REJECTED, REJECTED_EDGES), SATURDAY);
    assertThat(article.events()).filteredOn(e -> e.source().code().equals("BOLGOV")).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(e -> assertThat(e.date().value()).isEqualTo("2026-03-03"));
  }

  @Test
  void aLeadWithNoTimeOfItsOwnKeepsThePublicationDay() {
    var article = code(new HandBuiltText().sentence(ASKED, ASKED_EDGES).sentence(REJECTED, REJECTED_EDGES), SATURDAY);
    assertThat(article.events()).filteredOn(e -> e.source().code().equals("BOLGOV")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.date().value()).isEqualTo("2026-03-07"));
  }

  // "Peru's foreign ministry said on Tuesday it would consider the request."
  private static final String CONSIDERED = "Peru/Peru/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD on/on/IN Tuesday/Tuesday/NNP "
      + "it/it/PRP would/would/MD consider/consider/VB the/the/DT request/request/NN ././.";
  private static final String CONSIDERED_EDGES = "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,10) punct(5,13) case(7,6) nsubj(10,8) "
      + "aux(10,9) obj(10,12) det(12,11)";

  @Test
  void aRequestSaidOnTuesdayToBeConsideredWasMadeByTuesday() {
    var article = code(new HandBuiltText().sentence(DEPORTED, DEPORTED_EDGES).sentence(ASKED, ASKED_EDGES).sentence(CONSIDERED, CONSIDERED_EDGES), SATURDAY);
    assertThat(article.events()).filteredOn(e -> e.source().code().equals("BOLGOV") && e.type().rootCode().equals("02")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.date().value()).isEqualTo("2026-03-03"));
  }
}
