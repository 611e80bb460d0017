package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/**
 * Targets named by a description of something told before ("the move", "the announcement", "the
 * attack", "the release of detained students"), found in the earlier sentences (AntecedentTargets).
 */
class DescribedTargetsTest {
  private static final String FILLER = "It/it/PRP rained/rain/VBD ././.";
  private static final String FILLER_EDGES = "nsubj(2,1) root(0,2) punct(2,3)";

  @Test
  void aThirdSideJudgingTheMoveJudgesWhoeverMadeTheLastMove() {
    // "Chile expelled Peruvian diplomats. Brazil condemned the move."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION expelled/expel/VBD Peruvian/Peruvian/JJ/MISC diplomats/diplomat/NNS ././.",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence("Brazil/Brazil/NNP/LOCATION condemned/condemn/VBD the/the/DT move/move/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BRA CHL 11"));
  }

  @Test
  void aMoveCalledByItsYearIsOneOfHistoryNotTheLastMoveTold() {
    // "Chile expelled Peruvian diplomats. Brazil condemned the 2016 move.": not Chile's expulsion.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION expelled/expel/VBD Peruvian/Peruvian/JJ/MISC diplomats/diplomat/NNS ././.",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence("Brazil/Brazil/NNP/LOCATION condemned/condemn/VBD the/the/DT 2016/2016/CD move/move/NN ././.",
            "nsubj(2,1) root(0,2) det(5,3) nummod(5,4) obj(2,5) punct(2,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("BRA CHL"));
  }

