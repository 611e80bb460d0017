package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A visiting minister's acts: where they happen, and who "the minister" is after a prime minister is named. */
class MinistersAndArrivalsTest {
  private static HandBuiltText visit() {
    // "Japan's foreign minister arrived in Hanoi on Monday and pledged aid for families. Vietnam's
    // prime minister thanked Tokyo on Tuesday. The minister said the government would urge the
    // Japanese builders of the bridge to pay."
    return new HandBuiltText().sentence(
        "Japan/Japan/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN arrived/arrive/VBD in/in/IN Hanoi/Hanoi/NNP/LOCATION "
            + "on/on/IN Monday/Monday/NNP and/and/CC pledged/pledge/VBD aid/aid/NN for/for/IN families/family/NNS ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obl:in(5,7) obl:on(5,9) conj:and(5,11) punct(5,15) nsubj(11,4) cc(11,10) "
            + "obj(11,12) case(7,6) case(9,8) nmod:for(12,14) case(14,13)").sentence(
        "Vietnam/Vietnam/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN thanked/thank/VBD Tokyo/Tokyo/NNP/LOCATION on/on/IN "
            + "Tuesday/Tuesday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,6) obl:on(5,8) punct(5,9) case(8,7)").sentence(
        "The/the/DT minister/minister/NN said/say/VBD the/the/DT government/government/NN would/would/MD urge/urge/VB the/the/DT "
            + "Japanese/Japanese/JJ builders/builder/NNS of/of/IN the/the/DT bridge/bridge/NN to/to/TO pay/pay/VB ././.",
        "root(0,3) det(2,1) nsubj(3,2) ccomp(3,7) punct(3,16) det(5,4) nsubj(7,5) aux(7,6) obj(7,10) xcomp(7,15) det(10,8) amod(10,9) "
            + "nmod:of(10,13) nsubj:xsubj(15,10) mark(15,14) case(13,11) det(13,12)");
  }

  @Test
  void whatOneDoesJoinedToOnesArrivalIsDoneWhereOneArrived() {
    assertThat(code(visit()).events()).filteredOn(e -> e.type().code().startsWith("03"))
        .singleElement().satisfies(e -> assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Hanoi")));
  }

  @Test
  void theMinisterIsTheMinisterLastNamedNotThePrimeMinisterAndBuildersAreFirms() {
    assertThat(code(visit()).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("JPNGOV JPNBUS 02")).noneMatch(t -> t.startsWith("VNMGOV JPNBUS"));
  }
}
