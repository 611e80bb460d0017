package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Students who march are a crowd of the story's scene; agreeing to an act that names no one is done for whoever asked; an ambassador recalled from no one named (GroupCountries, AntecedentTargets). */
class CrowdsAndAgreementsAskedTest {
  @Test
  void studentsWhoMarchAreOfTheSceneTheStoryOpensIn() {
    // "Chile lodged a protest with Peru, the foreign ministry in Santiago said. Peru's embassy said Peru's border with Peru's
    // neighbour was settled. Several hundred students marched to the Peruvian embassy." (Peru is named most.)
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION lodged/lodge/VBD a/a/DT protest/protest/NN with/with/IN Peru/Peru/NNP/LOCATION ,/,/, the/the/DT foreign/foreign/JJ "
            + "ministry/ministry/NN in/in/IN Santiago/Santiago/NNP/LOCATION said/say/VBD ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:with(4,6) punct(4,7) det(10,8) amod(10,9) appos(4,10) case(12,11) nmod:in(10,12) dep(2,13) "
            + "punct(2,14)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS embassy/embassy/NN said/say/VBD Peru/Peru/NNP/LOCATION 's/'s/POS border/border/NN with/with/IN "
            + "Peru/Peru/NNP/LOCATION 's/'s/POS neighbour/neighbour/NN was/be/VBD settled/settle/VBN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) nsubj:pass(13,7) case(11,8) nmod:poss(11,9) case(9,10) nmod:with(7,11) "
                + "aux:pass(13,12) ccomp(4,13) punct(4,14)")
        .sentence("Several/several/JJ hundred/hundred/CD students/student/NNS marched/march/VBD to/to/IN the/the/DT Peruvian/Peruvian/JJ embassy/embassy/NN ././.",
            "advmod(2,1) nummod(3,2) nsubj(4,3) root(0,4) case(8,5) det(8,6) amod(8,7) obl:to(4,8) punct(4,9)");
    assertThat(triples(code(text))).contains("CHLEDU PERGOV 141").noneMatch(t -> t.startsWith("PEREDU"));
  }

  @Test
  void agreeingToSendExpertsToNoOneNamedIsForWhoeverAsked() {
    // "Chile asked Lima to restore the pillars. Peru's embassy agreed to send experts to the site."
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION asked/ask/VBD Lima/Lima/NNP/LOCATION to/to/TO restore/restore/VB the/the/DT pillars/pillar/NNS ././.",
        "nsubj(2,1) root(0,2) nsubj:xsubj(5,3) obj(2,3) mark(5,4) xcomp(2,5) det(7,6) obj(5,7) punct(2,8)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS embassy/embassy/NN agreed/agree/VBD to/to/TO send/send/VB experts/expert/NNS to/to/IN the/the/DT "
            + "site/site/NN ././.", "nmod:poss(3,1) case(1,2) nsubj(4,3) nsubj:xsubj(6,3) root(0,4) mark(6,5) xcomp(4,6) obj(6,7) case(10,8) det(10,9) obl:to(6,10) punct(4,11)");
    assertThat(triples(code(text))).anyMatch(t -> t.startsWith("PERGOV CHL 03"));
  }

  @Test
  void anAmbassadorRecalledWithNoOneNamedIsRecalledFromTheSideAtOdds() {
    // "Chile's foreign ministry summoned Peru's ambassador on Friday. Chile recalled its ambassador over the case."
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN summoned/summon/VBD Peru/Peru/NNP/LOCATION 's/'s/POS "
            + "ambassador/ambassador/NN on/on/IN Friday/Friday/NNP ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) nmod:poss(8,6) case(6,7) obj(5,8) case(10,9) obl:on(5,10) punct(5,11)")
        .sentence("Chile/Chile/NNP/LOCATION recalled/recall/VBD its/its/PRP$ ambassador/ambassador/NN over/over/IN the/the/DT case/case/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(7,5) det(7,6) obl:over(2,7) punct(2,8)");
    assertThat(triples(code(text))).contains("CHL PERGOV 161");
  }

  @Test
  void whatIsAgreedAfterATalkIsAgreedWithWhomTheSideTalkedAndOfficersSentAreNoHostilePromise() {
    // "After Presidents Boric and Boluarte spoke by telephone on Friday, Peru agreed to keep the post open and to send extra officers."
    assertThat(triples(code(
        "After/after/IN Presidents/president/NNPS Boric/Boric/NNP and/and/CC Boluarte/Boluarte/NNP spoke/speak/VBD by/by/IN telephone/telephone/NN on/on/IN "
            + "Friday/Friday/NNP ,/,/, Peru/Peru/NNP/LOCATION agreed/agree/VBD to/to/TO keep/keep/VB the/the/DT post/post/NN open/open/JJ and/and/CC to/to/TO "
            + "send/send/VB extra/extra/JJ officers/officer/NNS ././.",
        "mark(6,1) compound(3,2) nsubj(6,3) cc(5,4) conj:and(3,5) nsubj(6,5) advcl:after(13,6) case(8,7) obl:by(6,8) case(10,9) obl:on(6,10) punct(13,11) "
            + "nsubj(13,12) nsubj:xsubj(15,12) nsubj:xsubj(21,12) root(0,13) mark(15,14) xcomp(13,15) det(17,16) nsubj(18,17) xcomp(15,18) cc(21,19) "
            + "mark(21,20) conj:and(15,21) xcomp(13,21) amod(23,22) obj(21,23) punct(13,24)")))
        .contains("PER CHLGOV 030");
  }

  @Test
  void customsOfficersAreTheStatesAdministration() {
    // "Chile accused Peruvian customs officers of demanding bribes."
    assertThat(triples(code(
        "Chile/Chile/NNP/LOCATION accused/accuse/VBD Peruvian/Peruvian/JJ customs/customs/NNS officers/officer/NNS of/of/IN demanding/demand/VBG "
            + "bribes/bribe/NNS ././.",
        "nsubj(2,1) root(0,2) amod(5,3) compound(5,4) obj(2,5) case(8,6) amod(8,7) obl:of(2,8) punct(2,9)")))
        .contains("CHL PERGOV 112");
  }

  @Test
  void theTwoAfterTwoOfficeHoldersOfTwoSidesAreThoseSides() {
    // "Chile's prime minister spoke by telephone with his Peruvian counterpart on Sunday, and the two agreed to reopen talks."
    assertThat(triples(code(
        "Chile/Chile/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN spoke/speak/VBD by/by/IN telephone/telephone/NN with/with/IN his/his/PRP$ "
            + "Peruvian/Peruvian/JJ counterpart/counterpart/NN on/on/IN Sunday/Sunday/NNP ,/,/, and/and/CC the/the/DT two/two/CD agreed/agree/VBD to/to/TO "
            + "reopen/reopen/VB talks/talk/NNS ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) case(7,6) obl:by(5,7) case(11,8) nmod:poss(11,9) amod(11,10) obl:with(5,11) case(13,12) "
            + "obl:on(5,13) punct(5,14) cc(18,15) det(17,16) nsubj(18,17) nsubj:xsubj(20,17) conj:and(5,18) mark(20,19) xcomp(18,20) obj(20,21) punct(5,22)")))
        .anyMatch(t -> t.startsWith("CHL PERGOV 03") || t.startsWith("CHLGOV PERGOV 03"));
  }
}
