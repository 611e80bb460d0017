package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People told again by their count ("the three", "them" after "the five"), counterparts and
 * forces of police (actors/PairPhrases, Pronouns, PhraseResolver), and whom aid no one was named
 * for goes to (AidRecipients).
 */
class CountedPeopleAndAidAnsweredTest {
  /** "Peruvian police detained three Bolivian citizens." */
  private static final String DETAINED = "Peruvian/Peruvian/JJ/MISC police/police/NNS detained/detain/VBD three/three/CD Bolivian/Bolivian/JJ/MISC "
      + "citizens/citizen/NNS ././.";
  private static final String DETAINED_EDGES = "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)";

  @Test
  void theThreeAreThePeopleLastCountedByThree() {
    // "… The three were released on Monday."
    var article = code(new HandBuiltText().sentence(DETAINED, DETAINED_EDGES)
        .sentence("The/the/DT three/three/CD were/be/VBD released/release/VBN on/on/IN Monday/Monday/NNP ././.",
            "det(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) case(6,5) obl:on(4,6) punct(4,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERCOP BOLCVL 084"));
  }

  @Test
  void allThreeAreThePeopleLastCountedByThree() {
    // "… Peru freed all three on Monday."
    var article = code(new HandBuiltText().sentence(DETAINED, DETAINED_EDGES)
        .sentence("Peru/Peru/NNP/LOCATION freed/free/VBD all/all/DT three/three/CD on/on/IN Monday/Monday/NNP ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:on(2,6) punct(2,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER BOLCVL 084"));
  }

  @Test
  void themIsTheCountedPeopleBeforeIt() {
    // "… Bolivia had issued warrants. Peru deported the three to Sucre, where Bolivian police
    // arrested them." (The warrants, nearer, name no one.)
    var article = code(new HandBuiltText().sentence(DETAINED, DETAINED_EDGES)
        .sentence("Bolivia/Bolivia/NNP/LOCATION had/have/VBD issued/issue/VBN warrants/warrant/NNS ././.", "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) punct(3,5)")
        .sentence("Peru/Peru/NNP/LOCATION deported/deport/VBD the/the/DT three/three/CD to/to/IN Sucre/Sucre/NNP/LOCATION ,/,/, where/where/WRB "
                + "Bolivian/Bolivian/JJ/MISC police/police/NNS arrested/arrest/VBD them/they/PRP ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:to(2,6) punct(6,7) advmod(11,8) amod(10,9) nsubj(11,10) acl:relcl(6,11) obj(11,12) punct(2,13)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("BOLCOP BOLCVL 173");
  }

  @Test
  void thePolicesCounterpartsArePoliceAndTheTwoForcesAreBoth() {
    // "Spain's police thanked its Moroccan counterparts and said the two forces would share intelligence."
    var article = code(new HandBuiltText().sentence("Spain/Spain/NNP/LOCATION 's/'s/POS police/police/NNS thanked/thank/VBD its/its/PRP$ "
            + "Moroccan/Moroccan/JJ/MISC counterparts/counterpart/NNS and/and/CC said/say/VBD the/the/DT two/two/CD forces/force/NNS would/would/MD "
            + "share/share/VB intelligence/intelligence/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) amod(7,6) obj(4,7) cc(9,8) conj:and(4,9) nsubj(9,3) det(12,10) nummod(12,11) "
            + "nsubj(14,12) aux(14,13) ccomp(9,14) obj(14,15) punct(4,16)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("ESPCOP MARCOP 051");
    assertThat(article.actors()).filteredOn(m -> m.surface().equals("the two forces")).extracting(m -> m.actor().code())
        .containsExactlyInAnyOrder("ESPCOP", "MARCOP");
  }

  @Test
  void reliefLandedGoesToTheStateThatThanksItsGiver() {
    // "A Fijian air force plane landed on Vanua Levu with tarpaulins. Tonga's prime minister thanked Fiji."
    var article = code(new HandBuiltText()
        .sentence("A/a/DT Fijian/Fijian/JJ/MISC air/air/NN force/force/NN plane/plane/NN landed/land/VBD on/on/IN Vanua/Vanua/NNP/LOCATION "
                + "Levu/Levu/NNP/LOCATION with/with/IN tarpaulins/tarpaulin/NNS ././.",
            "det(5,1) amod(5,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) case(9,7) compound(9,8) obl:on(6,9) case(11,10) obl:with(6,11) punct(6,12)")
        .sentence("Tonga/Tonga/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN thanked/thank/VBD Fiji/Fiji/NNP/LOCATION ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("FJI") && t.endsWith(" TONGOV 073"));
  }

  @Test
  void protectionSentGoesToNoStateThatOnlyVoicedSupportForItsGiver() {
    // "Brunei's navy sent a vessel to guard the platform. Malaysia expressed support for Brunei.":
    // support voiced is no thanks for the guard.
    var article = code(new HandBuiltText()
        .sentence("Brunei/Brunei/NNP/LOCATION 's/'s/POS navy/navy/NN sent/send/VBD a/a/DT vessel/vessel/NN to/to/TO guard/guard/VB the/the/DT "
                + "platform/platform/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) mark(8,7) advcl:to(4,8) det(10,9) obj(8,10) punct(4,11)")
        .sentence("Malaysia/Malaysia/NNP/LOCATION expressed/express/VBD support/support/NN for/for/IN Brunei/Brunei/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:for(3,5) punct(2,6)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("BRN") && t.contains(" MYS") && t.endsWith(" 074"));
  }
}
