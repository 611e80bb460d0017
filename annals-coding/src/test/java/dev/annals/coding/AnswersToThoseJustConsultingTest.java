package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A rejection or undertaking naming no one, right after another side consulted its maker, answers
 * that side; so does an offer right after another country protested to its maker.
 */
class AnswersToThoseJustConsultingTest {
  private static final String TALKS = "Chile/Chile/NNP/LOCATION held/hold/VBD talks/talk/NNS with/with/IN Peru/Peru/NNP/LOCATION ././.";
  private static final String TALKS_EDGES = "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:with(2,5) punct(2,6)";

  @Test
  void aRefusalRightAfterTalksAnswersTheSideThatHeldThem() {
    // "Chile held talks with Peru. Peru refused the exemption."
    var article = code(new HandBuiltText().sentence(TALKS, TALKS_EDGES)
        .sentence("Peru/Peru/NNP/LOCATION refused/refuse/VBD the/the/DT exemption/exemption/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(triples(article)).anyMatch(t -> t.matches("PER CHL 12\\d*"));
  }

  @Test
  void aRefusalBySomeoneElseIsNotAimedAtTheTalks() {
    // "Chile held talks with Peru. Bolivia refused the exemption."
    var article = code(new HandBuiltText().sentence(TALKS, TALKS_EDGES)
        .sentence("Bolivia/Bolivia/NNP/LOCATION refused/refuse/VBD the/the/DT exemption/exemption/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(triples(article)).noneMatch(t -> t.matches("BOL CHL 12\\d*"));
  }

  @Test
  void anOfferRightAfterAnotherCountrysProtestAnswersThatCountry() {
    // "Liechtenstein sent a protest note to Prague. The Czech government offered on Wednesday to revive a joint commission."
    var article = code(new HandBuiltText().sentence(
        "Liechtenstein/Liechtenstein/NNP/LOCATION sent/send/VBD a/a/DT protest/protest/NN note/note/NN to/to/IN Prague/Prague/NNP/LOCATION "
            + "././.",
        "root(0,2) nsubj(2,1) obj(2,5) obl:to(2,7) punct(2,8) det(5,3) compound(5,4) case(7,6)").sentence(
        "The/the/DT Czech/Czech/JJ government/government/NN offered/offer/VBD on/on/IN Wednesday/Wednesday/NNP to/to/TO revive/revive/VB "
            + "a/a/DT joint/joint/JJ commission/commission/NN ././.",
        "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obl:on(4,6) xcomp(4,8) punct(4,12) nsubj:xsubj(8,3) mark(8,7) obj(8,11) case(6,5) "
            + "det(11,9) amod(11,10)"));
    assertThat(triples(article)).anyMatch(t -> t.matches("CZEGOV LIE 03\\d*"));
  }

  @Test
  void anOfferAfterItsOwnOppositionsAccusationIsNoAnswerToIt() {
    // "Liechtenstein's opposition accused the government of neglect. The government offered on Wednesday to revive a joint commission."
    var article = code(new HandBuiltText().sentence(
        "Liechtenstein/Liechtenstein/NNP/LOCATION 's/'s/POS opposition/opposition/NN accused/accuse/VBD the/the/DT government/government/NN "
            + "of/of/IN neglect/neglect/NN ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) obl:of(4,8) punct(4,9) det(6,5) case(8,7)").sentence(
        "The/the/DT government/government/NN offered/offer/VBD on/on/IN Wednesday/Wednesday/NNP to/to/TO revive/revive/VB a/a/DT "
            + "joint/joint/JJ commission/commission/NN ././.",
        "root(0,3) det(2,1) nsubj(3,2) obl:on(3,5) xcomp(3,7) punct(3,11) nsubj:xsubj(7,2) mark(7,6) obj(7,10) case(5,4) det(10,8) "
            + "amod(10,9)"));
    assertThat(triples(article)).noneMatch(t -> t.matches("LIEGOV LIEOPP 03\\d*"));
  }

  @Test
  void anUndertakingThatIsNoOfferIsNoAnswerToAProtest() {
    // "Colombia sent a protest note to Washington. The US government pledged on Sunday to cooperate."
    var article = code(new HandBuiltText().sentence(
        "Colombia/Colombia/NNP/LOCATION sent/send/VBD a/a/DT protest/protest/NN note/note/NN to/to/IN Washington/Washington/NNP/LOCATION "
            + "././.",
        "root(0,2) nsubj(2,1) obj(2,5) obl:to(2,7) punct(2,8) det(5,3) compound(5,4) case(7,6)").sentence(
        "The/the/DT US/US/NNP/LOCATION government/government/NN pledged/pledge/VBD on/on/IN Sunday/Sunday/NNP to/to/TO "
            + "cooperate/cooperate/VB ././.",
        "root(0,4) det(3,1) compound(3,2) nsubj(4,3) compound:prt(4,5) obl:tmod(4,6) xcomp(4,8) punct(4,9) nsubj:xsubj(8,3) mark(8,7)"));
    assertThat(triples(article)).noneMatch(t -> t.matches("USAGOV COL 03\\d*"));
  }
}
