package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose is the thing a side judges or asks for, and whom a protest is at, when the words name no side. */
class JudgedThingsTest {
  private static final String TALKS = "Peru/Peru/NNP/LOCATION and/and/CC Chile/Chile/NNP/LOCATION held/hold/VBD talks/talk/NNS ././.";
  private static final String TALKS_EDGES = "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)";

  @Test
  void welcomingADealMakesNoMakerOfIt() {
    // "Peru and Chile held talks. The UN welcomed the deal. Brazil welcomed the agreement": the
    // agreement is Peru's and Chile's, not the UN's.
    HandBuiltText text = new HandBuiltText()
        .sentence(TALKS, TALKS_EDGES)
        .sentence("The/the/DT UN/UN/NNP/ORGANIZATION welcomed/welcome/VBD the/the/DT deal/deal/NN ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)")
        .sentence("Brazil/Brazil/NNP/LOCATION welcomed/welcome/VBD the/the/DT agreement/agreement/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("BRA PER 051", "BRA CHL 051").noneMatch(t -> t.startsWith("BRA UN"));
  }

  @Test
  void anActMadeANounByARegularEndingIsTheDoersAct() {
    // "Greece's coast guard intercepted a Turkish fishing boat on Saturday. Turkey's foreign
    // ministry condemned the interception on Sunday."
    HandBuiltText text = new HandBuiltText().sentence(
        "Greece/Greece/NNP/LOCATION 's/'s/POS coast/coast/NN/ORGANIZATION guard/guard/NN/ORGANIZATION intercepted/intercept/VBD a/a/DT "
            + "Turkish/Turkish/JJ fishing/fishing/NN boat/boat/NN on/on/IN Saturday/Saturday/NNP ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,9) obl:on(5,11) punct(5,12) det(9,6) amod(9,7) compound(9,8) "
            + "case(11,10)").sentence(
        "Turkey/Turkey/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN condemned/condemn/VBD the/the/DT "
            + "interception/interception/NN on/on/IN Sunday/Sunday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) obl:on(5,9) punct(5,10) det(7,6) case(9,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("TURGOV GRCMIL 111");
  }

  @Test
  void aThingNamedWithItsOwnerInWhatOneCallsItIsTheOwners() {
    // "Peru and Chile held talks. China rejected what it called Western talk."
    HandBuiltText text = new HandBuiltText()
        .sentence(TALKS, TALKS_EDGES)
        .sentence("China/China/NNP/LOCATION rejected/reject/VBD what/what/WP it/it/PRP called/call/VBD Western/western/JJ talk/talk/NN ././.",
            "nsubj(2,1) root(0,2) obj(5,3) nsubj(5,4) ccomp(2,5) amod(7,6) obj(5,7) punct(2,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHN WST 120").noneMatch(t -> t.startsWith("CHN PER") || t.startsWith("CHN CHL"));
  }

  @Test
  void whatAThingDoesToTradeIsNoDeedOfTheTraders() {
    // "The railway doubled trade between Peru and Chile."
    assertThat(code("The/the/DT railway/railway/NN doubled/double/VBD trade/trade/NN between/between/IN Peru/Peru/NNP/LOCATION and/and/CC "
            + "Chile/Chile/NNP/LOCATION ././.",
        "det(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) nmod:between(4,6) cc(8,7) conj:and(6,8) nmod:between(4,8) punct(3,9)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 061"));
    // "Trade between Peru and Chile grew": the activity told by its own words is theirs.
    assertThat(code("Trade/trade/NN between/between/IN Peru/Peru/NNP/LOCATION and/and/CC Chile/Chile/NNP/LOCATION grew/grow/VBD ././.",
        "nsubj(6,1) case(3,2) nmod:between(1,3) cc(5,4) conj:and(3,5) nmod:between(1,5) root(0,6) punct(6,7)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.endsWith(" 061"));
  }

  @Test
  void aPauseAskedForIsAskedOfWhoeverGrantedIt() {
    // "Peru agreed to defer Chile's repayments. Chile had asked for the pause."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION agreed/agree/VBD to/to/TO defer/defer/VB Chile/Chile/NNP/LOCATION 's/'s/POS repayments/repayment/NNS ././.",
            "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) nmod:poss(7,5) case(5,6) obj(4,7) punct(2,8)")
        .sentence("Chile/Chile/NNP/LOCATION had/have/VBD asked/ask/VBN for/for/IN the/the/DT pause/pause/NN ././.",
            "nsubj(3,1) aux(3,2) root(0,3) case(6,4) det(6,5) obl:for(3,6) punct(3,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 02"));
  }

  @Test
  void aThingNamedBeforeAsWhatASideDoesIsThatSides() {
    // "Workers rallied against a fee that Peru plans to charge. Chile on Sunday called the fee
    // 'discriminatory'": criticism of Peru, by the quoted word the parser hung on the fee, and no
    // call "on" anyone (the "on" is the day's).
    HandBuiltText text = new HandBuiltText()
        .sentence("Workers/worker/NNS rallied/rally/VBD against/against/IN a/a/DT fee/fee/NN that/that/WDT Peru/Peru/NNP/LOCATION plans/plan/VBZ "
                + "to/to/TO charge/charge/VB ././.",
            "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:against(2,5) obj(8,5) ref(5,6) nsubj(8,7) acl:relcl(5,8) mark(10,9) xcomp(8,10) punct(2,11)")
        .sentence("Chile/Chile/NNP/LOCATION on/on/IN Sunday/Sunday/NNP called/call/VBD the/the/DT fee/fee/NN \"/\"/`` discriminatory/discriminatory/JJ "
                + "\"/\"/'' ././.",
            "nsubj(4,1) case(3,2) obl:on(4,3) root(0,4) det(6,5) obj(4,6) punct(8,7) dep(6,8) punct(8,9) punct(4,10)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHL PER 111").noneMatch(t -> t.endsWith(" 020"));
  }

  @Test
  void callingAMeasureAnOverreactionCriticisesIt() {
    // "Peru closed the border. Chile called the closure an overreaction."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION closed/close/VBD the/the/DT border/border/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("Chile/Chile/NNP/LOCATION called/call/VBD the/the/DT closure/closure/NN an/a/DT overreaction/overreaction/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) det(6,5) xcomp(2,6) nsubj(6,4) punct(2,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 111"));
  }

  @Test
  void sayingOnesOwnActLawfulDefendsItAgainstTheComplainant() {
    // "Peru protested to Chile. Chile said its boats were fishing legally."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION protested/protest/VBD to/to/IN Chile/Chile/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) case(4,3) obl:to(2,4) punct(2,5)")
        .sentence("Chile/Chile/NNP/LOCATION said/say/VBD its/its/PRP$ boats/boat/NNS were/be/VBD fishing/fish/VBG legally/legally/RB ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) advmod(6,7) punct(2,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHL PER 052");
    // Without a word of lawfulness it is no defence.
    HandBuiltText plain = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION protested/protest/VBD to/to/IN Chile/Chile/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) case(4,3) obl:to(2,4) punct(2,5)")
        .sentence("Chile/Chile/NNP/LOCATION said/say/VBD its/its/PRP$ boats/boat/NNS were/be/VBD fishing/fish/VBG ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) punct(2,7)");
    assertThat(code(plain).events()).extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 052"));
    // So when the lawful act is told in the passive: "said the boats had been bought legally".
    HandBuiltText passive = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION protested/protest/VBD to/to/IN Chile/Chile/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) case(4,3) obl:to(2,4) punct(2,5)")
        .sentence("Chile/Chile/NNP/LOCATION said/say/VBD the/the/DT boats/boat/NNS had/have/VBD been/be/VBN bought/buy/VBN legally/legally/RB ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj:pass(7,4) aux(7,5) aux:pass(7,6) ccomp(2,7) advmod(7,8) punct(2,9)");
    assertThat(code(passive).events()).extracting(e -> triple(e)).contains("CHL PER 052");
    // With no one who took Chile to task before, the words stay a statement.
    assertThat(code("Chile/Chile/NNP/LOCATION said/say/VBD its/its/PRP$ boats/boat/NNS were/be/VBD fishing/fish/VBG legally/legally/RB ././.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) advmod(6,7) punct(2,8)").events())
        .extracting(e -> triple(e)).contains("CHL - 010").noneMatch(t -> t.endsWith(" 052"));
  }

