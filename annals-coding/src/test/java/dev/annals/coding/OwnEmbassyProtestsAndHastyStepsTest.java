package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Students abroad protest to their own state at its embassy; a step called hasty is criticised;
 * higher prices foretold are a gloomy comment.
 */
class OwnEmbassyProtestsAndHastyStepsTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 2, 25);

  private static dev.annals.model.CodedArticle studentsAtTheirEmbassy() {
    // "Kuwait's higher education ministry stopped recognising degrees from Jordanian universities
    // on Sunday. Dozens of Kuwaiti students protested outside their embassy in Amman on Tuesday,
    // demanding that the ban be delayed until they graduate."
    return code(new HandBuiltText().sentence(
        "Kuwait/Kuwait/NNP/LOCATION 's/'s/POS higher/high/JJR education/education/NN ministry/ministry/NN stopped/stop/VBD "
            + "recognising/recognise/VBG degrees/degree/NNS from/from/IN Jordanian/Jordanian/JJ universities/university/NNS on/on/IN "
            + "Sunday/Sunday/NNP ././.",
        "root(0,6) nmod:poss(5,1) compound(5,4) case(1,2) amod(4,3) nsubj(6,5) obj(6,8) obl:on(6,13) punct(6,14) amod(8,7) nmod:from(8,11) "
            + "case(11,9) amod(11,10) case(13,12)").sentence(
        "Dozens/dozen/NNS of/of/IN Kuwaiti/kuwaiti/JJ students/student/NNS protested/protest/VBD outside/outside/IN their/they/PRP$ "
            + "embassy/embassy/NN in/in/IN Amman/Amman/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ,/,/, demanding/demand/VBG that/that/IN "
            + "the/the/DT ban/ban/NN be/be/VB delayed/delay/VBN until/until/IN they/they/PRP graduate/graduate/VBP ././.",
        "root(0,5) det:qmod(4,1) amod(4,3) fixed(1,2) nsubj(5,4) obl:outside(5,8) obl:on(5,12) punct(5,13) dep(5,14) punct(5,23) case(8,6) "
            + "nmod:poss(8,7) nmod:in(8,10) case(10,9) case(12,11) ccomp(14,19) mark(19,15) nsubj:pass(19,17) aux:pass(19,18) advcl:until(19,22) "
            + "det(17,16) mark(22,20) nsubj(22,21)"), WEDNESDAY);
  }

  @Test
  void studentsWhoProtestOutsideTheirEmbassyProtestToTheirOwnGovernment() {
    assertThat(studentsAtTheirEmbassy().events()).filteredOn(e -> e.type().rootCode().equals("14")).extracting(e -> triple(e))
        .containsExactly("KWTEDU KWTGOV 141");
  }

  @Test
  void andWhatTheirProtestDemandsTheyDemandOfItToo() {
    assertThat(studentsAtTheirEmbassy().events()).filteredOn(e -> e.type().rootCode().equals("10")).extracting(e -> triple(e))
        .containsExactly("KWTEDU KWTGOV 100");
  }

  @Test
  void aBanCalledHastyIsCriticised() {
    // "Kuwait banned imports of Jordanian tomatoes on Sunday. Jordan's trade minister called the
    // ban hasty on Monday."
    var article = code(new HandBuiltText().sentence(
        "Kuwait/Kuwait/NNP/LOCATION banned/ban/VBD imports/import/NNS of/of/IN Jordanian/Jordanian/JJ tomatoes/tomato/NNS on/on/IN "
            + "Sunday/Sunday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,8) punct(2,9) nmod:of(3,6) case(6,4) amod(6,5) case(8,7)").sentence(
        "Jordan/Jordan/NNP/LOCATION 's/'s/POS trade/trade/NN minister/minister/NN called/call/VBD the/the/DT ban/ban/NN hasty/hasty/JJ "
            + "on/on/IN Monday/Monday/NNP ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) xcomp(5,8) obl:on(5,10) punct(5,11) det(7,6) nsubj(8,7) case(10,9)"), WEDNESDAY);
    assertThat(article.events()).extracting(e -> triple(e)).contains("JORGOV KWT 111");
  }

  @Test
  void butADemandOfABlockadeThatOnlyPointsAtACountryIsNotMadeOfThatCountry() {
    // "Bolivian lorry drivers blocked the road to the Brazilian border at Puerto Quijarro on
    // Friday, demanding that the first shipments go to transport firms."
    var article = code(new HandBuiltText().sentence(
        "Bolivian/Bolivian/JJ lorry/lorry/NN drivers/driver/NNS blocked/block/VBD the/the/DT road/road/NN to/to/IN the/the/DT "
            + "Brazilian/Brazilian/JJ border/border/NN at/at/IN Puerto/Puerto/NNP/LOCATION Quijarro/Quijarro/NNP/LOCATION on/on/IN "
            + "Friday/Friday/NNP ,/,/, demanding/demand/VBG that/that/IN the/the/DT first/first/JJ shipments/shipment/NNS go/go/VBP to/to/TO "
            + "transport/transport/VB firms/firm/NNS ././.",
        "root(0,4) amod(3,1) compound(3,2) nsubj(4,3) obj(4,6) obl:on(4,15) punct(4,16) dep(4,17) punct(4,26) det(6,5) nmod:to(6,10) "
            + "case(10,7) det(10,8) amod(10,9) nmod:at(10,13) case(13,11) compound(13,12) case(15,14) ccomp(17,22) mark(22,18) nsubj(22,21) "
            + "xcomp(22,24) det(21,19) amod(21,20) nsubj:xsubj(24,21) mark(24,23) obj(24,25)"), LocalDate.of(2026, 2, 28));
    assertThat(article.events()).filteredOn(e -> e.type().rootCode().equals("10")).isNotEmpty()
        .noneMatch(e -> e.target().map(t -> t.code().equals("BRA")).orElse(false));
  }

  @Test
  void higherPricesWarnedOfAreAGloomyCommentNotAThreat() {
    // "The court suspended work on the cable on Thursday. Irish business groups warned of higher
    // power prices."
    var article = code(new HandBuiltText().sentence(
        "The/the/DT court/court/NN suspended/suspend/VBD work/work/NN on/on/IN the/the/DT cable/cable/NN on/on/IN Thursday/Thursday/NNP "
            + "././.",
        "root(0,3) det(2,1) nsubj(3,2) obj(3,4) obl:on(3,9) punct(3,10) nmod:on(4,7) case(7,5) det(7,6) case(9,8)").sentence(
        "Irish/Irish/JJ business/business/NN groups/group/NNS warned/warn/VBD of/of/IN higher/high/JJR power/power/NN prices/price/NNS "
            + "././.",
        "root(0,4) amod(3,1) compound(3,2) nsubj(4,3) obl:of(4,8) punct(4,9) case(8,5) amod(8,6) compound(8,7)"), LocalDate.of(2026, 6, 7));
    assertThat(article.events()).extracting(e -> triple(e)).contains("IRLBUS - 012");
  }
}
