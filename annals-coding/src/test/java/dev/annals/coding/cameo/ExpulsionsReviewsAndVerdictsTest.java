package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** Orders to leave, arms sent to a first object, aid put under review, and verdicts rejected "as" something (verbs.tsv, AntecedentTargets). */
class ExpulsionsReviewsAndVerdictsTest {
  @Test
  void anOrderToHaltWorkAndLeaveIsAnExpulsion() {
    // "Mali ordered the Norwegian Refugee Council to halt its work and leave the country."
    var article = code(new HandBuiltText().sentence(
        "Mali/Mali/NNP/LOCATION ordered/order/VBD the/the/DT Norwegian/Norwegian/JJ/ORGANIZATION Refugee/Refugee/NNP/ORGANIZATION "
            + "Council/Council/NNP/ORGANIZATION to/to/TO halt/halt/VB its/its/PRP$ work/work/NN and/and/CC leave/leave/VB the/the/DT country/country/NN ././.",
        "nsubj(2,1) root(0,2) det(6,3) amod(6,4) compound(6,5) obj(2,6) nsubj:xsubj(8,6) mark(8,7) xcomp(2,8) nmod:poss(10,9) obj(8,10) cc(12,11) "
            + "xcomp(2,12) conj:and(8,12) det(14,13) obj(12,14) punct(2,15)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("MLI NRC 174").noneMatch(t -> t.endsWith(" 1056"));
  }

  @Test
  void aidPutUnderReviewIsAThreatToCutIt() {
    // "Norway said it would review its aid to Mali."
    var article = code(new HandBuiltText().sentence(
        "Norway/Norway/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD review/review/VB its/its/PRP$ aid/aid/NN to/to/IN Mali/Mali/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) nmod:poss(7,6) obj(5,7) case(9,8) nmod:to(7,9) punct(2,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("NOR MLI 1")).noneMatch(t -> t.endsWith(" 070"));
  }

  @Test
  void aVerdictRejectedIsTheSentencingCourtsNotAJudicialBodyThatSpokeSince() {
    // "A court in Tallinn sentenced an Estonian researcher to six years in prison. Russian
    // prosecutors said the case was political. China's embassy rejected the verdict as a fabrication."
    var article = code(new HandBuiltText()
        .sentence("A/a/DT court/court/NN in/in/IN Tallinn/Tallinn/NNP/LOCATION sentenced/sentence/VBD an/an/DT "
                + "Estonian/Estonian/JJ researcher/researcher/NN to/to/IN six/six/CD years/year/NNS in/in/IN "
                + "prison/prison/NN ././.",
            "det(2,1) nsubj(5,2) case(4,3) nmod:in(2,4) root(0,5) det(8,6) amod(8,7) obj(5,8) case(11,9) nummod(11,10) "
                + "obl:to(5,11) case(13,12) nmod:in(11,13) punct(5,14)")
        .sentence("Russian/Russian/JJ prosecutors/prosecutor/NNS said/say/VBD the/the/DT case/case/NN was/be/VBD political/political/JJ ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj(7,5) cop(7,6) ccomp(3,7) punct(3,8)")
        .sentence("China/China/NNP/LOCATION 's/'s/POS embassy/embassy/NN rejected/reject/VBD the/the/DT verdict/verdict/NN "
                + "as/as/IN a/a/DT fabrication/fabrication/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(9,7) det(9,8) obl:as(4,9) punct(4,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHNGOV ESTJUD 128").noneMatch(t -> t.startsWith("CHNGOV RUSJUD"));
  }

  @Test
  void armsSentToAFirstObjectGoToIt() {
    // "Italy will send Kyiv a new air defence system." (The parser leaves "Kyiv" without an entity class.)
    var article = code(new HandBuiltText().sentence(
        "Italy/Italy/NNP/LOCATION will/will/MD send/send/VB Kyiv/Kyiv/NNP a/a/DT new/new/JJ air/air/NN defence/defence/NN system/system/NN ././.",
        "nsubj(3,1) aux(3,2) root(0,3) iobj(3,4) det(9,5) amod(9,6) compound(8,7) compound(9,8) obj(3,9) punct(3,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ITA UKR") && t.endsWith(" 072"));
  }
}
