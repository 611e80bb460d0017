package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Soldiers sent to train with another army: their arrival, who "the troops" are after it, and "they" said of them. */
class ArrivingTroopsTest {
  // "About 60 Polish soldiers landed in Accra on Monday to begin a training mission with Ghana's army."
  private static final String LANDED = "About/about/RB 60/60/CD Polish/Polish/JJ soldiers/soldier/NNS landed/land/VBD in/in/IN "
      + "Accra/Accra/NNP/LOCATION on/on/IN Monday/Monday/NNP to/to/TO begin/begin/VB a/a/DT training/training/NN "
      + "mission/mission/NN with/with/IN Ghana/Ghana/NNP/LOCATION 's/'s/POS army/army/NN ././.";
  private static final String LANDED_EDGES = "root(0,5) advmod(2,1) nummod(4,2) amod(4,3) nsubj(5,4) obl:in(5,7) obl:on(5,9) xcomp(5,11) punct(5,19) "
      + "nsubj:xsubj(11,4) mark(11,10) obj(11,14) case(7,6) case(9,8) det(14,12) compound(14,13) nmod:with(14,18) "
      + "case(18,15) nmod:poss(18,16) case(16,17)";
  // "Ghana's defence minister welcomed the troops and said they would help guard the border with Togo."
  private static final String WELCOMED = "Ghana/Ghana/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN welcomed/welcome/VBD the/the/DT "
      + "troops/troop/NNS and/and/CC said/say/VBD they/they/PRP would/would/MD help/help/VB guard/guard/VB the/the/DT "
      + "border/border/NN with/with/IN Togo/Togo/NNP/LOCATION ././.";
  private static final String WELCOMED_EDGES = "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,7) conj:and(5,9) punct(5,18) nsubj(9,4) "
      + "cc(9,8) ccomp(9,12) det(7,6) nsubj(12,10) aux(12,11) xcomp(12,13) obj(13,15) obl:with(13,17) det(15,14) "
      + "case(17,16)";

  @Test
  void soldiersWhoArriveToTrainWithAnArmyCooperateWithItAndPayNoVisit() {
    List<String> coded = triples(code(new HandBuiltText().sentence(LANDED, LANDED_EDGES)));
    assertThat(coded).contains("POLMIL GHAMIL 062").noneMatch(t -> t.endsWith(" 042"));
  }

  @Test
  void theTroopsWelcomedAreTheSoldiersWhoArrivedNotTheHostsArmy() {
    List<String> coded = triples(code(new HandBuiltText().sentence(LANDED, LANDED_EDGES).sentence(WELCOMED, WELCOMED_EDGES)));
    assertThat(coded).anyMatch(t -> t.matches("GHAGOV POLMIL 0(51|43)"));
  }

  @Test
  void theyAfterAMinisterIsNoneOfTheMinistersSide() {
    // One minister is no "they": what "they would help guard" is not the minister's government's.
    List<String> coded = triples(code(new HandBuiltText().sentence(LANDED, LANDED_EDGES).sentence(WELCOMED, WELCOMED_EDGES)));
    assertThat(coded).noneMatch(t -> t.startsWith("GHAGOV TGO"));
  }

  @Test
  void aClosingSpeakerHungOnTheLastNounOfTheObjectStillSpeaks() {
    // "About 60 Polish soldiers landed in Accra on Monday to begin a training mission with Ghana's
    // army, Poland's defence ministry said.", with "mission" read as the subject of "said".
    List<String> coded = triples(code(new HandBuiltText().sentence("About/about/RB 60/60/CD Polish/Polish/JJ soldiers/soldier/NNS landed/land/VBD in/in/IN "
            + "Accra/Accra/NNP/LOCATION on/on/IN Monday/Monday/NNP to/to/TO begin/begin/VB a/a/DT training/training/NN "
            + "mission/mission/NN with/with/IN Ghana/Ghana/NNP/LOCATION 's/'s/POS army/army/NN ,/,/, "
            + "Poland/Poland/NNP/LOCATION 's/'s/POS defence/defence/NN ministry/ministry/NN said/say/VBD ././.",
            "root(0,5) advmod(2,1) nummod(4,2) amod(4,3) nsubj(5,4) obl:in(5,7) obl:on(5,9) xcomp(5,11) punct(5,25) "
            + "nsubj:xsubj(11,4) mark(11,10) ccomp(11,24) case(7,6) case(9,8) det(14,12) compound(14,13) nmod:with(14,18) "
            + "punct(14,19) appos(14,23) nsubj(24,14) case(18,15) nmod:poss(18,16) case(16,17) nmod:poss(23,20) "
            + "compound(23,22) case(20,21)")));
    assertThat(coded).contains("POLMIL GHAMIL 062");
  }

  @Test
  void aMinisterExpectedToVisitTheMissionVisitsTheHostNamedSentencesBefore() {
    // "About 60 Polish soldiers landed in Accra … Students protested in Kumasi on Tuesday. Poland's
    // defence minister is expected to visit the mission later this month."
    List<String> coded = triples(code(new HandBuiltText().sentence(LANDED, LANDED_EDGES)
        .sentence("Students/student/NNS protested/protest/VBD in/in/IN Kumasi/Kumasi/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP "
            + "././.",
            "root(0,2) nsubj(2,1) obl:in(2,4) obl:on(2,6) punct(2,7) case(4,3) case(6,5)")
        .sentence("Poland/Poland/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN is/be/VBZ expected/expect/VBN "
            + "to/to/TO visit/visit/VB the/the/DT mission/mission/NN later/later/RB this/this/DT month/month/NN ././.",
            "root(0,6) nmod:poss(4,1) compound(4,3) case(1,2) nsubj:pass(6,4) aux:pass(6,5) xcomp(6,8) punct(6,14) "
            + "nsubj:xsubj(8,4) mark(8,7) obj(8,10) obl:tmod(8,13) det(10,9) advmod(13,11) det(13,12)")));
    assertThat(coded).contains("POLGOV GHAGOV 042");
  }
}
