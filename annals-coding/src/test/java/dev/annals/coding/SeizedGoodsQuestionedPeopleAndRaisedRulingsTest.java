package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Goods seized at a port, people questioned, a ruling raised with an envoy, Breton fishermen, and
 * licences revoked.
 */
class SeizedGoodsQuestionedPeopleAndRaisedRulingsTest {
  private static dev.annals.model.CodedArticle wasteAtColombo() {
    // "Sri Lankan customs seized 42 containers of plastic waste at Colombo port on Friday. Police
    // questioned the importer's two directors on Tuesday."
    return code(new HandBuiltText().sentence(
        "Sri/sri/JJ Lankan/lankan/JJ customs/custom/NNS seized/seize/VBN 42/42/CD containers/container/NNS of/of/IN plastic/plastic/NN "
            + "waste/waste/NN at/at/IN Colombo/Colombo/NNP/LOCATION port/port/NN on/on/IN Friday/Friday/NNP ././.",
        "root(0,4) amod(2,1) amod(3,2) nsubj(4,3) obj(4,6) obl:at(4,12) obl:on(4,14) punct(4,15) nummod(6,5) nmod:of(6,9) case(9,7) "
            + "compound(9,8) case(12,10) compound(12,11) case(14,13)").sentence(
        "Police/police/NNS questioned/question/VBD the/the/DT importer/importer/NN 's/'s/POS two/two/CD directors/director/NNS on/on/IN "
            + "Tuesday/Tuesday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,7) obl:on(2,9) punct(2,10) det(4,3) case(4,5) nmod:poss(7,4) nummod(7,6) case(9,8)"), LocalDate.of(2026, 10, 13));
  }

  @Test
  void containersSeizedAtAPortAreGoodsConfiscatedNotThePortOccupied() {
    assertThat(wasteAtColombo().events()).extracting(e -> e.type().code()).contains("1711").doesNotContain("192");
  }

  @Test
  void directorsQuestionedByPoliceAreInvestigatedNotDoubted() {
    assertThat(wasteAtColombo().events()).extracting(e -> triple(e)).contains("LKACOP LKABUS 090").doesNotContain("LKACOP - 012");
  }

  private static dev.annals.model.CodedArticle rulingRaisedInDublin() {
    // "Ireland's energy minister raised the court's ruling with the French ambassador in Dublin on
    // Friday. Breton fishermen criticised the Irish government on Saturday."
    return code(new HandBuiltText().sentence(
        "Ireland/Ireland/NNP/LOCATION 's/'s/POS energy/energy/NN minister/minister/NN raised/raise/VBD the/the/DT court/court/NN 's/'s/POS "
            + "ruling/ruling/NN with/with/IN the/the/DT French/French/JJ ambassador/ambassador/NN in/in/IN Dublin/Dublin/NNP/LOCATION on/on/IN "
            + "Friday/Friday/NNP ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,9) obl:on(5,17) punct(5,18) det(7,6) case(7,8) nmod:poss(9,7) "
            + "nmod:with(9,13) case(13,10) det(13,11) amod(13,12) nmod:in(13,15) case(15,14) case(17,16)").sentence(
        "Breton/Breton/NNP/PERSON fishermen/fisherman/NNS criticised/criticise/VBD the/the/DT Irish/Irish/JJ government/government/NN "
            + "on/on/IN Saturday/Saturday/NNP ././.",
        "root(0,3) compound(2,1) nsubj(3,2) obj(3,6) obl:on(3,8) punct(3,9) det(6,4) amod(6,5) case(8,7)"), LocalDate.of(2026, 6, 7));
  }

  @Test
  void aRulingRaisedWithAnAmbassadorIsTakenUpInTalksWithHisState() {
    assertThat(rulingRaisedInDublin().events()).extracting(e -> triple(e)).contains("IRLGOV FRAGOV 040");
  }

  @Test
  void bretonFishermenAreFrench() {
    assertThat(rulingRaisedInDublin().events()).extracting(e -> triple(e)).contains("FRACVL IRLGOV 111").doesNotContain("IRLCVL IRLGOV 111");
  }

  @Test
  void licencesRevokedOfCompaniesSanctionTheCompanies() {
    // "Vietnam's tourism authority revoked the licences of two travel companies on Monday."
    var article = code(new HandBuiltText().sentence(
        "Vietnam/Vietnam/NNP/LOCATION 's/'s/POS tourism/tourism/NN authority/authority/NN revoked/revoke/VBD the/the/DT "
            + "licences/licence/NNS of/of/IN two/two/CD travel/travel/NN companies/company/NNS on/on/IN Monday/Monday/NNP ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,7) obl:on(5,13) punct(5,14) det(7,6) nmod:of(7,11) case(11,8) "
            + "nummod(11,9) compound(11,10) case(13,12)"), LocalDate.of(2026, 1, 20));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("VNMGOV VNMBUS 172");
  }
}
