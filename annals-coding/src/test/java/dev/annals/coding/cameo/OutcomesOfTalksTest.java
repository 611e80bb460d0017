package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What one side does after talks, what it warns will come of a dispute, and whom it acts on. */
class OutcomesOfTalksTest {
  @Test
  void deferringADebtorsRepaymentsIsEconomicAid() {
    // "Peru deferred Chile's repayments."
    assertThat(code("Peru/Peru/NNP/LOCATION deferred/defer/VBD Chile/Chile/NNP/LOCATION 's/'s/POS repayments/repayment/NNS ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)").events())
        .extracting(e -> triple(e)).contains("PER CHL 071");
  }

  @Test
  void talksOneSideCameOutOfWereWithTheSideItsOutcomeNames() {
    // "Peru agreed to defer Chile's repayments after talks in Lima": the talks were Peru's and Chile's.
    assertThat(code("Peru/Peru/NNP/LOCATION agreed/agree/VBD to/to/TO defer/defer/VB Chile/Chile/NNP/LOCATION 's/'s/POS repayments/repayment/NNS "
            + "after/after/IN talks/talk/NNS in/in/IN Lima/Lima/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) nmod:poss(7,5) case(5,6) obj(4,7) case(9,8) obl:after(2,9) case(11,10) "
            + "nmod:in(9,11) punct(2,12)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER CHL 04")).anyMatch(t -> t.startsWith("CHL PER 04"));
    // "the refugees that the Thai authorities are preparing to send back to Burma following an
    // agreement with the ruling military", parsed with the refugees as the senders: an accord that
    // names its partner takes no other party from what came out of it.
    assertThat(code("Thai/Thai/JJ authorities/authority/NNS are/be/VBP preparing/prepare/VBG refugees/refugee/NNS to/to/TO send/send/VB to/to/IN "
            + "Burma/Burma/NNP/LOCATION following/following/VBG an/a/DT agreement/agreement/NN with/with/IN the/the/DT military/military/NN ././.",
        "amod(2,1) nsubj(4,2) aux(4,3) root(0,4) obj(4,5) nsubj:xsubj(7,5) mark(7,6) xcomp(4,7) case(9,8) obl:to(7,9) case(12,10) det(12,11) "
            + "obl:following(7,12) case(15,13) det(15,14) nmod:with(12,15) punct(4,16)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.contains("REF") && t.endsWith(" 057"));
  }

  @Test
  void talksBeforeAnAgreementAreNotWhatWasAgreed() {
    // "After talks, Peru agreed to resume pumping while Chile prepares a plan": no agreement to
    // hold talks (036); the talks were with Chile, who does its part "while" the pumping goes on.
    assertThat(code("After/after/IN talks/talk/NNS ,/,/, Peru/Peru/NNP/LOCATION agreed/agree/VBD to/to/TO resume/resume/VB pumping/pumping/VBG "
            + "while/while/IN Chile/Chile/NNP/LOCATION prepares/prepare/VBZ a/a/DT plan/plan/NN ././.",
        "case(2,1) obl:after(5,2) punct(5,3) nsubj(5,4) root(0,5) mark(7,6) xcomp(5,7) nsubj:xsubj(7,4) dep(7,8) mark(11,9) nsubj(11,10) "
            + "advcl:while(8,11) det(13,12) obj(11,13) punct(5,14)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 036")).anyMatch(t -> t.startsWith("PER CHL 04"));
  }

  @Test
  void warningOfWhatWouldBefallIsAGloomyComment() {
    // "Peru warned that fuel queues would form in Lima."
    assertThat(code("Peru/Peru/NNP/LOCATION warned/warn/VBD that/that/IN fuel/fuel/NN queues/queue/NNS would/would/MD form/form/VB in/in/IN "
            + "Lima/Lima/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(7,3) compound(5,4) nsubj(7,5) aux(7,6) ccomp(2,7) case(9,8) obl:in(7,9) punct(2,10)").events())
        .extracting(e -> triple(e)).contains("PER - 012").noneMatch(t -> t.endsWith(" 130"));
    // "Peru warned that the link would not be ready": a thing not ready is a gloomy comment too.
    assertThat(code("Peru/Peru/NNP/LOCATION warned/warn/VBD that/that/IN the/the/DT link/link/NN would/would/MD not/not/RB be/be/VB ready/ready/JJ ././.",
        "nsubj(2,1) root(0,2) mark(9,3) det(5,4) nsubj(9,5) aux(9,6) advmod(9,7) cop(9,8) ccomp(2,9) punct(2,10)").events())
        .extracting(e -> triple(e)).contains("PER - 012").noneMatch(t -> t.endsWith(" 130"));
    // "Peru warned Chile that its troops would respond": what someone's forces would do is a threat.
    assertThat(code("Peru/Peru/NNP/LOCATION warned/warn/VBD Chile/Chile/NNP/LOCATION that/that/IN its/its/PRP$ troops/troops/NNS would/would/MD "
            + "respond/respond/VB ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(8,4) nmod:poss(6,5) nsubj(8,6) aux(8,7) ccomp(2,8) punct(2,9)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 012")).contains("PER CHL 130");
    // "Peru warned that the affair could harm ties": what acts on something is no mere happening.
    assertThat(code("Peru/Peru/NNP/LOCATION warned/warn/VBD that/that/IN the/the/DT affair/affair/NN could/could/MD harm/harm/VB ties/tie/NNS ././.",
        "nsubj(2,1) root(0,2) mark(7,3) det(5,4) nsubj(7,5) aux(7,6) ccomp(2,7) obj(7,8) punct(2,9)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 012"));
  }

  @Test
  void truckersAreCivilians() {
    // "Chilean truckers blocked the border crossing."
    assertThat(code("Chilean/Chilean/JJ truckers/trucker/NNS blocked/block/VBD the/the/DT border/border/NN crossing/crossing/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) compound(6,5) obj(3,6) punct(3,7)").events())
        .extracting(e -> triple(e)).contains("CHLCVL - 1442");
  }

  @Test
  void aMillIsABusiness() {
    // "Belize accused a Mexican sugar mill of dumping waste."
    assertThat(code("Belize/Belize/NNP/LOCATION accused/accuse/VBD a/a/DT Mexican/Mexican/JJ sugar/sugar/NN mill/mill/NN of/of/IN dumping/dump/VBG "
            + "waste/waste/NN ././.",
        "nsubj(2,1) root(0,2) det(6,3) amod(6,4) compound(6,5) obj(2,6) mark(8,7) advcl:of(2,8) obj(8,9) punct(2,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BLZ MEXBUS 11"));
  }

  @Test
  void theGroupIsTheOrganisationItsOwnSentenceNamedBeforeIt() {
    // "A drone killed members of an armed group. Fighters of the PKK fled and Turkey vowed to
    // strike the group": the PKK, not the armed group of the sentence before.
    dev.annals.coding.HandBuiltText text = new dev.annals.coding.HandBuiltText()
        .sentence("A/a/DT drone/drone/NN killed/kill/VBD members/member/NNS of/of/IN an/a/DT armed/armed/JJ group/group/NN ././.",
            "det(2,1) nsubj(3,2) root(0,3) obj(3,4) case(8,5) det(8,6) amod(8,7) nmod:of(4,8) punct(3,9)")
        .sentence("Fighters/fighter/NNS of/of/IN the/the/DT PKK/PKK/NNP/ORGANIZATION fled/flee/VBD and/and/CC Turkey/Turkey/NNP/LOCATION vowed/vow/VBD "
                + "to/to/TO strike/strike/VB the/the/DT group/group/NN ././.",
            "nsubj(5,1) case(4,2) det(4,3) nmod:of(1,4) root(0,5) cc(8,6) nsubj(8,7) conj:and(5,8) mark(10,9) xcomp(8,10) nsubj:xsubj(10,7) det(12,11) "
                + "obj(10,12) punct(5,13)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("TUR PKK"))
        .noneMatch(t -> t.startsWith("TUR ") && t.contains("REB"));
  }

  @Test
  void aPortBuiltForAnotherSideIsEconomicCooperation() {
    // "Peru built a port for Chile."
    assertThat(code("Peru/Peru/NNP/LOCATION built/build/VBD a/a/DT port/port/NN for/for/IN Chile/Chile/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:for(2,6) punct(2,7)").events())
        .extracting(e -> triple(e)).contains("PER CHL 061");
  }

  @Test
  void whatGoesOnWhileAnActStillToComeHoldsIsToComeToo() {
    // "Peru agreed to resume pumping while Chile and Bolivia negotiate a plan."
    assertThat(code("Peru/Peru/NNP/LOCATION agreed/agree/VBD to/to/TO resume/resume/VB pumping/pumping/VBG while/while/IN Chile/Chile/NNP/LOCATION "
            + "and/and/CC Bolivia/Bolivia/NNP/LOCATION negotiate/negotiate/VBP a/a/DT plan/plan/NN ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) dep(4,5) mark(10,6) nsubj(10,7) cc(9,8) conj:and(7,9) nsubj(10,9) advcl:while(5,10) "
            + "det(12,11) obj(10,12) punct(2,13)").events())
        .filteredOn(e -> e.type().code().equals("046")).isNotEmpty().allMatch(e -> e.modality() == dev.annals.model.Modality.INTENDED);
  }
}
