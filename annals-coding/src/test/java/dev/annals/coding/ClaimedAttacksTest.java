package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A side claims its own attack: the claim is aimed at whom that attack was, not at the last other side that used force. */
class ClaimedAttacksTest {
  // "Houthi forces fired two missiles at a Greek-owned tanker in the Red Sea on Thursday. A French
  // frigate shot down a drone that was heading for the ship. A Houthi spokesperson claimed the
  // attack."
  private static final String FIRED = "Houthi/houthi/JJ forces/force/NNS fired/fire/VBD two/two/CD missiles/missile/NNS at/at/IN a/a/DT Greek/Greek/JJ -/-/HYPH owned/own/VBN "
      + "tanker/tanker/NN in/in/IN the/the/DT Red/Red/NNP/LOCATION Sea/Sea/NNP/LOCATION on/on/IN Thursday/Thursday/NNP ././.";
  private static final String FIRED_EDGES = "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:at(3,11) obl:on(3,17) punct(3,18) nummod(5,4) case(11,6) det(11,7) amod(11,10) nmod:in(11,15) dep(10,8) "
      + "punct(10,9) case(15,12) det(15,13) compound(15,14) case(17,16)";
  private static final String SHOT_DOWN = "A/a/DT French/French/JJ frigate/frigate/NN shot/shoot/VBD down/down/RP a/a/DT drone/drone/NN that/that/DT was/be/VBD heading/head/VBG for/for/IN "
      + "the/the/DT ship/ship/NN ././.";
  private static final String SHOT_DOWN_EDGES = "root(0,4) det(3,1) amod(3,2) nsubj(4,3) compound:prt(4,5) obj(4,7) punct(4,14) det(7,6) ref(7,8) acl:relcl(7,10) nsubj(10,7) aux(10,9) obl:for(10,13) "
      + "case(13,11) det(13,12)";
  private static final String CLAIMED = "A/a/DT Houthi/Houthi/NNP spokesperson/spokesperson/NN claimed/claim/VBD the/the/DT attack/attack/NN ././.";
  private static final String CLAIMED_EDGES = "root(0,4) det(3,1) compound(3,2) nsubj(4,3) obj(4,6) punct(4,7) det(6,5)";

  @Test
  void theClaimOfTheAttackIsAimedAtTheTankersCountryNotAtTheFrigate() {
    assertThat(triples(code(new HandBuiltText().sentence(FIRED, FIRED_EDGES).sentence(SHOT_DOWN, SHOT_DOWN_EDGES).sentence(CLAIMED, CLAIMED_EDGES))))
        .anyMatch(t -> t.startsWith("HOUTHIS GRC") && t.endsWith(" 015")).noneMatch(t -> t.startsWith("HOUTHIS FRA") && t.endsWith(" 015"));
  }
}
