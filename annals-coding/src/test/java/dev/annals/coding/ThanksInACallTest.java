package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A call told with no one named is with whom the act told in it is aimed at (StatementsInCalls);
 * two verbs joined before one object share it (repair); "the assault" judged is the latest
 * violence (AntecedentTargets); a state defending its own police answers its critic
 * (LawfulnessDefended).
 */
class ThanksInACallTest {
  @Test
  void aCallInWhichOneThanksAnotherIsWithThatOther() {
    // "Peru's president thanked Chile's president in a telephone call."
    var article = code(new HandBuiltText().sentence("Peru/Peru/NNP/LOCATION ~'s/'s/POS president/president/NN thanked/thank/VBD Chile/Chile/NNP/LOCATION "
            + "~'s/'s/POS president/president/NN in/in/IN a/a/DT telephone/telephone/NN call/call/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) case(11,8) det(11,9) compound(11,10) obl:in(4,11) punct(4,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("PERGOV CHLGOV 051", "PERGOV CHLGOV 041");
  }

  @Test
  void anAssaultJudgedIsTheLatestViolenceNotAnArrestOfTheJudgesPeople() {
    // "A Peruvian man beat a Chilean trader. Chilean police arrested the man. Peru's embassy condemned the assault."
    var article = code(new HandBuiltText()
        .sentence("A/a/DT Peruvian/Peruvian/JJ/MISC man/man/NN beat/beat/VBD a/a/DT Chilean/Chilean/JJ/MISC trader/trader/NN ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) punct(4,8)")
        .sentence("Chilean/Chilean/JJ/MISC police/police/NNS arrested/arrest/VBD the/the/DT man/man/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)")
        .sentence("Peru/Peru/NNP/LOCATION ~'s/'s/POS embassy/embassy/NN condemned/condemn/VBD the/the/DT assault/assault/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("PERGOV PERCVL 111").doesNotContain("PERGOV CHLCOP 111");
  }

  @Test
  void aStateDefendingItsOwnPoliceAnswersItsCritic() {
    // "Slovenian police detained two Austrians. Austria criticised Slovenia. Slovenia's ministry defended the police."
    var article = code(new HandBuiltText()
        .sentence("Slovenian/Slovenian/JJ/MISC police/police/NNS detained/detain/VBD two/two/CD Austrians/Austrians/NNPS/MISC ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) punct(3,6)")
        .sentence("Austria/Austria/NNP/LOCATION criticised/criticise/VBD Slovenia/Slovenia/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Slovenia/Slovenia/NNP/LOCATION ~'s/'s/POS ministry/ministry/NN defended/defend/VBD the/the/DT police/police/NNS ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("SVNGOV AUT 052").doesNotContain("SVNGOV SVNCOP 052");
  }

  @Test
  void peoplePardonedAndFreedAreFreed() {
    // "Qatar pardoned and freed nine Indian sailors."
    var article = code(new HandBuiltText().sentence("Qatar/Qatar/NNP/LOCATION pardoned/pardon/VBD and/and/CC freed/free/VBD nine/nine/CD "
            + "Indian/Indian/JJ/MISC sailors/sailor/NNS ././.",
        "nsubj(2,1) root(0,2) cc(4,3) conj:and(2,4) nsubj(4,1) nummod(7,5) amod(7,6) obj(2,7) punct(2,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("QAT IND") && t.endsWith(" 0841"));
  }
}
