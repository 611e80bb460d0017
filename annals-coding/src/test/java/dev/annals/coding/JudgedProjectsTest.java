package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "the project" a third side welcomes is what two sides agreed on together; "the decision", what a state decided (AntecedentTargets). */
class JudgedProjectsTest {
  @Test
  void aProjectWelcomedIsTheTwoSidesAgreement() {
    // "Japan and Bangladesh signed a loan agreement on Thursday. India welcomed the project."
    var coded = triples(code(new HandBuiltText()
        .sentence("Japan/Japan/NNP/LOCATION and/and/CC Bangladesh/Bangladesh/NNP/LOCATION signed/sign/VBD a/a/DT loan/loan/NN agreement/agreement/NN "
            + "on/on/IN Thursday/Thursday/NNP ././.", "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(7,5) compound(7,6) obj(4,7) case(9,8) obl:on(4,9) punct(4,10)")
        .sentence("India/India/NNP/LOCATION welcomed/welcome/VBD the/the/DT project/project/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")));
    assertThat(coded).anyMatch(t -> t.matches("IND (JPN|BGD)[A-Z]* 051"));
  }

  @Test
  void aClauseCriticisedIsPartOfTheAgreementOfTheCriticsOwnGovernment() {
    // "Spain and Senegal signed a migration agreement on Monday. Senegalese rights groups
    // criticised the readmission clause on Tuesday."
    var coded = triples(code(new HandBuiltText()
        .sentence("Spain/Spain/NNP/LOCATION and/and/CC Senegal/Senegal/NNP/LOCATION signed/sign/VBD a/a/DT migration/migration/NN "
            + "agreement/agreement/NN on/on/IN Monday/Monday/NNP ././.",
            "root(0,4) nsubj(4,1) nsubj(4,3) obj(4,7) obl:on(4,9) punct(4,10) conj:and(1,3) cc(3,2) det(7,5) compound(7,6) case(9,8)")
        .sentence("Senegalese/Senegalese/JJ rights/right/NNS groups/group/NNS criticised/criticise/VBD the/the/DT "
            + "readmission/readmission/NN clause/clause/NN on/on/IN Tuesday/Tuesday/NNP ././.",
            "root(0,4) amod(3,1) compound(3,2) nsubj(4,3) obj(4,7) obl:on(4,9) punct(4,10) det(7,5) compound(7,6) case(9,8)")));
    assertThat(coded).contains("SENHRI SENGOV 111");
  }

  @Test
  void aWithdrawalWelcomedIsNoInvestmentOnlyInvited() {
    // "Gabon's president invited French companies to invest in the country's mines. Opposition
    // parties welcomed the withdrawal on Saturday.": no deed told is the withdrawal.
    var coded = triples(code(new HandBuiltText()
        .sentence("Gabon/Gabon/NNP/LOCATION 's/'s/POS president/president/NN invited/invite/VBD French/French/JJ "
            + "companies/company/NNS to/to/TO invest/invest/VB in/in/IN the/the/DT country/country/NN 's/'s/POS mines/mine/NNS ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) xcomp(4,8) punct(4,14) amod(6,5) nsubj:xsubj(8,6) "
            + "mark(8,7) obl:in(8,13) case(13,9) nmod:poss(13,11) det(11,10) case(11,12)")
        .sentence("Opposition/opposition/NN parties/party/NNS welcomed/welcome/VBD the/the/DT withdrawal/withdrawal/NN on/on/IN "
            + "Saturday/Saturday/NNP ././.",
            "root(0,3) compound(2,1) nsubj(3,2) obj(3,5) punct(3,8) det(5,4) nmod:on(5,7) case(7,6)")));
    assertThat(coded).contains("GABGOV FRABUS 036").noneMatch(t -> t.matches("\\w+ FRA\\w* 051"));
  }

  @Test
  void aDecisionWelcomedIsTheStatesNotItsPolicesRaids() {
    // "Fiji expelled six Chinese officers. Fiji said Chinese police had raided homes. Australia
    // welcomed the decision."
    var coded = triples(code(new HandBuiltText()
        .sentence("Fiji/Fiji/NNP/LOCATION expelled/expel/VBD six/six/CD Chinese/Chinese/JJ/MISC officers/officer/NNS ././.",
            "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Fiji/Fiji/NNP/LOCATION said/say/VBD Chinese/Chinese/JJ/MISC police/police/NNS had/have/VBD raided/raid/VBN homes/home/NNS ././.",
            "nsubj(2,1) root(0,2) amod(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) obj(6,7) punct(2,8)")
        .sentence("Australia/Australia/NNP/LOCATION welcomed/welcome/VBD the/the/DT decision/decision/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")));
    assertThat(coded).anyMatch(t -> t.matches("AUS FJI[A-Z]* 051")).noneMatch(t -> t.matches("AUS CHN[A-Z]* 051"));
  }

  @Test
  void aRulingWelcomedMayBeARejectionByTheBodyThatRuled() {
    // "The European Commission rejected Italy's objection. Croatia welcomed the ruling."
    var coded = triples(code(new HandBuiltText()
        .sentence("The/the/DT European/European/NNP/ORGANIZATION Commission/Commission/NNP/ORGANIZATION rejected/reject/VBD Italy/Italy/NNP/LOCATION "
            + "'s/'s/POS objection/objection/NN ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) punct(4,8)")
        .sentence("Croatia/Croatia/NNP/LOCATION welcomed/welcome/VBD the/the/DT ruling/ruling/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")));
    assertThat(coded).anyMatch(t -> t.startsWith("HRV EUC 05"));
  }

  @Test
  void aStatesDecidingRejectionIsItsGovernments() {
    // "India rejected Iran's request. Indian airlines welcomed the decision."
    var coded = triples(code(new HandBuiltText()
        .sentence("India/India/NNP/LOCATION rejected/reject/VBD Iran/Iran/NNP/LOCATION 's/'s/POS request/request/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)")
        .sentence("Indian/Indian/JJ/MISC airlines/airline/NNS welcomed/welcome/VBD the/the/DT decision/decision/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)")));
    assertThat(coded).anyMatch(t -> t.startsWith("INDBUS INDGOV 05"));
  }
}
