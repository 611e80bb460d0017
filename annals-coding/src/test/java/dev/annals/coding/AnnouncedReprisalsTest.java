package dev.annals.coding;

import static dev.annals.coding.EntryBanSentences.BARRED;
import static dev.annals.coding.EntryBanSentences.BARRED_EDGES;
import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Measures still to come that answer another side's act threaten that side. */
class AnnouncedReprisalsTest {
  private static final LocalDate DATE = LocalDate.of(2026, 2, 18);

  @Test
  void measuresOfOnesOwnToAnswerWithThreatenTheSideThatActed() {
    // "… Tbilisi will answer with measures of its own, a ministry spokesperson said."
    var article = code(new HandBuiltText().sentence(BARRED, BARRED_EDGES).sentence(
        "Tbilisi/Tbilisi/NNP/LOCATION will/will/MD answer/answer/VB with/with/IN measures/measure/NNS of/of/IN its/its/PRP$ "
            + "own/own/JJ ,/,/, a/a/DT ministry/ministry/NN spokesperson/spokesperson/NN said/say/VBD ././.",
        "root(0,3) nsubj(3,1) aux(3,2) obl:with(3,5) punct(3,9) parataxis(3,13) punct(3,14) case(5,4) nmod:of(5,8) case(8,6) "
            + "nmod:poss(8,7) det(12,10) compound(12,11) nsubj(13,12)"), DATE);
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("GEO\\w* LTU\\w* 13\\d*"));
  }

  @Test
  void answeringQuestionsThreatensNoOne() {
    // "… Georgia's justice minister will answer questions from lawmakers on Tuesday."
    var article = code(new HandBuiltText().sentence(BARRED, BARRED_EDGES).sentence(
        "Georgia/Georgia/NNP/LOCATION 's/'s/POS justice/justice/NN minister/minister/NN will/will/MD answer/answer/VB "
            + "questions/question/NNS from/from/IN lawmakers/lawmaker/NNS on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,6) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(6,4) aux(6,5) obj(6,7) punct(6,12) nmod:from(7,9) case(9,8) "
            + "nmod:on(9,11) case(11,10)"), DATE);
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.matches("\\w+ \\S+ 13\\d*"));
  }

  @Test
  void measuresTakenInResponseToADeedDenouncedThreatenItsDoer() {
    // "Sweden sent troops to Latvia on Monday. Russia's embassy called the deployment a provocation
    // and said Moscow would take all necessary measures in response": the deployment was done to
    // Latvia, not to Russia; the response answers the side Russia denounced.
    var article = code(new HandBuiltText()
        .sentence("Sweden/Sweden/NNP/LOCATION sent/send/VBD troops/troop/NNS to/to/IN Latvia/Latvia/NNP/LOCATION on/on/IN Monday/Monday/NNP "
            + "././.",
            "root(0,2) nsubj(2,1) obj(2,3) obl:to(2,5) obl:on(2,7) punct(2,8) case(5,4) case(7,6)")
        .sentence("Russia/Russia/NNP/LOCATION 's/'s/POS embassy/embassy/NN called/call/VBD the/the/DT deployment/deployment/NN a/a/DT "
            + "provocation/provocation/NN and/and/CC said/say/VBD Moscow/Moscow/NNP/LOCATION would/would/MD take/take/VB all/all/DT "
            + "necessary/necessary/JJ measures/measure/NNS in/in/IN response/response/NN ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) xcomp(4,8) conj:and(4,10) punct(4,19) nsubj(10,3) cc(10,9) ccomp(10,13) "
            + "det(6,5) nsubj(8,6) det(8,7) nsubj(13,11) aux(13,12) obj(13,16) obl:in(13,18) det(16,14) amod(16,15) case(18,17)"), DATE);
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("RUS\\w* SWE\\w* 13\\d*"));
  }
}
