package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Aid with no recipient named goes where the story's aid goes; concerns conveyed; joint flights. */
class AidRecipientsTest {
  private static final String CHILE_SENT_AID = "Chile/Chile/NNP/LOCATION sent/send/VBD aid/aid/NN to/to/IN Peru/Peru/NNP/LOCATION ././.";
  private static final String CHILE_SENT_AID_EDGES = "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) punct(2,6)";

  @Test
  void aidPledgedWithNoRecipientGoesWhereTheStorysAidWent() {
    // "Chile sent aid to Peru. Brazil pledged 5 million dollars."
    HandBuiltText text = new HandBuiltText()
        .sentence(CHILE_SENT_AID, CHILE_SENT_AID_EDGES)
        .sentence("Brazil/Brazil/NNP/LOCATION pledged/pledge/VBD 5/5/CD million/million/CD dollars/dollar/NNS ././.",
            "nsubj(2,1) root(0,2) compound(4,3) nummod(5,4) obj(2,5) punct(2,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BRA PER 033"));
  }

  @Test
  void aidOnlyPlannedFindsNoRecipientThisWay() {
    // "Chile sent aid to Peru. Brazil would send experts.": a plan may go to a third side.
    HandBuiltText text = new HandBuiltText()
        .sentence(CHILE_SENT_AID, CHILE_SENT_AID_EDGES)
        .sentence("Brazil/Brazil/NNP/LOCATION would/would/MD send/send/VB experts/expert/NNS ././.", "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) punct(3,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("BRA PER"));
  }

  @Test
  void concernsConveyedToAStateAreAimedAtIt() {
    // "Japan conveyed concerns to China."
    assertThat(code("Japan/Japan/NNP/LOCATION conveyed/convey/VBD concerns/concern/NNS to/to/IN China/China/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) punct(2,6)").events())
        .extracting(e -> triple(e)).contains("JPN CHN 012");
  }

  @Test
  void forcesFlyingTogetherCooperateMilitarily() {
    // "Russian and Chinese bombers flew together."
    assertThat(code("Russian/Russian/JJ/MISC and/and/CC Chinese/Chinese/JJ/MISC bombers/bomber/NNS flew/fly/VBD together/together/RB ././.",
        "amod(4,1) cc(3,2) conj:and(1,3) amod(4,3) nsubj(5,4) root(0,5) advmod(5,6) punct(5,7)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.endsWith(" 062"));
  }

  @Test
  void aidForAThingOfACountryGoesToThatCountry() {
    // "The African Development Bank lent 500 million dollars for the Zambian section of the line."
    var events = dev.annals.coding.HandCoding.code("The/the/DT African/African/NNP/ORGANIZATION Development/Development/NNP/ORGANIZATION "
            + "Bank/Bank/NNP/ORGANIZATION lent/lend/VBD 500/500/CD million/million/CD dollars/dollar/NNS for/for/IN the/the/DT Zambian/Zambian/JJ/MISC "
            + "section/section/NN of/of/IN the/the/DT line/line/NN ././.",
        "det(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) compound(7,6) nummod(8,7) obj(5,8) case(12,9) det(12,10) amod(12,11) obl:for(5,12) "
            + "case(15,13) det(15,14) nmod:of(12,15) punct(5,16)").events();
    org.assertj.core.api.Assertions.assertThat(events).extracting(dev.annals.coding.HandCoding::triple).anyMatch(t -> t.startsWith("AFDB ZMB 07"));
  }

  @Test
  void aidPledgedAfterADisasterGoesWhereItStruck() {
    // "Ireland pledged 2 million euros in emergency aid on Friday after floods killed 30 people in
    // northern Malawi."
    HandBuiltText text = new HandBuiltText()
        .sentence("Ireland/Ireland/NNP/LOCATION pledged/pledge/VBD 2/2/CD million/million/CD euros/euro/NNS in/in/IN "
            + "emergency/emergency/NN aid/aid/NN on/on/IN Friday/Friday/NNP after/after/IN floods/flood/NNS killed/kill/VBD "
            + "30/30/CD people/person/NNS in/in/IN northern/northern/JJ Malawi/Malawi/NNP/LOCATION ././.",
            "root(0,2) nsubj(2,1) obj(2,5) obl:on(2,10) advcl:after(2,13) punct(2,19) compound(4,3) nummod(5,4) "
            + "nmod:in(5,8) case(8,6) compound(8,7) case(10,9) mark(13,11) nsubj(13,12) obj(13,15) obl:in(13,18) "
            + "nummod(15,14) case(18,16) amod(18,17)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("IRL MWI\\w* 033"));
  }
}
