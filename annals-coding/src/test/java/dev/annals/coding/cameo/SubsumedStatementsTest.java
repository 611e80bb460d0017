package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A statement whose content is coded as the same side's act adds nothing (SubsumedStatements). */
class SubsumedStatementsTest {
  @Test
  void theStatementAnActWasMadeInIsNoEventOfItsOwn() {
    // "Boko Haram claimed the raid in a statement on Thursday." (The statement has the day, and
    // would be the event's best-dated mention.)
    assertThat(code("Boko/Boko/NNP/ORGANIZATION Haram/Haram/NNP/ORGANIZATION claimed/claim/VBD the/the/DT raid/raid/NN in/in/IN a/a/DT statement/statement/NN "
        + "on/on/IN Thursday/Thursday/NNP/DATE ././.",
        "compound(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) obl:in(3,8) case(10,9) nmod:on(8,10) punct(3,11)").events())
        .extracting(e -> e.type().code()).containsExactly("015");
  }

  @Test
  void insistingBesideARejectionIsNoStatement() {
    // "Chile rejected Peru's note, insisting the waters were Chilean."
    assertThat(code("Chile/Chile/NNP/LOCATION rejected/reject/VBD Peru/Peru/NNP/LOCATION 's/'s/POS note/note/NN ,/,/, insisting/insist/VBG the/the/DT waters/water/NNS "
        + "were/be/VBD Chilean/Chilean/JJ/MISC ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6) advcl(2,7) det(9,8) nsubj(11,9) cop(11,10) ccomp(7,11) punct(2,12)").events())
        .extracting(e -> e.type().rootCode()).contains("12").doesNotContain("01");
  }

  @Test
  void aGovernmentSayingItsCountryWillActIsTheActAlone() {
    // "The German government said Germany would keep turning migrants away": the state speaks
    // for the country, so the announced act is the event and the bare statement adds nothing.
    assertThat(code("The/the/DT German/German/JJ/MISC government/government/NN said/say/VBD Germany/Germany/NNP/LOCATION would/would/MD keep/keep/VB "
        + "turning/turn/VBG migrants/migrant/NNS away/away/RP ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) nsubj(7,5) aux(7,6) ccomp(4,7) xcomp(7,8) obj(8,9) compound:prt(8,10) punct(4,11)").events())
        .extracting(e -> e.type().code()).isNotEmpty().doesNotContain("010");
  }

  @Test
  void anOppositionSayingTheStateWillActStillSpeaks() {
    // A rights group is not the state's side: what it says Germany will do is its statement.
    assertThat(code("Amnesty/Amnesty/NNP/ORGANIZATION International/International/NNP/ORGANIZATION said/say/VBD Germany/Germany/NNP/LOCATION would/would/MD "
        + "keep/keep/VB turning/turn/VBG migrants/migrant/NNS away/away/RP ././.",
        "compound(2,1) nsubj(3,2) root(0,3) nsubj(6,4) aux(6,5) ccomp(3,6) xcomp(6,7) obj(7,8) compound:prt(7,9) punct(3,10)").events())
        .extracting(e -> e.type().code()).contains("010").hasSizeGreaterThan(1);
  }

  @Test
  void aStatementStaysWhenWhatItReportsIsNoEvent() {
    // "China's embassy said it opposed any attempt.": the opposing is aimed at no one and goes;
    // the statement is then the event.
    assertThat(code("China/China/NNP/LOCATION 's/'s/POS embassy/embassy/NN said/say/VBD it/it/PRP opposed/oppose/VBD any/any/DT attempt/attempt/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nsubj(6,5) ccomp(4,6) det(8,7) obj(6,8) punct(4,9)").events())
        .extracting(e -> e.type().code()).containsExactly("010");
  }

  @Test
  void aStatementJoinedToTheSameSidesActIsNoEventOfItsOwn() {
    // "Kyrgyzstan summoned the EU envoy and said the decision was unfair."
    assertThat(code("Kyrgyzstan/Kyrgyzstan/NNP/LOCATION summoned/summon/VBD the/the/DT EU/EU/NNP/ORGANIZATION envoy/envoy/NN and/and/CC said/say/VBD "
            + "the/the/DT decision/decision/NN was/be/VBD unfair/unfair/JJ ././.",
        "nsubj(2,1) root(0,2) det(5,3) compound(5,4) obj(2,5) cc(7,6) conj:and(2,7) nsubj(7,1) det(9,8) nsubj(11,9) cop(11,10) ccomp(7,11) punct(2,12)").events())
        .extracting(e -> e.type().code()).contains("114").doesNotContain("010");
  }

  @Test
  void aStatementAloneStays() {
    // "Kyrgyzstan said the decision was unfair."
    assertThat(code("Kyrgyzstan/Kyrgyzstan/NNP/LOCATION said/say/VBD the/the/DT decision/decision/NN was/be/VBD unfair/unfair/JJ ././.",
        "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) cop(6,5) ccomp(2,6) punct(2,7)").events())
        .extracting(e -> e.type().code()).contains("010");
  }

  @Test
  void aStatementJoinedOnWithASubjectOfItsOwnIsASecondAct() {
    // "Hanoi summoned Canada's ambassador, and Vietnam's foreign ministry said the trial had been
    // fair.": the ministry's words are no reason told for the summons.
    assertThat(code(new dev.annals.coding.HandBuiltText()
        .sentence("Hanoi/Hanoi/NNP/LOCATION summoned/summon/VBD Canada/Canada/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN "
            + ",/,/, and/and/CC Vietnam/Vietnam/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD "
            + "the/the/DT trial/trial/NN had/have/VBD been/be/VBN fair/fair/JJ ././.",
            "root(0,2) nsubj(2,1) obj(2,5) punct(2,6) conj:and(2,12) punct(2,18) nmod:poss(5,3) case(3,4) cc(12,7) "
            + "nsubj(12,11) ccomp(12,17) nmod:poss(11,8) amod(11,10) case(8,9) det(14,13) nsubj(17,14) aux(17,15) cop(17,16)")).events())
        .extracting(e -> e.type().code()).contains("114", "010");
  }
}
