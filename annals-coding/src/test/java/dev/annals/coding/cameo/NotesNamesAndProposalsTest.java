package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/**
 * Which line of a verb reads a sentence when its words could fit two: what is sent, what a deed
 * is called, what is proposed, where a protest stands, whose ministry acts.
 */
class NotesNamesAndProposalsTest {
  @Test
  void callingAnotherSidesDecisionABlowIsCriticism() {
    // "Norway capped exports to Sweden. Germany called the decision a blow to the market." (the judgment hung
    // on the object, as the parser gives it)
    HandBuiltText text = new HandBuiltText()
        .sentence("Norway/Norway/NNP/LOCATION capped/cap/VBD exports/export/NNS to/to/IN Sweden/Sweden/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:to(3,5) punct(2,6)")
        .sentence("Germany/Germany/NNP/LOCATION called/call/VBD the/the/DT decision/decision/NN a/a/DT blow/blow/NN to/to/IN the/the/DT market/market/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) det(6,5) dep(4,6) case(9,7) det(9,8) nmod:to(6,9) punct(2,10)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("DEU NOR 111");
  }

  @Test
  void aNoteSentToADelegationIsAProtestNotAVisit() {
    // "Chile sent a protest note to the Peruvian delegation.": the delegation is whom the note
    // went to, not what was sent (042).
    assertThat(code("Chile/Chile/NNP/LOCATION sent/send/VBD a/a/DT protest/protest/NN note/note/NN to/to/IN the/the/DT Peruvian/Peruvian/JJ/MISC "
        + "delegation/delegation/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) compound(5,4) obj(2,5) case(9,6) det(9,7) amod(9,8) obl:to(2,9) punct(2,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER") && t.endsWith(" 114")).noneMatch(t -> t.endsWith(" 042"));
  }

  @Test
  void whomADeedIsCalledAPunishmentOfIsNotTheTarget() {
    // "Peru expelled Chilean diplomats. Chile called the move 'collective punishment' of
    // Chileans.", parsed with two objects: a judgment of Peru's move, no telephone call to the
    // Chileans.
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION expelled/expel/VBD Chilean/Chilean/JJ/MISC diplomats/diplomat/NNS ././.",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence("Chile/Chile/NNP/LOCATION called/call/VBD the/the/DT move/move/NN collective/collective/JJ punishment/punishment/NN of/of/IN "
            + "Chileans/Chilean/NNPS/MISC ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) amod(6,5) obj(2,6) case(8,7) nmod:of(6,8) punct(2,9)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHL PER 111").noneMatch(t -> t.endsWith(" 041"))
        .noneMatch(t -> t.startsWith("CHL CHLCVL"));
  }

  @Test
  void anAppealFromSomeoneThatAnActWasDoneDespiteIsTheirsToTheDoer() {
    // "Chile deported 300 Peruvians despite an appeal from the UN refugee agency."
    assertThat(code("Chile/Chile/NNP/LOCATION deported/deport/VBD 300/300/CD Peruvians/Peruvian/NNPS/MISC despite/despite/IN an/a/DT appeal/appeal/NN "
            + "from/from/IN the/the/DT UN/UN/NNP/ORGANIZATION refugee/refugee/NN agency/agency/NN ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(7,5) det(7,6) obl:despite(2,7) case(12,8) det(12,9) compound(12,10) compound(12,11) nmod:from(7,12) "
            + "punct(2,13)").events())
        .extracting(e -> triple(e)).contains("UNHCR CHL 020");
  }

  @Test
  void callingPeopleSomethingPhonesNoOne() {
    // "Chile condemned the detention, calling the fishermen Chilean compatriots."
    assertThat(code("Chile/Chile/NNP/LOCATION condemned/condemn/VBD the/the/DT detention/detention/NN ,/,/, calling/call/VBG the/the/DT fishermen/fisherman/NNS "
        + "Chilean/Chilean/JJ/MISC compatriots/compatriot/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) dep(2,6) det(8,7) obj(6,8) amod(10,9) dep(8,10) punct(2,11)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 041"));
  }

  @Test
  void proposingToSuspendVisaFreeTravelIsAnIntendedAdministrativeSanction() {
    // "The European Commission proposed to suspend visa-free travel for citizens of Peru."
    assertThat(code("The/the/DT European/European/NNP/ORGANIZATION Commission/Commission/NNP/ORGANIZATION proposed/propose/VBD to/to/TO suspend/suspend/VB "
        + "visa-free/visa-free/JJ travel/travel/NN for/for/IN citizens/citizen/NNS of/of/IN Peru/Peru/NNP/LOCATION ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) amod(8,7) obj(6,8) case(10,9) obl:for(6,10) case(12,11) nmod:of(10,12) punct(4,13)")
        .events())
        .extracting(e -> triple(e) + " " + e.modality()).anyMatch(t -> t.startsWith("EUC PER") && t.contains(" 172 INTENDED"));
  }

  @Test
  void aProtestOutsideAnEmbassyIsAimedAtItsCountry() {
    // "Hundreds of Chileans protested outside the Peruvian embassy in Santiago."
    assertThat(code("Chileans/Chilean/NNPS/MISC protested/protest/VBD outside/outside/IN the/the/DT Peruvian/Peruvian/JJ/MISC embassy/embassy/NN "
        + "in/in/IN Santiago/Santiago/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(6,3) det(6,4) amod(6,5) obl:outside(2,6) case(8,7) nmod:in(6,8) punct(2,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLCVL PER") && t.endsWith(" 141"));
  }

  @Test
  void aMinistryNamedForASectorIsTheGovernments() {
    // "Chile's industry ministry criticised Peru.": no business.
    assertThat(code("Chile/Chile/NNP/LOCATION 's/'s/POS industry/industry/NN ministry/ministry/NN criticised/criticise/VBD Peru/Peru/NNP/LOCATION ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLGOV PER")).noneMatch(t -> t.startsWith("CHLBUS"));
  }
}