  @Test
  void aProtestOfPeoplePlacedByTheirOwnWordsIsAtTheirOwnGovernment() {
    // "Liberia closed the border. Traders in the Ivorian town of Danane marched.": at Ivory
    // Coast's government, not the article's first country's.
    HandBuiltText text = new HandBuiltText()
        .sentence("Liberia/Liberia/NNP/LOCATION closed/close/VBD the/the/DT border/border/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("Traders/trader/NNS in/in/IN the/the/DT Ivorian/Ivorian/JJ town/town/NN of/of/IN Danane/Danane/NNP/LOCATION marched/march/VBD ././.",
            "nsubj(8,1) case(5,2) det(5,3) amod(5,4) nmod:in(1,5) case(7,6) nmod:of(5,7) root(0,8) punct(8,9)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CIVBUS CIVGOV 141").noneMatch(t -> t.startsWith("CIVBUS LBR"));
  }

  @Test
  void anAuctionHouseIsABusiness() {
    // "Peru criticised a Chilean auction house."
    assertThat(code("Peru/Peru/NNP/LOCATION criticised/criticise/VBD a/a/DT Chilean/Chilean/JJ auction/auction/NN house/house/NN ././.",
        "nsubj(2,1) root(0,2) det(6,3) amod(6,4) compound(6,5) obj(2,6) punct(2,7)").events())
        .extracting(e -> triple(e)).contains("PER CHLBUS 111");
  }

  @Test
  void sayingOnesCutWillStandRefusesToEaseIt() {
    // "Peru cut Chile's fishing quota. Peru said the cut would stand."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION cut/cut/VBD Chile/Chile/NNP/LOCATION 's/'s/POS fishing/fishing/NN quota/quota/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(6,3) case(3,4) compound(6,5) obj(2,6) punct(2,7)")
        .sentence("Peru/Peru/NNP/LOCATION said/say/VBD the/the/DT cut/cut/NN would/would/MD stand/stand/VB ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) punct(2,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PER CHL 1244");
  }

  @Test
  void whatIsSeizedIsTheSidesWhoseDealingsNamedIt() {
    // "Peru demanded that a Chilean firm halt the sale of statues. Peruvian police seized the statues."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION demanded/demand/VBD that/that/IN a/a/DT Chilean/Chilean/JJ firm/firm/NN halt/halt/VB the/the/DT sale/sale/NN "
                + "of/of/IN statues/statue/NNS ././.",
            "nsubj(2,1) root(0,2) mark(7,3) det(6,4) amod(6,5) nsubj(7,6) ccomp(2,7) det(9,8) obj(7,9) case(11,10) nmod:of(9,11) punct(2,12)")
        .sentence("Peruvian/Peruvian/JJ police/police/NNS seized/seize/VBD the/the/DT statues/statue/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.contains(" CHLBUS 171"));
  }
}
