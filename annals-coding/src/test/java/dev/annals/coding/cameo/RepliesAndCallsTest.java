package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A call named as the occasion of a verb is with that verb's other side; an act joined by "and" to one aimed at its doer answers it; what one telephones someone to do is one's own, done to them. */
class RepliesAndCallsTest {
  // "Chile's president raised the matter with Peru's president in a telephone call, and Peru's president promised a solution."
  private static final String WORDS = "Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN raised/raise/VBD the/the/DT matter/matter/NN with/with/IN "
      + "Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN in/in/IN a/a/DT telephone/telephone/NN call/call/NN ,/,/, and/and/CC "
      + "Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN promised/promise/VBD a/a/DT solution/solution/NN ././.";
  private static final String EDGES = "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(10,7) nmod:poss(10,8) case(8,9) obl:with(4,10) "
      + "case(14,11) det(14,12) compound(14,13) obl:in(4,14) punct(4,15) cc(19,16) nmod:poss(19,17) case(17,18) nsubj(20,19) conj:and(4,20) det(22,21) obj(20,22) punct(4,23)";

  @Test
  void theCallIsWithWhomTheMatterWasRaised() {
    assertThat(code(WORDS, EDGES).events()).extracting(e -> triple(e)).contains("CHLGOV PERGOV 041");
  }

  @Test
  void theCallIsWithWhomTheMatterWasRaisedWhenTheWithHangsOnTheMatter() {
    // The same sentence, parsed with the "with" on the matter: nmod:with(matter, president).
    assertThat(code(WORDS, EDGES.replace("obl:with(4,10)", "nmod:with(6,10)")).events()).extracting(e -> triple(e)).contains("CHLGOV PERGOV 041");
  }

  @Test
  void thePromiseAnswersTheOneWhoRaisedIt() {
    assertThat(code(WORDS, EDGES).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERGOV CHLGOV 03"));
  }

  @Test
  void haltingACountrysImportsIsAnEmbargoOnIt() {
    // "Chile's agricultural watchdog halted imports of wheat from Peru."
    assertThat(code("Chile/Chile/NNP/LOCATION 's/'s/POS agricultural/agricultural/JJ watchdog/watchdog/NN halted/halt/VBD imports/import/NNS of/of/IN "
            + "wheat/wheat/NN from/from/IN Peru/Peru/NNP/LOCATION ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) case(8,7) nmod:of(6,8) case(10,9) obl:from(5,10) punct(5,11)").events())
        .extracting(e -> triple(e)).contains("CHLGOV PER 163");
  }

  /** "Chile's president telephoned Peru's president to offer condolences.", the infinitive left with no subject of its own (as DayReadAsSubjectOfInfinitive leaves it). */
  private static java.util.List<String> telephonedToOffer(String control) {
    return code(new dev.annals.coding.HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN telephoned/telephone/VBD Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN "
            + "to/to/TO offer/offer/VB condolences/condolence/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) " + control + "mark(9,8) xcomp(4,9) obj(9,10) punct(4,11)"))
        .events().stream().map(e -> triple(e)).toList();
  }

  @Test
  void whatOneTelephonesSomeoneToDoIsOnesOwnAndDoneToThem() {
    assertThat(telephonedToOffer("")).contains("CHLGOV PERGOV 018");
  }
}
