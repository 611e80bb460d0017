package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A visiting minister's acts: where they happen, and who "the minister" is after another is named. */
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

  private static HandBuiltText cattleDeal() {
    // "Chile's agriculture minister held talks in Lima on Monday with Peru's trade minister, and
    // the two signed an agreement under which Chile will ship live cattle to Peru from 2027. The
    // minister also invited Peru's president to visit Santiago. Peruvian cattle breeders protested
    // outside the trade ministry."
    return new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS agriculture/agriculture/NN minister/minister/NN held/hold/VBD talks/talk/NNS in/in/IN "
            + "Lima/Lima/NNP/LOCATION on/on/IN Monday/Monday/NNP with/with/IN Peru/Peru/NNP/LOCATION 's/'s/POS trade/trade/NN "
            + "minister/minister/NN ,/,/, and/and/CC the/the/DT two/two/CD signed/sign/VBD an/a/DT agreement/agreement/NN under/under/IN "
            + "which/which/WDT Chile/Chile/NNP/LOCATION will/will/MD ship/ship/VB live/live/JJ cattle/cattle/NNS to/to/IN Peru/Peru/NNP/LOCATION "
            + "from/from/IN 2027/2027/CD ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,6) obl:on(5,10) obl:with(5,15) punct(5,16) conj:and(5,20) "
            + "punct(5,34) nmod:in(6,8) case(8,7) case(10,9) case(15,11) nmod:poss(15,12) compound(15,14) case(12,13) cc(20,17) nsubj(20,19) "
            + "obj(20,22) det(19,18) det(22,21) ref(22,24) acl:relcl(22,27) obl:under(27,22) nsubj(27,25) aux(27,26) obj(27,29) obl:to(27,31) "
            + "obl:from(27,33) case(24,23) amod(29,28) case(31,30) case(33,32)").sentence(
        "The/the/DT minister/minister/NN also/also/RB invited/invite/VBD Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN to/to/TO "
            + "visit/visit/VB Santiago/Santiago/NNP/LOCATION ././.",
        "root(0,4) det(2,1) nsubj(4,2) advmod(4,3) obj(4,7) xcomp(4,9) punct(4,11) nmod:poss(7,5) case(5,6) nsubj:xsubj(9,7) mark(9,8) "
            + "obj(9,10)").sentence(
        "Peruvian/Peruvian/JJ cattle/cattle/NNS breeders/breeder/NNS protested/protest/VBD outside/outside/IN the/the/DT trade/trade/NN "
            + "ministry/ministry/NN ././.",
        "root(0,4) amod(2,1) compound(3,2) nsubj(4,3) obl:outside(4,8) punct(4,9) case(8,5) det(8,6) compound(8,7)");
  }

  @Test
  void theMinisterIsTheMinisterWhoWasTheSubjectNotTheOneMetBeside() {
    assertThat(code(cattleDeal()).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLGOV PERGOV 03")).noneMatch(t -> t.startsWith("PERGOV CHLGOV 03"));
  }

  @Test
  void cattleShippedAreTradeAndCattleBreedersFarm() {
    assertThat(code(cattleDeal()).events()).extracting(e -> triple(e)).contains("CHL PER 061", "PERAGR PERGOV 141");
  }
}
