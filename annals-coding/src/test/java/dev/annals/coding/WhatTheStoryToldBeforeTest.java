package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whom a later sentence means by words the story gave it before: "the suspects" are those it told
 * arrested; a warning joined to a saying that names one other side is aimed at it; talks a flight
 * followed were held; a standing state told with "does not" is background; and what one is thanked
 * for offering is the reason of the thanks, not an act of the thanker; one travelling with a leader
 * of the same side makes no visit of his own.
 */
class WhatTheStoryToldBeforeTest {
  private static final LocalDate DATE = LocalDate.of(2026, 6, 10);

  private static List<String> triples(HandBuiltText text) {
    return HandCoding.triples(HandCoding.code(text, DATE));
  }

  @Test
  void theSuspectsAreThePeopleTheStoryToldArrested() {
    // "Thai police arrested 14 Chinese nationals on Monday. The prime minister said the suspects
    // would be deported."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Thai/Thai/JJ police/police/NNS arrested/arrest/VBD 14/14/CD Chinese/Chinese/JJ nationals/national/NNS on/on/IN "
            + "Monday/Monday/NNP ././.",
            "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:on(3,8) punct(3,9) nummod(6,4) amod(6,5) case(8,7)")
        .sentence("The/the/DT prime/prime/JJ minister/minister/NN said/say/VBD the/the/DT suspects/suspect/NNS would/would/MD "
            + "be/be/VB deported/deport/VBN ././.",
            "root(0,4) det(3,1) amod(3,2) nsubj(4,3) ccomp(4,9) punct(4,10) det(6,5) nsubj:pass(9,6) aux(9,7) aux:pass(9,8)")
        );
    assertThat(coded).anyMatch(t -> t.matches("THA\\w* CHNCVL 1[37]\\d*")).noneMatch(t -> t.contains("THACRM"));
  }

  @Test
  void aWarningJoinedToASayingThatNamesOneOtherSideIsAimedAtIt() {
    // "China's embassy in Manila said the exercises would make the Philippines less safe and warned
    // of consequences."
    List<String> coded = triples(new HandBuiltText()
        .sentence("China/China/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN Manila/Manila/NNP/LOCATION said/say/VBD "
            + "the/the/DT exercises/exercise/NNS would/would/MD make/make/VB the/the/DT Philippines/Philippines/NNPS/LOCATION "
            + "less/less/RBR safe/safe/JJ and/and/CC warned/warn/VBD of/of/IN consequences/consequence/NNS ././.",
            "root(0,6) nmod:poss(3,1) nmod:in(3,5) case(1,2) nsubj(6,3) ccomp(6,10) conj:and(6,16) punct(6,19) nsubj(16,3) "
            + "cc(16,15) obl:of(16,18) case(5,4) det(8,7) nsubj(10,8) aux(10,9) xcomp(10,14) det(12,11) nsubj(14,12) "
            + "advmod(14,13) case(18,17)")
        );
    assertThat(coded).anyMatch(t -> t.matches("CHN\\w* PHL\\w* 13\\d*"));
  }

  @Test
  void talksThatAFlightFollowedWereHeld() {
    // "The flight followed talks in Geneva last week between Swiss officials and Iranian officials."
    List<String> coded = triples(new HandBuiltText()
        .sentence("The/the/DT flight/flight/NN followed/follow/VBD talks/talk/NNS in/in/IN Geneva/Geneva/NNP/LOCATION "
            + "last/last/JJ week/week/NN between/between/IN Swiss/Swiss/JJ officials/official/NNS and/and/CC "
            + "Iranian/Iranian/JJ officials/official/NNS ././.",
            "root(0,3) det(2,1) nsubj(3,2) obj(3,4) punct(3,15) nmod:in(4,6) obl:tmod(4,8) nmod:between(4,11) "
            + "nmod:between(4,14) case(6,5) amod(8,7) case(11,9) amod(11,10) conj:and(11,14) cc(14,12) amod(14,13)")
        );
    assertThat(coded).anyMatch(t -> t.matches("CHE\\w* IRN\\w* 04\\d*"));
  }

  @Test
  void aStandingStateToldWithDoesNotIsBackground() {
    // "Kosovo, which Serbia does not recognise, signed a trade deal with Albania."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Kosovo/Kosovo/NNP/LOCATION ,/,/, which/which/WDT Serbia/Serbia/NNP/LOCATION does/do/VBZ not/not/RB "
            + "recognise/recognise/VB ,/,/, signed/sign/VBD a/a/DT trade/trade/NN deal/deal/NN with/with/IN "
            + "Albania/Albania/NNP/LOCATION ././.",
            "root(0,9) obj(7,1) nsubj(7,4) aux(7,5) advmod(7,6) punct(1,2) ref(1,3) acl:relcl(1,7) punct(1,8) nsubj(9,1) "
            + "obj(9,12) punct(9,15) det(12,10) compound(12,11) nmod:with(12,14) case(14,13)")
        );
    assertThat(coded).anyMatch(t -> t.matches("XKX\\w* ALB\\w* 057")).noneMatch(t -> t.startsWith("SRB"));
  }

  @Test
  void whatOneIsThankedForOfferingIsNoActOfTheThanker() {
    // "Fiji thanked Australia for offering to send police officers."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Fiji/Fiji/NNP/LOCATION thanked/thank/VBD Australia/Australia/NNP/LOCATION for/for/IN offering/offer/VBG to/to/TO "
            + "send/send/VB police/police/NN officers/officer/NNS ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:for(2,5) mark(7,6) xcomp(5,7) compound(9,8) obj(7,9) punct(2,10)"));
    assertThat(coded).anyMatch(t -> t.matches("FJI\\w* AUS\\w* 051")).noneMatch(t -> t.matches("\\S+ \\S+ 15\\d*"));
  }

  @Test
  void oneTravellingWithALeaderOfTheSameSideMakesNoVisitOfHisOwn() {
    // "Fiji's prime minister began a visit to India on Monday. Fiji's foreign minister, who is
    // travelling with the prime minister, thanked India for its help."
    var coded = HandCoding.code(new HandBuiltText()
        .sentence("Fiji/Fiji/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN began/begin/VBD a/a/DT visit/visit/NN "
            + "to/to/IN India/India/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,12) det(7,6) nmod:to(7,9) "
            + "nmod:on(7,11) case(9,8) case(11,10)")
        .sentence("Fiji/Fiji/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN ,/,/, who/who/WP is/be/VBZ "
            + "travelling/travel/VBG with/with/IN the/the/DT prime/prime/JJ minister/minister/NN ,/,/, thanked/thank/VBD "
            + "India/India/NNP/LOCATION for/for/IN its/its/PRP$ help/help/NN ././.",
            "root(0,14) nmod:poss(4,1) amod(4,3) punct(4,5) ref(4,6) acl:relcl(4,8) case(1,2) nsubj(8,4) aux(8,7) "
            + "obl:with(8,12) nsubj(14,4) punct(14,13) obj(14,15) obl:for(14,18) punct(14,19) case(12,9) det(12,10) "
            + "amod(12,11) case(18,16) nmod:poss(18,17)")
        , DATE);
    assertThat(coded.events()).filteredOn(e -> e.type().code().equals("042")).flatMap(e -> e.mentions()).hasSize(1);
  }
}
