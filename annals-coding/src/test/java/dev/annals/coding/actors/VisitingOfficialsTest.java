package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** "The visiting leader" is the state's whose official the story last told coming on a visit (PhraseResolver.visitingOne). */
class VisitingOfficialsTest {
  private static final String ARRIVED = "Paraguay/Paraguay/NNP/LOCATION 's/'s/POS president/president/NN arrived/arrive/VBD in/in/IN Santiago/Santiago/NNP/LOCATION "
      + "and/and/CC met/meet/VBD Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN ././.";
  private static final String ARRIVED_EDGES = "nmod:poss(3,1) case(1,2) nsubj(4,3) nsubj(8,3) root(0,4) case(6,5) obl:in(4,6) cc(8,7) conj:and(4,8) "
      + "nmod:poss(11,9) case(9,10) obj(8,11) punct(4,12)";

  /** "Chile's ministry praised Brazil.": the host's government told last. */
  private static final String PRAISED = "Chile/Chile/NNP/LOCATION 's/'s/POS ministry/ministry/NN praised/praise/VBD Brazil/Brazil/NNP/LOCATION ././.";
  private static final String PRAISED_EDGES = "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)";

  @Test
  void theVisitingLeaderIsTheVisitorsNotTheHostsOfficial() {
    // "Paraguay's president arrived in Santiago and met Chile's president. Chile's ministry praised
    // Brazil. The visiting leader thanked Chile."
    var text = new HandBuiltText().sentence(ARRIVED, ARRIVED_EDGES).sentence(PRAISED, PRAISED_EDGES).sentence(
        "The/the/DT visiting/visit/VBG leader/leader/NN thanked/thank/VBD Chile/Chile/NNP/LOCATION ././.", "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> triple(e)).contains("PRYGOV CHL 051");
  }

  @Test
  void aVisitingLeaderWithNoVisitToldIsLeftToTheStory() {
    // "Paraguay's president met Chile's president. Chile's ministry praised Brazil. The visiting
    // leader thanked Chile.": no one told coming; the rule gives no one.
    var text = new HandBuiltText().sentence(ARRIVED.replace("arrived/arrive/VBD in/in/IN Santiago/Santiago/NNP/LOCATION and/and/CC ", ""),
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) punct(4,8)").sentence(PRAISED, PRAISED_EDGES).sentence(
        "The/the/DT visiting/visit/VBG leader/leader/NN thanked/thank/VBD Chile/Chile/NNP/LOCATION ././.", "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> triple(e)).doesNotContain("PRYGOV CHL 051");
  }

  @Test
  void theVisitorIsTheOneTheStoryToldHoldingTalksInAnotherCountry() {
    // "Myanmar's leader held talks with Russia's president in Moscow on Tuesday. The visitor thanked
    // Moscow for its support."
    var text = new HandBuiltText().sentence(
        "Myanmar/Myanmar/NNP/LOCATION 's/'s/POS leader/leader/NN held/hold/VBD talks/talk/NNS with/with/IN Russia/Russia/NNP/LOCATION "
            + "'s/'s/POS president/president/NN in/in/IN Moscow/Moscow/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,5) obl:on(4,13) punct(4,14) nmod:with(5,9) nmod:in(5,11) case(9,6) "
            + "nmod:poss(9,7) case(7,8) case(11,10) case(13,12)").sentence(
        "The/the/DT visitor/visitor/NN thanked/thank/VBD Moscow/Moscow/NNP/LOCATION for/for/IN its/its/PRP$ support/support/NN ././.",
        "root(0,3) det(2,1) nsubj(3,2) obj(3,4) obl:for(3,7) punct(3,8) case(7,5) nmod:poss(7,6)");
    assertThat(dev.annals.coding.HandCoding.code(text, java.time.LocalDate.of(2026, 10, 17)).events()).extracting(e -> triple(e)).contains("MMRGOV RUSGOV 051");
  }

  @Test
  void talksAtHomeMakeNoOneTheVisitor() {
    // "Myanmar's leader held talks with Russia's president in Naypyitaw on Tuesday. The visitor
    // thanked Myanmar for its support.": talks in one's own capital are no visit of one's own.
    var text = new HandBuiltText().sentence(
        "Myanmar/Myanmar/NNP/LOCATION 's/'s/POS leader/leader/NN held/hold/VBD talks/talk/NNS with/with/IN Russia/Russia/NNP/LOCATION "
            + "'s/'s/POS president/president/NN in/in/IN Naypyitaw/Naypyitaw/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,5) obl:on(4,13) punct(4,14) nmod:with(5,9) nmod:in(5,11) case(9,6) "
            + "nmod:poss(9,7) case(7,8) case(11,10) case(13,12)").sentence(
        "The/the/DT visitor/visitor/NN thanked/thank/VBD Myanmar/Myanmar/NNP/LOCATION for/for/IN its/its/PRP$ support/support/NN ././.",
        "root(0,3) det(2,1) nsubj(3,2) obj(3,4) obl:for(3,7) punct(3,8) case(7,5) nmod:poss(7,6)");
    assertThat(dev.annals.coding.HandCoding.code(text, java.time.LocalDate.of(2026, 10, 17)).events()).extracting(e -> triple(e)).doesNotContain("MMRGOV MMR 051");
  }
}
