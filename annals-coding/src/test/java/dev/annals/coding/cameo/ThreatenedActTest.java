package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A threat read only as a threat takes the code of the act it threatens, however that act is worded. */
class ThreatenedActTest {
  @Test
  void theOneWarnedAgainstDoingSomethingIsTheTarget() {
    // "Russia warned Armenia against letting Western monitors work.": Armenia is warned, not the
    // monitors; and "Several hundred nationalists rallied in Yerevan." is a rally of people.
    var article = code(new HandBuiltText()
        .sentence("Russia/Russia/NNP/LOCATION warned/warn/VBD Armenia/Armenia/NNP/LOCATION against/against/IN letting/let/VBG Western/Western/JJ/LOCATION "
            + "monitors/monitor/NNS work/work/VBP ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(7,4) amod(7,5) amod(7,6) obl:against(2,7) amod(7,8) punct(2,9)")
        .sentence("Several/several/JJ hundred/hundred/CD nationalists/nationalist/NNS rallied/rally/VBD in/in/IN Yerevan/Yerevan/NNP/LOCATION ././.",
            "advmod(2,1) nummod(3,2) nsubj(4,3) root(0,4) case(6,5) obl:in(4,6) punct(4,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("RUS ARM 130").anyMatch(t -> t.startsWith("ARMCVL") && t.endsWith(" 141"));
  }

  @Test
  void aThreatToBlockARoadStandsWithoutATarget() {
    // "Chilean hauliers threatened to block the road."
    CodedArticle article = code("Chilean/Chilean/JJ/MISC hauliers/haulier/NNS threatened/threaten/VBD to/to/TO block/block/VB the/the/DT road/road/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) mark(5,4) xcomp(3,5) nsubj:xsubj(5,2) det(7,6) obj(5,7) punct(3,8)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLBUS - 13"));
  }

  @Test
  void threateningToTakeADisputeToATribunalThreatensNoOccupation() {
    // "Chile threatened to take the dispute to an international tribunal."
    CodedArticle article = code("Chile/Chile/NNP/LOCATION threatened/threaten/VBD to/to/TO take/take/VB the/the/DT dispute/dispute/NN to/to/IN an/a/DT "
            + "international/international/JJ tribunal/tribunal/NN ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) det(6,5) obj(4,6) case(10,7) det(10,8) amod(10,9) obl:to(4,10) punct(2,11)");
    assertThat(article.events()).extracting(e -> e.type().code()).doesNotContain("1382");
  }

  @Test
  void threateningAnOffensiveIsThreateningAConventionalAttack() {
    // "Chile threatened to launch a military offensive against Peru."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION threatened/threaten/VBD to/to/TO launch/launch/VB a/a/DT military/military/JJ offensive/offensive/NN "
            + "against/against/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) det(7,5) amod(7,6) obj(4,7) case(9,8) nmod:against(7,9) punct(2,10)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHL PER 1384").doesNotContain("CHL PER 130");
  }

  @Test
  void aWarningIsAimedAtWhoeverItSaysWillPayThePrice() {
    // "China warned that Prague would pay a heavy price."
    CodedArticle article = code("China/China/NNP/LOCATION warned/warn/VBD that/that/IN Prague/Prague/NNP/LOCATION would/would/MD pay/pay/VB a/a/DT heavy/heavy/JJ "
        + "price/price/NN ././.", "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) det(9,7) amod(9,8) obj(6,9) punct(2,10)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHN CZE") && t.endsWith(" 130"));
  }

  @Test
  void aThreatWhoseActIsNoEventStaysAThreat() {
    // "Chile threatened Peru with consequences."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION threatened/threaten/VBD Peru/Peru/NNP/LOCATION with/with/IN unspecified/unspecified/JJ steps/step/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:with(2,6) punct(2,7)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHL PER 130");
  }
}
