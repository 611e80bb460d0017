package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ParticipleJoinedToRelativeClauseTest {
  private static final ParseRepair REPAIR = new ParticipleJoinedToRelativeClause();

  @Test
  void theSecondParticipleJoinsTheFirstNotTheRelativeClause() {
    // "Canada imposed sanctions on nine Georgian officials, freezing any assets they hold in Canada and barring them from entry."
    HandParse.of("Canada/Canada/NNP/LOCATION imposed/impose/VBD sanctions/sanction/NNS on/on/IN nine/nine/CD Georgian/Georgian/JJ "
            + "officials/official/NNS ,/,/, freezing/freeze/VBG any/any/DT assets/asset/NNS they/they/PRP hold/hold/VBP in/in/IN "
            + "Canada/Canada/NNP/LOCATION and/and/CC barring/bar/VBG them/they/PRP from/from/IN entry/entry/NN ././.")
        .assertRepairs(REPAIR,
            "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,7) punct(2,8) dep(2,9) punct(2,21) case(7,4) nummod(7,5) amod(7,6) obj(9,11) "
                + "acl:relcl(11,13) xcomp(9,17) det(11,10) nsubj(13,12) obl:in(13,15) conj:and(13,17) nsubj(17,12) cc(17,16) obj(17,18) "
                + "obl:from(17,20) case(15,14) case(20,19)",
            "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,7) punct(2,8) dep(2,9) punct(2,21) case(7,4) nummod(7,5) amod(7,6) obj(9,11) "
                + "acl:relcl(11,13) det(11,10) nsubj(13,12) obl:in(13,15) conj:and(9,17) cc(17,16) obj(17,18) "
                + "obl:from(17,20) case(15,14) case(20,19)");
  }

  @Test
  void aParticipleJoinedToARelativeClauseOfAFiniteVerbsObjectStays() {
    // "Canada froze any assets they hold in Canada and barring them …" has no first participle to join.
    HandParse.of("Canada/Canada/NNP/LOCATION froze/freeze/VBD any/any/DT assets/asset/NNS they/they/PRP hold/hold/VBP in/in/IN "
            + "Canada/Canada/NNP/LOCATION and/and/CC barring/bar/VBG them/they/PRP ././.")
        .assertLeavesAlone(REPAIR, "root(0,2) nsubj(2,1) obj(2,4) det(4,3) acl:relcl(4,6) nsubj(6,5) obl:in(6,8) case(8,7) conj:and(6,10) "
            + "cc(10,9) obj(10,11) punct(2,12)");
  }
}