  @Test
  void aReturnJudgedIsTheSendingBackNotTheLaterArrests() {
    // "Chile deported 31 Peruvian migrants. Peruvian police arrested four men. Brazil criticised
    // the return.": Chile's deportation, not the Peruvian police's arrests.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION deported/deport/VBD 31/31/CD Peruvian/Peruvian/JJ/MISC migrants/migrant/NNS ././.",
            "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Peruvian/Peruvian/JJ/MISC police/police/NNS arrested/arrest/VBD four/four/CD men/man/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) punct(3,6)")
        .sentence("Brazil/Brazil/NNP/LOCATION criticised/criticise/VBD the/the/DT return/return/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BRA CHL 11")).noneMatch(t -> t.startsWith("BRA PER"));
  }

  @Test
  void anActOnlyAskedForOnSomeoneOfNoCountryIsNoActOnTheDefender() {
    // "Chile asked the OAS to call a special meeting of trade ministers. Peru's ministry defended
    // the measure.": the meeting the OAS is asked to call is no act of the OAS on Peru's side,
    // which Peru's defence would answer.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION asked/ask/VBD the/the/DT OAS/OAS/NNP/ORGANIZATION to/to/TO call/call/VB a/a/DT special/special/JJ "
                + "meeting/meeting/NN of/of/IN trade/trade/NN ministers/minister/NNS ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj:xsubj(6,4) mark(6,5) xcomp(2,6) det(9,7) amod(9,8) obj(6,9) case(12,10) compound(12,11) "
                + "nmod:of(9,12) punct(2,13)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS ministry/ministry/NN defended/defend/VBD the/the/DT measure/measure/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("PERGOV OAS"));
  }

  @Test
  void aComplaintThatAnotherCountrysActAnswersIsMadeToIt() {
    // "Chile cut inspection times after Peruvian hauliers complained.": the hauliers complained to Chile.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION cut/cut/VBD inspection/inspection/NN times/time/NNS after/after/IN Peruvian/Peruvian/JJ/MISC "
                + "hauliers/haulier/NNS complained/complain/VBD ././.",
            "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) mark(8,5) amod(7,6) nsubj(8,7) advcl:after(2,8) punct(2,9)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("PER\\w* CHL\\w* 114"));
  }

  @Test
  void anActNotDoneToTheJudgeIsNotTheMoveItJudges() {
    // "Chile expelled Peruvian diplomats. Bolivia would not stop trading with Brazil. Brazil
    // condemned the move.": Chile's move, not Bolivia's act on Brazil that is not done.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION expelled/expel/VBD Peruvian/Peruvian/JJ/MISC diplomats/diplomat/NNS ././.",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence("Bolivia/Bolivia/NNP/LOCATION would/would/MD not/not/RB stop/stop/VB trading/trade/NN with/with/IN Brazil/Brazil/NNP/LOCATION ././.",
            "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) obj(4,5) case(7,6) nmod:with(5,7) punct(4,8)")
        .sentence("Brazil/Brazil/NNP/LOCATION condemned/condemn/VBD the/the/DT move/move/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BOL BRA 163")).anyMatch(t -> t.startsWith("BRA CHL 11"))
        .noneMatch(t -> t.startsWith("BRA BOL"));
  }

  @Test
  void welcomingTheAnnouncementIsAimedAtWhoeverMadeIt() {
    // "Chile said it would hold elections. Peru welcomed the announcement."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD hold/hold/VB elections/election/NNS ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) obj(5,6) punct(2,7)")
        .sentence("Peru/Peru/NNP/LOCATION welcomed/welcome/VBD the/the/DT announcement/announcement/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER CHL 05"));
  }

  @Test
  void theSameNounFindsItsEventFurtherBackThanADescription() {
    // "Chilean rebels attacked a convoy." Three sentences later: "Peru condemned the attack."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC rebels/rebel/NNS attacked/attack/VBD a/a/DT convoy/convoy/NN ././.", "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)")
        .sentence(FILLER, FILLER_EDGES).sentence(FILLER, FILLER_EDGES).sentence(FILLER, FILLER_EDGES)
        .sentence("Peru/Peru/NNP/LOCATION condemned/condemn/VBD the/the/DT attack/attack/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PER CHLREB 111");
  }

  @Test
  void theReleaseOfDetainedPeopleIsAskedOfTheirGovernment() {
    // "Chile demanded the release of detained Peruvian students.", no arrest told.
    assertThat(code("Chile/Chile/NNP/LOCATION demanded/demand/VBD the/the/DT release/release/NN of/of/IN detained/detain/VBN Peruvian/Peruvian/JJ/MISC students/student/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) amod(8,6) amod(8,7) nmod:of(4,8) punct(2,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PERGOV 1"));
  }

  @Test
  void theReleaseOfPeopleNotSaidToBeHeldNamesNoOne() {
    // "Chile demanded the release of Peruvian students.": who holds them is not told.
    assertThat(code("Chile/Chile/NNP/LOCATION demanded/demand/VBD the/the/DT release/release/NN of/of/IN Peruvian/Peruvian/JJ/MISC students/student/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) amod(7,6) nmod:of(4,7) punct(2,8)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHL PERGOV"));
  }

  @Test
  void aCallForTheReleaseOfSomeoneArrestedIsMadeOfTheArrestingGovernment() {
    // "Chilean police arrested a Peruvian journalist. Brazil called for his release."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC police/police/NN arrested/arrest/VBD a/a/DT Peruvian/Peruvian/JJ/MISC journalist/journalist/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("Brazil/Brazil/NNP/LOCATION called/call/VBD for/for/IN his/his/PRP$ release/release/NN ././.",
            "nsubj(2,1) root(0,2) case(5,3) nmod:poss(5,4) obl:for(2,5) punct(2,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BRA CHLGOV 02"));
  }

  @Test
  void anOfficeHolderOfNoCountryIsNotPlacedInTheStateItAccuses() {
    // "Peru closed the border. Prime Minister Ana Ruiz accused Chile of smuggling.": Ana Ruiz is unknown.
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION closed/close/VBD the/the/DT border/border/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("Prime/Prime/NNP Minister/Minister/NNP Ana/Ana/NNP/PERSON Ruiz/Ruiz/NNP/PERSON accused/accuse/VBD Chile/Chile/NNP/LOCATION of/of/IN smuggling/smuggling/NN ././.",
            "compound(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) case(8,7) obl:of(5,8) punct(5,9)")
        .sentence("Chile/Chile/NNP/LOCATION denied/deny/VBD it/it/PRP ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Chile/Chile/NNP/LOCATION said/say/VBD nothing/nothing/NN ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PERGOV CHL 1121").doesNotContain("CHLGOV CHL 1121");
  }

  @Test
  void closingTheBorderWithACountryIsAimedAtIt() {
    // "Chile closed the border with Peru."
    assertThat(code("Chile/Chile/NNP/LOCATION closed/close/VBD the/the/DT border/border/NN with/with/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:with(4,6) punct(2,7)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER"));
  }

  @Test
  void goodsStandForWhereTheyComeFrom() {
    // "Chile raised tariffs on steel imported from Peru." and "Chile banned Peruvian pork."
    assertThat(code("Chile/Chile/NNP/LOCATION raised/raise/VBD tariffs/tariff/NNS on/on/IN steel/steel/NN imported/import/VBN from/from/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:on(3,5) acl(5,6) case(8,7) obl:from(6,8) punct(2,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 16"));
    assertThat(code("Chile/Chile/NNP/LOCATION banned/ban/VBD Peruvian/Peruvian/JJ/MISC pork/pork/NN ././.",
        "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER"));
  }

  @Test
  void dutiesAtARateOnAProductAreAimedAtItsMaker() {
    // "Chile imposed duties of 20% on Peruvian goods.": the parser hangs "on" on the rate.
    assertThat(code("Chile/Chile/NNP/LOCATION imposed/impose/VBD duties/duty/NNS of/of/IN 20/20/CD %/%/NN on/on/IN Peruvian/Peruvian/JJ/MISC goods/goods/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) nummod(6,5) nmod:of(3,6) case(9,7) amod(9,8) nmod:on(6,9) punct(2,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 16"));
  }

  @Test
  void blockingCrossingsNamedByTheBorderIsAimedAcrossItAndTheCrossingsControlNothing() {
    // "Polish farmers blocked border crossings with Ukraine to protest.": the parser lets the
    // crossings control "to protest"; the protest is still the farmers', and it is the blockade
    // itself (its purpose), no second protest aimed at no one.
    assertThat(code("Polish/Polish/JJ/MISC farmers/farmer/NNS blocked/block/VBD border/border/NN crossings/crossing/NNS with/with/IN Ukraine/Ukraine/NNP/LOCATION to/to/TO protest/protest/VB ././.",
        "amod(2,1) nsubj(3,2) root(0,3) compound(5,4) obj(3,5) case(7,6) nmod:with(5,7) mark(9,8) xcomp(3,9) nsubj:xsubj(9,5) punct(3,10)").events())
        .extracting(e -> triple(e)).contains("POLAGR UKR 1442").noneMatch(t -> t.startsWith("POLAGR - 14")).noneMatch(t -> t.startsWith("UKR"));
  }

  @Test
  void aJudgeOfTheClosureJudgesTheDeedBeforeTheWordsAimedAtIt() {
    // "Chile closed the border with Peru and accused Lima of smuggling. Peru called the closure a provocation."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION closed/close/VBD the/the/DT border/border/NN with/with/IN Peru/Peru/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:with(4,6) punct(2,7)")
        .sentence("President/President/NNP Ana/Ana/NNP/PERSON Ruiz/Ruiz/NNP/PERSON accused/accuse/VBD Lima/Lima/NNP/LOCATION of/of/IN smuggling/smuggling/NN ././.",
            "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) case(7,6) obl:of(4,7) punct(4,8)")
        .sentence("Peru/Peru/NNP/LOCATION called/call/VBD the/the/DT closure/closure/NN a/a/DT provocation/provocation/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) det(6,5) xcomp(2,6) punct(2,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PER CHL 111");
  }

  @Test
  void aMoveCalledRegrettableIsTheDeedOfTheSideThatMadeIt() {
    // "Chile closed the border with Peru. Peru called the move regrettable.": the adjective of a
    // small clause judges its subject as a noun does ("called the closure a provocation").
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION closed/close/VBD the/the/DT border/border/NN with/with/IN Peru/Peru/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:with(4,6) punct(2,7)")
        .sentence("Peru/Peru/NNP/LOCATION called/call/VBD the/the/DT move/move/NN regrettable/regrettable/JJ ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) xcomp(2,5) punct(2,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PER CHL 111");
  }

  @Test
  void aDutyRaiseCalledUnfairIsCriticism() {
    // "Chile raised its import duty on copper. Peru called the increase unfair."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION raised/raise/VBD its/its/PRP$ import/import/NN duty/duty/NN on/on/IN copper/copper/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) compound(5,4) obj(2,5) case(7,6) nmod:on(5,7) punct(2,8)")
        .sentence("Peru/Peru/NNP/LOCATION called/call/VBD the/the/DT increase/increase/NN unfair/unfair/JJ ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj:xsubj(5,4) xcomp(2,5) punct(2,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PER CHL 111");
  }

  @Test
  void aRejectedCriticismIsTheCriticsWhomeverItWasAimedAt() {
    // "Chile signed an agreement with Peru. Bolivia criticised the agreement. Peru rejected the
    // criticism.": the agreement Chile made with Peru is no charge; Bolivia made the criticism.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION signed/sign/VBD an/a/DT agreement/agreement/NN with/with/IN Peru/Peru/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:with(2,6) punct(2,7)")
        .sentence("Bolivia/Bolivia/NNP/LOCATION criticised/criticise/VBD the/the/DT agreement/agreement/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("Peru/Peru/NNP/LOCATION rejected/reject/VBD the/the/DT criticism/criticism/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER BOL 12")).noneMatch(t -> t.startsWith("PER CHL 12"));
  }

  @Test
  void aNounJudgesTheEarlierActOfItsOwnKindToldInOtherWords() {
    // "Chile sold copper to Peru. Bolivian troops attacked Peru. Ecuador called the sale illegal.":
    // the sale is Chile's selling, though the attack was told last.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION sold/sell/VBD copper/copper/NN to/to/IN Peru/Peru/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) punct(2,6)")
        .sentence("Bolivian/Bolivian/JJ/MISC troops/troops/NNS attacked/attack/VBD Peru/Peru/NNP/LOCATION ././.",
            "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)")
        .sentence("Ecuador/Ecuador/NNP/LOCATION called/call/VBD the/the/DT sale/sale/NN illegal/illegal/JJ ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) xcomp(2,5) punct(2,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("ECU CHL 111");
  }

  @Test
  void anUnknownOfficeHolderJudgesTheOtherStatesDeed() {
    // "Chilean boats entered Peru's waters. President Ana Ruiz called the incursion a violation.":
    // Ana Ruiz, of no country yet, is not taken for Chile's side.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC troops/troops/NNS attacked/attack/VBD Peru/Peru/NNP/LOCATION 's/'s/POS border/border/NN posts/post/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nmod:poss(7,4) case(4,5) compound(7,6) obj(3,7) punct(3,8)")
        .sentence("President/President/NNP Ana/Ana/NNP/PERSON Ruiz/Ruiz/NNP/PERSON called/call/VBD the/the/DT attack/attack/NN a/a/DT violation/violation/NN ././.",
            "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) det(6,5) nsubj(8,6) det(8,7) xcomp(4,8) punct(4,9)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith("CHLMIL 111"));
  }

  @Test
  void aDemandJoinedToATalkIsMadeToWhomTheSpeakerTalked() {
    // "Chile's president spoke to Peru's president and demanded an apology."
    assertThat(code("Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN spoke/speak/VBD to/to/IN Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN "
        + "and/and/CC demanded/demand/VBD an/a/DT apology/apology/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) case(8,5) nmod:poss(8,6) case(6,7) obl:to(4,8) cc(10,9) conj:and(4,10) nsubj(10,3) det(12,11) obj(10,12) punct(4,13)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLGOV PERGOV 10"));
  }

  @Test
  void aVillageInANamedRegionStandsForTheRegionsCountry() {
    // "Chilean troops shelled a village in the Tacna region.": Tacna is in Peru.
    assertThat(code("Chilean/Chilean/JJ/MISC troops/troops/NNS shelled/shell/VBD a/a/DT village/village/NN in/in/IN the/the/DT Tacna/Tacna/NNP/LOCATION region/region/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(9,6) det(9,7) compound(9,8) nmod:in(5,9) punct(3,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLMIL PER"));
  }

  @Test
  void aStatementReportingTheAttackIsNotTheAttack() {
    // "Chilean rebels attacked a convoy, the army said. Peru condemned the attack."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC rebels/rebel/NNS attacked/attack/VBD a/a/DT convoy/convoy/NN ,/,/, the/the/DT army/army/NN said/say/VBD ././.",
            "amod(2,1) nsubj(3,2) ccomp(9,3) det(5,4) obj(3,5) punct(9,6) det(8,7) nsubj(9,8) root(0,9) punct(9,10)")
        .sentence("Peru/Peru/NNP/LOCATION condemned/condemn/VBD the/the/DT attack/attack/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PER CHLREB 111");
  }

  @Test
  void hailingItAndVowingRevengeAreAimedAtWhoeverDidTheDeed() {
    // "Chilean troops attacked Peruvian rebels. Bolivia hailed it. The rebels vowed to retaliate."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC troops/troops/NNS attacked/attack/VBD Peruvian/Peruvian/JJ/MISC rebels/rebel/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) punct(3,6)")
        .sentence("Bolivia/Bolivia/NNP/LOCATION hailed/hail/VBD it/it/PRP ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("The/the/DT rebels/rebel/NNS vowed/vow/VBD to/to/TO retaliate/retaliate/VB ././.", "det(2,1) nsubj(3,2) root(0,3) mark(5,4) xcomp(3,5) punct(3,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BOL CHLMIL 05")).anyMatch(t -> t.startsWith("PERREB CHLMIL 13"));
  }

  @Test
  void theDealIsTheAgreementSignedBefore() {
    // "Chile signed an agreement with Peru. Bolivia criticised the deal."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION signed/sign/VBD an/a/DT agreement/agreement/NN with/with/IN Peru/Peru/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:with(2,6) punct(2,7)")
        .sentence("Bolivia/Bolivia/NNP/LOCATION criticised/criticise/VBD the/the/DT deal/deal/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BOL CHL 11") || t.startsWith("BOL PER 11"));
  }

  @Test
  void theAgreementIsTheOneSignedNotTheOneJudgedInBetween() {
    // "Chile signed an agreement with Peru. Bolivia criticised the deal. Ecuador condemned the pact.":
    // the pact is Chile's, not Bolivia's, whose criticism only names it.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION signed/sign/VBD an/a/DT agreement/agreement/NN with/with/IN Peru/Peru/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:with(2,6) punct(2,7)")
        .sentence("Bolivia/Bolivia/NNP/LOCATION criticised/criticise/VBD the/the/DT deal/deal/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("Ecuador/Ecuador/NNP/LOCATION condemned/condemn/VBD the/the/DT pact/pact/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ECU CHL 11") || t.startsWith("ECU PER 11"))
        .noneMatch(t -> t.startsWith("ECU BOL"));
  }

  @Test
  void theIncidentIsTheDeedBefore() {
    // "Iranian navy boats fired warning shots at a Kuwaiti ship. Kuwait condemned the incident."
    HandBuiltText text = new HandBuiltText()
        .sentence("Iranian/Iranian/JJ/MISC navy/navy/NN boats/boat/NNS fired/fire/VBD warning/warning/NN shots/shot/NNS at/at/IN a/a/DT Kuwaiti/Kuwaiti/JJ/MISC ship/ship/NN ././.",
            "amod(3,1) compound(3,2) nsubj(4,3) root(0,4) compound(6,5) obj(4,6) case(10,7) det(10,8) amod(10,9) obl:at(4,10) punct(4,11)")
        .sentence("Kuwait/Kuwait/NNP/LOCATION condemned/condemn/VBD the/the/DT incident/incident/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("KWT IRNMIL 11"));
  }

  @Test
  void aDenialAnswersTheAccuserAndItsParticipleOfSayingIsNoSecondStatement() {
    // "Poland accused Russia of sabotage. Russia denied any abuse, saying it was enforcing a law."
    HandBuiltText text = new HandBuiltText()
        .sentence("Poland/Poland/NNP/LOCATION accused/accuse/VBD Russia/Russia/NNP/LOCATION of/of/IN sabotage/sabotage/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:of(2,5) punct(2,6)")
        .sentence("Russia/Russia/NNP/LOCATION denied/deny/VBD any/any/DT abuse/abuse/NN ,/,/, saying/say/VBG it/it/PRP was/be/VBD enforcing/enforce/VBG "
            + "a/a/DT law/law/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) dep(2,6) nsubj(9,7) aux(9,8) ccomp(6,9) det(11,10) obj(9,11) punct(2,12)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("RUS POL 016").doesNotContain("RUS - 010");
  }

  @Test
  void aDefenceOfOnesOwnMeasureAnswersAFormalProtest() {
    // "Botswana protested to Britain. Britain defended the ban."
    HandBuiltText text = new HandBuiltText()
        .sentence("Botswana/Botswana/NNP/LOCATION protested/protest/VBD to/to/IN Britain/Britain/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) case(4,3) obl:to(2,4) punct(2,5)")
        .sentence("Britain/Britain/NNP/LOCATION defended/defend/VBD the/the/DT ban/ban/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("GBR BWA 010");
  }

  @Test
  void aDefenceOfOnesOwnVetoIsNotAimedAtWhoeverJudgedIt() {
    // "Russia vetoed the resolution. Britain called the veto a disgrace. Russia defended the veto."
    HandBuiltText text = new HandBuiltText()
        .sentence("Russia/Russia/NNP/LOCATION vetoed/veto/VBD the/the/DT resolution/resolution/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("Britain/Britain/NNP/LOCATION called/call/VBD the/the/DT veto/veto/NN a/a/DT disgrace/disgrace/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) det(6,5) xcomp(2,6) punct(2,7)")
        .sentence("Russia/Russia/NNP/LOCATION defended/defend/VBD the/the/DT veto/veto/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("GBR RUS 111").doesNotContain("RUS GBR 010");
  }

  @Test
  void aStatesDemandThatNamesNoOneIsMadeOfTheDoersGovernment() {
    // "Russian police detained Tajik migrants. Tajikistan demanded an explanation."
    HandBuiltText text = new HandBuiltText()
        .sentence("Russian/Russian/JJ/MISC police/police/NN detained/detain/VBD Tajik/Tajik/JJ/MISC migrants/migrant/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) punct(3,6)")
        .sentence("Tajikistan/Tajikistan/NNP/LOCATION demanded/demand/VBD an/a/DT explanation/explanation/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("TJK RUSGOV 10"));
  }

  @Test
  void anOfficialComplaintAndADemandForReleaseGoToTheSeizersGovernment() {
    // "Chilean police seized a Peruvian boat. Peru lodged a protest. Peru demanded the release of
    // the boat."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC police/police/NN seized/seize/VBD a/a/DT Peruvian/Peruvian/JJ/MISC boat/boat/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("Peru/Peru/NNP/LOCATION lodged/lodge/VBD a/a/DT protest/protest/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("Peru/Peru/NNP/LOCATION demanded/demand/VBD the/the/DT release/release/NN of/of/IN the/the/DT boat/boat/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) det(7,6) nmod:of(4,7) punct(2,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PER CHLGOV 114", "PER CHLGOV 1053");
  }

  @Test
  void aFlightCalledAProvocationIsTheDeedOfTheSideThatFlewIt() {
    // "A Chilean helicopter violated Peru's airspace. Peru called the flight a provocation."
    HandBuiltText text = new HandBuiltText()
        .sentence("A/a/DT Chilean/Chilean/JJ/MISC helicopter/helicopter/NN violated/violate/VBD Peru/Peru/NNP/LOCATION 's/'s/POS airspace/airspace/NN ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) punct(4,8)")
        .sentence("Peru/Peru/NNP/LOCATION called/call/VBD the/the/DT flight/flight/NN a/a/DT provocation/provocation/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) det(6,5) xcomp(2,6) punct(2,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER CHL") && t.contains(" 11"));
  }

  @Test
  void aVisitCalledAMockeryIsJudgedAsTheVisitorsDeed() {
    // "Lula visited Caracas. Peru called the visit a mockery."
    HandBuiltText text = new HandBuiltText()
        .sentence("Lula/Lula/NNP/PERSON visited/visit/VBD Caracas/Caracas/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Peru/Peru/NNP/LOCATION called/call/VBD the/the/DT visit/visit/NN a/a/DT mockery/mockery/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) det(6,5) xcomp(2,6) punct(2,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER BRA") && t.endsWith(" 111"));
  }

  @Test
  void theKillingsAreTheDeedOfWhoKilledNotOfTheLastToUseForce() {
    // "Congolese rebels killed 38 villagers. Ugandan troops bombed rebel camps. Chile condemned the killings."
    HandBuiltText text = new HandBuiltText()
        .sentence("Congolese/Congolese/JJ/MISC rebels/rebel/NNS killed/kill/VBD 38/38/CD villagers/villager/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) punct(3,6)")
        .sentence("Ugandan/Ugandan/JJ/MISC troops/troops/NNS bombed/bomb/VBD rebel/rebel/NN camps/camp/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) compound(5,4) obj(3,5) punct(3,6)")
        .sentence("Chile/Chile/NNP/LOCATION condemned/condemn/VBD the/the/DT killings/killing/NNS ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHL CODREB 111").noneMatch(t -> t.startsWith("CHL UGA"));
  }

  @Test
  void aComplaintToComeGoesToTheSideTheComplainantAccused() {
    // "Bosnia accused Croatia of breaking the law. Bosnia would file a complaint."
    HandBuiltText text = new HandBuiltText()
        .sentence("Bosnia/Bosnia/NNP/LOCATION accused/accuse/VBD Croatia/Croatia/NNP/LOCATION of/of/IN breaking/break/VBG the/the/DT law/law/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) det(7,6) obj(5,7) punct(2,8)")
        .sentence("Bosnia/Bosnia/NNP/LOCATION would/would/MD file/file/VB a/a/DT complaint/complaint/NN ././.",
            "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BIH HRV") && t.endsWith(" 114"));
  }

  @Test
  void theCourtAfterAnInternationalCourtIsThatCourt() {
    // "Putin defied a warrant of the International Criminal Court. The court criticised Russia."
    HandBuiltText text = new HandBuiltText()
        .sentence("Putin/Putin/NNP/PERSON defied/defy/VBD a/a/DT warrant/warrant/NN of/of/IN the/the/DT International/International/NNP/ORGANIZATION "
            + "Criminal/Criminal/NNP/ORGANIZATION Court/Court/NNP/ORGANIZATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(9,5) det(9,6) compound(9,7) compound(9,8) nmod:of(4,9) punct(2,10)")
        .sentence("The/the/DT court/court/NN criticised/criticise/VBD Russia/Russia/NNP/LOCATION ././.", "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("ICC RUS 111");
  }

  @Test
  void measuresCalledAnAttackAreJudgedAsTheDeedOfTheSideThatTookThem() {
    // "Chile closed the border with Peru. Peru called the measures an attack."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION closed/close/VBD the/the/DT border/border/NN with/with/IN Peru/Peru/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:with(4,6) punct(2,7)")
        .sentence("Peru/Peru/NNP/LOCATION called/call/VBD the/the/DT measures/measure/NNS an/a/DT attack/attack/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) det(6,5) xcomp(2,6) punct(2,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PER CHL 111");
  }

  @Test
  void whatAThirdSideCallsUnilateralMeasuresAreTheDeedOfTheSideThatTookThem() {
    // "Chile expelled Peruvian diplomats. Brazil criticised what it called unilateral measures."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION expelled/expel/VBD Peruvian/Peruvian/JJ/MISC diplomats/diplomat/NNS ././.",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence("Brazil/Brazil/NNP/LOCATION criticised/criticise/VBD what/what/WP it/it/PRP called/call/VBD unilateral/unilateral/JJ measures/measure/NNS ././.",
            "nsubj(2,1) root(0,2) obj(5,3) nsubj(5,4) ccomp(2,5) amod(7,6) obj(5,7) punct(2,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BRA CHL 11"));
  }

  @Test
  void aThirdSideJudgingTheOperationJudgesTheDeedDoneNotTheOneThreatened() {
    // "Denmark detained a Russian captain. Moscow said its warships would escort tankers. The EU
    // praised the operation."
    HandBuiltText text = new HandBuiltText()
        .sentence("Denmark/Denmark/NNP/LOCATION detained/detain/VBD a/a/DT Russian/Russian/JJ/MISC captain/captain/NN ././.",
            "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Moscow/Moscow/NNP/LOCATION said/say/VBD its/its/PRP$ warships/warship/NNS would/would/MD escort/escort/VB tankers/tanker/NNS ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) obj(6,7) punct(2,8)")
        .sentence("The/the/DT EU/EU/NNP/ORGANIZATION praised/praise/VBD the/the/DT operation/operation/NN ././.", "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("EU DNK") && t.endsWith(" 051"));
  }

  @Test
  void brushingTheConcernAsideAnswersWhoeverVoicedIt() {
    // "India said it was following developments. Bangladesh brushed the concern aside."
    HandBuiltText text = new HandBuiltText()
        .sentence("India/India/NNP/LOCATION said/say/VBD it/it/PRP was/be/VBD following/follow/VBG developments/development/NNS ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) obj(5,6) punct(2,7)")
        .sentence("Bangladesh/Bangladesh/NNP/LOCATION brushed/brush/VBD the/the/DT concern/concern/NN aside/aside/RB ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) advmod(2,5) punct(2,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BGD IND 12"));
  }

  @Test
  void aThingTheSameSideTookUpWithAnotherIsThatOthers() {
    // "Malaysia summoned the Philippine ambassador over a new map. Malaysia condemned the map."
    HandBuiltText text = new HandBuiltText()
        .sentence("Malaysia/Malaysia/NNP/LOCATION summoned/summon/VBD the/the/DT Philippine/Philippine/JJ/MISC ambassador/ambassador/NN over/over/IN a/a/DT "
            + "new/new/JJ map/map/NN ././.", "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) case(9,6) det(9,7) amod(9,8) obl:over(2,9) punct(2,10)")
        .sentence("Malaysia/Malaysia/NNP/LOCATION condemned/condemn/VBD the/the/DT map/map/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("MYS PHL") && t.endsWith(" 111"));
  }

  @Test
  void aStepNamedAfterTheActOfItsOwnSentenceIsThatAct() {
    // 'Chile banned its citizens from travelling to three Peruvian provinces, a step Peru's
    // government called "unnecessary."', parsed with the relative clause hung on the provinces.
    HandBuiltText text = new HandBuiltText().sentence("Chile/Chile/NNP/LOCATION banned/ban/VBD its/its/PRP$ citizens/citizen/NNS from/from/IN travelling/travel/VBG "
        + "to/to/IN three/three/CD Peruvian/Peruvian/JJ/MISC provinces/province/NNS ,/,/, a/a/DT step/step/NN Peru/Peru/NNP/LOCATION 's/'s/POS "
        + "government/government/NN called/call/VBD \"/\"/`` unnecessary/unnecessary/JJ ././. \"/\"/''",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(6,5) advcl:from(2,6) case(10,7) nummod(10,8) amod(10,9) obl:to(6,10) punct(10,11) det(13,12) "
            + "obj(17,13) nmod:poss(16,14) case(14,15) nsubj(17,16) acl:relcl(10,17) punct(19,18) xcomp(17,19) punct(2,20) punct(2,21)");
    // The judgment is of the ban, by Chile, not of the travelling it forbids.
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PERGOV CHL 111").noneMatch(t -> t.startsWith("PERGOV CHLCVL"));
  }

  @Test
  void aChargeNamedAfterAnAccusationOfItsOwnSentenceIsThatAccusation() {
    // "Argentina criticised Peru." "Chile accused Peru of smearing its policies, a charge Brazil
    // rejected.": the charge is Chile's, ahead of Argentina's criticism told before.
    HandBuiltText text = new HandBuiltText()
        .sentence("Argentina/Argentina/NNP/LOCATION criticised/criticise/VBD Peru/Peru/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN smearing/smear/VBG its/its/PRP$ policies/policy/NNS ,/,/, "
            + "a/a/DT charge/charge/NN Brazil/Brazil/NNP/LOCATION rejected/reject/VBD ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:of(2,5) nmod:poss(7,6) obj(5,7) punct(2,8) det(10,9) obl:npmod(2,10) nsubj(12,11) acl:relcl(10,12) punct(2,13)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("BRA CHL 120").noneMatch(t -> t.startsWith("BRA ARG"));
  }

  @Test
  void interferenceRejectedIsTheDeedOfTheSideThatActedOnTheSpeakers() {
    // "Greece summoned Albania's ambassador. Albania rejected the interference.": interference,
    // like a move, is what the other side did to the speaker's.
    HandBuiltText text = new HandBuiltText()
        .sentence("Greece/Greece/NNP/LOCATION summoned/summon/VBD Albania/Albania/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)")
        .sentence("Albania/Albania/NNP/LOCATION rejected/reject/VBD the/the/DT interference/interference/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ALB GRC 12"));
  }

  @Test
  void theIncreaseIsTheTollsRaisedByTheOtherSide() {
    // "Gambia raised tolls on the bridge. Senegal called the increase an aggression.": raising
    // tolls is an economic measure (163), and "the increase" names it.
    HandBuiltText text = new HandBuiltText()
        .sentence("Gambia/Gambia/NNP/LOCATION raised/raise/VBD tolls/toll/NNS on/on/IN the/the/DT bridge/bridge/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:on(2,6) punct(2,7)")
        .sentence("Senegal/Senegal/NNP/LOCATION called/call/VBD the/the/DT increase/increase/NN an/a/DT aggression/aggression/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) det(6,5) xcomp(2,6) punct(2,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("SEN GMB 11"));
  }

  @Test
  void aJudgmentFarAfterTheLeadJudgesTheLeadsDeed() {
    // "Chile expelled Peruvian diplomats." Three sentences of nothing, then "Brazil condemned the
    // move.": a story's reactions judge the act it leads with.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION expelled/expel/VBD Peruvian/Peruvian/JJ/MISC diplomats/diplomat/NNS ././.",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence(FILLER, FILLER_EDGES).sentence(FILLER, FILLER_EDGES).sentence(FILLER, FILLER_EDGES)
        .sentence("Brazil/Brazil/NNP/LOCATION condemned/condemn/VBD the/the/DT move/move/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BRA CHL 11"));
  }

  @Test
  void measuresAThirdSideWelcomesAreTheLeadsDeedBeforeOneOnlyThreatenedSince() {
    // "Chile expelled Peruvian diplomats." Three sentences on: "Peru said it could restrict
    // imports of Chilean wine. Brazil welcomed the measures.": the measures are Chile's, not the
    // restriction Peru only threatened.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION expelled/expel/VBD Peruvian/Peruvian/JJ/MISC diplomats/diplomat/NNS ././.",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence(FILLER, FILLER_EDGES).sentence(FILLER, FILLER_EDGES)
        .sentence("Peru/Peru/NNP/LOCATION said/say/VBD it/it/PRP could/could/MD restrict/restrict/VB imports/import/NNS of/of/IN Chilean/Chilean/JJ/MISC "
            + "wine/wine/NN ././.", "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) obj(5,6) case(9,7) amod(9,8) nmod:of(6,9) punct(2,10)")
        .sentence("Brazil/Brazil/NNP/LOCATION welcomed/welcome/VBD the/the/DT measures/measure/NNS ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BRA CHL 05")).noneMatch(t -> t.startsWith("BRA PER"));
  }

  @Test
  void aThingNamedInTheDeedAnAccusationLaysIsTheAccuseds() {
    // "Bolivia accused Chile of building the base. Brazil condemned the base.": the base is
    // Chile's, not Bolivia's.
    HandBuiltText text = new HandBuiltText()
        .sentence("Bolivia/Bolivia/NNP/LOCATION accused/accuse/VBD Chile/Chile/NNP/LOCATION of/of/IN building/build/VBG the/the/DT base/base/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) det(7,6) obj(5,7) punct(2,8)")
        .sentence("Brazil/Brazil/NNP/LOCATION condemned/condemn/VBD the/the/DT base/base/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BRA CHL 11")).noneMatch(t -> t.startsWith("BRA BOL"));
  }

  @Test
  void anAccordIsItsSignersNotTheirsWhoActUnderIt() {
    // "Chile and Peru signed a declaration under which their navies will hold drills. Brazil
    // welcomed the declaration."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION signed/sign/VBD a/a/DT declaration/declaration/NN under/under/IN which/which/WDT "
                + "their/their/PRP$ navies/navy/NNS will/will/MD hold/hold/VB drills/drill/NNS ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(8,7) obl:under(12,6) ref(6,8) nmod:poss(10,9) nsubj(12,10) "
                + "aux(12,11) acl:relcl(6,12) obj(12,13) punct(4,14)")
        .sentence("Brazil/Brazil/NNP/LOCATION welcomed/welcome/VBD the/the/DT declaration/declaration/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("BRA (CHL|PER)\\S* 05.*")).noneMatch(t -> t.startsWith("BRA") && t.contains("MIL"));
  }

  @Test
  void aNamedKindOfThingIsNotTheLeadsDeed() {
    // "Chile expelled Peruvian diplomats." Three sentences on: "Brazil condemned the agreement.":
    // an agreement is a kind of act the lead is not; no target.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION expelled/expel/VBD Peruvian/Peruvian/JJ/MISC diplomats/diplomat/NNS ././.",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence(FILLER, FILLER_EDGES).sentence(FILLER, FILLER_EDGES).sentence(FILLER, FILLER_EDGES)
        .sentence("Brazil/Brazil/NNP/LOCATION condemned/condemn/VBD the/the/DT agreement/agreement/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("BRA CHL"));
  }

  @Test
  void whatAThingIsCalledDoesNotSayWhoseItIs() {
    // "Chile imposed sanctions on Peru. Peru's state news agency called the sanctions a
    // 'provocation' by a 'puppet' government.": the name hung loose on the sanctions ("dep")
    // names a government, but the sanctions are still Chile's.
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION imposed/impose/VBD sanctions/sanction/NNS on/on/IN Peru/Peru/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS state/state/NN news/news/NN agency/agency/NN called/call/VBD the/the/DT sanctions/sanction/NNS "
            + "a/a/DT provocation/provocation/NN by/by/IN a/a/DT puppet/puppet/NN government/government/NN ././.",
            "nmod:poss(5,1) case(1,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) det(8,7) obj(6,8) det(10,9) dep(8,10) case(14,11) det(14,12) compound(14,13) "
                + "nmod:by(10,14) punct(6,15)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER") && t.contains(" CHL 11"));
  }
}
