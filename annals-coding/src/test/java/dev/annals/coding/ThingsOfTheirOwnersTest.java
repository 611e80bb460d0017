package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A vessel owned by a state's business stands for its owner (Owners.ownerOfThing); workers' placement
 * suspended is reduced relations (cameo/verbs.tsv); a trade office does an embassy's work
 * (actors/sectors.tsv).
 */
class ThingsOfTheirOwnersTest {
  @Test
  void placementOnVesselsOwnedByAForeignFirmSuspendedIsAimedAtTheFirm() {
    // "Chad suspended the placement of its nationals on fishing vessels owned by a Libyan company." (the participle hung on
    // "placement"; fishing vessels are people of their own, CVL, until their owner is told)
    assertThat(triples(code("Chad/Chad/NNP/LOCATION suspended/suspend/VBD the/the/DT placement/placement/NN of/of/IN its/its/PRP$ nationals/national/NNS "
        + "on/on/IN fishing/fishing/NN vessels/vessel/NNS owned/own/VBN by/by/IN a/a/DT Libyan/Libyan/JJ/MISC company/company/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) nmod:poss(7,6) nmod:of(4,7) case(10,8) compound(10,9) nmod:on(4,10) acl(4,11) case(15,12) det(15,13) "
            + "amod(15,14) obl:by(11,15) punct(2,16)"))).anyMatch(t -> t.startsWith("TCD LBYBUS 16"));
  }

  @Test
  void aTradeOfficeThanksForItsState() {
    // "Indonesia's trade office thanked Taiwan."
    assertThat(triples(code("Indonesia/Indonesia/NNP/LOCATION 's/'s/POS trade/trade/NN office/office/NN thanked/thank/VBD Taiwan/Taiwan/NNP/LOCATION ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"))).anyMatch(t -> t.startsWith("IDNGOV TWN"));
  }
}
