package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Captives flown out, threats told in the passive, offices named by whom they serve, and money given to people. */
class CaptivesFlownAndThreatsTest {
  @Test
  void peopleHeldSinceATimeBeforeTheirReleaseAreNoArrestOfTheDay() {
    // "Houthi rebels on Sunday freed six Indian sailors who had been held since their tanker was seized …, and a Djiboutian navy plane flew them to Djibouti": their detention is how long they were held before the release, no arrest by Djibouti's police.
    var article = code(new HandBuiltText().sentence(
        "Houthi/houthi/JJ rebels/rebel/NNS on/on/IN Sunday/Sunday/NNP freed/free/VBD six/six/CD Indian/Indian/JJ sailors/sailor/NNS "
            + "who/who/WP had/have/VBD been/be/VBN held/hold/VBN since/since/IN their/they/PRP$ tanker/tanker/NN was/be/VBD seized/seize/VBN "
            + "in/in/IN the/the/DT Gulf/Gulf/NNP/LOCATION of/of/IN/LOCATION Aden/Aden/NNP/LOCATION ,/,/, and/and/CC a/a/DT "
            + "Djiboutian/Djiboutian/JJ navy/navy/NN plane/plane/NN flew/fly/VBD them/they/PRP to/to/IN Djibouti/Djibouti/NNP/LOCATION ,/,/, "
            + "Djibouti/Djibouti/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD ././.",
        "root(0,5) amod(2,1) nmod:on(2,4) nsubj(5,2) obj(5,8) punct(5,23) conj:and(5,29) dep(5,38) punct(5,39) case(4,3) nummod(8,6) "
            + "amod(8,7) ref(8,9) acl:relcl(8,12) nsubj:pass(12,8) aux(12,10) aux:pass(12,11) advcl:since(12,17) mark(17,13) nsubj:pass(17,15) "
            + "aux:pass(17,16) obl:in(17,20) nmod:poss(15,14) case(20,18) det(20,19) nmod:of(20,22) case(22,21) cc(29,24) nsubj(29,28) obj(29,30) "
            + "obl:to(29,32) det(28,25) amod(28,26) compound(28,27) case(32,31) punct(32,33) appos(32,37) nmod:poss(37,34) amod(37,36) "
            + "case(34,35)"), LocalDate.of(2026, 3, 11));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.matches("\\S+ \\S+ 173"));
  }

  @Test
  void captivesAnotherSideFliesOutAreHelped() {
    // "Somali pirates freed 12 Indian sailors on Sunday, and a Kenyan air force plane flew them to Mombasa."
    var article = code(new HandBuiltText().sentence(
        "Somali/Somali/JJ pirates/pirate/NNS freed/free/VBN 12/12/CD Indian/Indian/JJ sailors/sailor/NNS on/on/IN Sunday/Sunday/NNP ,/,/, "
            + "and/and/CC a/a/DT Kenyan/Kenyan/JJ air/air/NN force/force/NN plane/plane/NN flew/fly/VBD them/they/PRP to/to/IN "
            + "Mombasa/Mombasa/NNP/LOCATION ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:on(3,8) punct(3,9) conj:and(3,16) punct(3,20) nummod(6,4) amod(6,5) case(8,7) "
            + "cc(16,10) nsubj(16,15) obj(16,17) obl:to(16,19) det(15,11) amod(15,12) compound(15,14) compound(14,13) case(19,18)"), LocalDate.of(2026, 3, 11));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("KENMIL IND\\w* 070"));
  }

  @Test
  void prisonersFlownOutByTheirOwnJailersAreSentAwayNotHelped() {
    // "Belarus freed 14 prisoners on Friday and flew them to Vilnius": exile, not aid.
    var article = code(new HandBuiltText().sentence(
        "Belarus/Belarus/NNP/LOCATION freed/free/VBD 14/14/CD prisoners/prisoner/NNS on/on/IN Friday/Friday/NNP and/and/CC flew/fly/VBD "
            + "them/they/PRP to/to/TO Vilnius/Vilnius/NNP/LOCATION ././.",
        "root(0,2) nsubj(2,1) obj(2,4) obl:on(2,6) conj:and(2,8) punct(2,12) nsubj(8,1) cc(8,7) obj(8,9) obl:to(8,11) nummod(4,3) case(6,5) "
            + "case(11,10)"), LocalDate.of(2026, 3, 11));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.matches("\\S+ \\S+ 070"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("BLR \\S+ 0841"));
  }

  @Test
  void aThreatOfAttacksToldInThePassiveIsAimedAtWhomTheirTargetsTradeWith() {
    // "The Houthis called the release a goodwill gesture. They warned that tankers trading with Israel would still be attacked": "They" are the Houthis, though the tagger reads the name as singular.
    var article = code(new HandBuiltText().sentence(
        "The/the/DT Houthis/Houthis/NNP called/call/VBD the/the/DT release/release/NN a/a/DT goodwill/goodwill/NN gesture/gesture/NN ././.",
        "root(0,3) det(2,1) nsubj(3,2) xcomp(3,8) punct(3,9) det(5,4) nsubj(8,5) det(8,6) compound(8,7)").sentence(
        "They/they/PRP warned/warn/VBD that/that/IN tankers/tanker/NNS trading/trade/VBG with/with/IN Israel/Israel/NNP/LOCATION "
            + "would/would/MD still/still/RB be/be/VB attacked/attack/VBN ././.",
        "root(0,2) nsubj(2,1) ccomp(2,11) punct(2,12) mark(11,3) nsubj:pass(11,4) aux(11,8) advmod(11,9) aux:pass(11,10) acl(4,5) "
            + "obl:with(5,7) case(7,6)"), LocalDate.of(2026, 3, 11));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("HOUTHIS ISR 138\\d*"));
  }

  @Test
  void aDepartmentNamedByThePeopleItServesIsItsGovernments() {
    // "Nepal's migrant workers department criticised Qatar on Monday."
    var article = code(new HandBuiltText().sentence(
        "Nepal/Nepal/NNP/LOCATION 's/'s/POS migrant/migrant/JJ workers/worker/NNS department/department/NN criticised/criticise/VBD "
            + "Qatar/Qatar/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "root(0,6) nmod:poss(5,1) compound(5,4) case(1,2) amod(4,3) nsubj(6,5) obj(6,7) obl:on(6,9) punct(6,10) case(9,8)"), LocalDate.of(2026, 3, 11));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("NPLGOV QAT\\w* 111"));
  }

  @Test
  void pesosGivenToPeopleAreAidToThem() {
    // "Mexico will give the returning workers 2,000 pesos, the foreign ministry said on Monday": announced, the gift is an intent.
    var article = code(new HandBuiltText().sentence(
        "Mexico/Mexico/NNP/LOCATION will/will/MD give/give/VB the/the/DT returning/return/VBG workers/worker/NNS 2,000/2000/CD "
            + "pesos/peso/NNS ,/,/, the/the/DT foreign/foreign/JJ ministry/ministry/NN said/say/VBD on/on/IN Monday/Monday/NNP ././.",
        "root(0,3) nsubj(3,1) aux(3,2) iobj(3,6) obj(3,8) punct(3,16) det(6,4) amod(6,5) nummod(8,7) punct(8,9) dep(8,13) det(12,10) "
            + "amod(12,11) nsubj(13,12) obl:on(13,15) case(15,14)"), LocalDate.of(2026, 3, 11));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("MEX\\w* MEXLAB (071|0331)"));
  }

  @Test
  void peopleTakenInByPronounAreSheltered() {
    // "Greek police rescued 40 Syrian migrants on Monday. Germany said it would take them in."
    var article = code(new HandBuiltText().sentence(
        "Greek/Greek/JJ police/police/NN rescued/rescue/VBD 40/40/CD Syrian/Syrian/JJ migrants/migrant/NNS on/on/IN Monday/Monday/NNP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:on(3,8) punct(3,9) nummod(6,4) amod(6,5) case(8,7)").sentence(
        "Germany/Germany/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD take/take/VB them/they/PRP in/in/IN ././.",
        "root(0,2) nsubj(2,1) ccomp(2,5) punct(2,8) nsubj(5,3) aux(5,4) obj(5,6) compound:prt(5,7)"), LocalDate.of(2026, 3, 11));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("DEU\\w* SYRCVL 03\\d*"));
  }
}
