package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbJoinedToObjectRelativeTest {
  private static final ParseRepair REPAIR = new MainVerbJoinedToObjectRelative();

  @Test
  void aVerbWithAnObjectOfItsOwnJoinedToAnObjectRelativeIsTheMainVerbs() {
    // "Peru thanked Chile for the aid it sent and asked Boric to help ."
    HandParse.of("Peru/Peru/NNP/LOCATION thanked/thank/VBD Chile/Chile/NNP/LOCATION for/for/IN the/the/DT aid/aid/NN it/it/PRP sent/send/VBD "
            + "and/and/CC asked/ask/VBD Boric/Boric/NNP/PERSON to/to/TO help/help/VB ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:for(2,6) nsubj(8,7) acl:relcl(6,8) nsubj(10,7) cc(10,9) parataxis(2,10) conj:and(8,10) "
                + "obj(10,11) mark(13,12) xcomp(10,13) punct(2,14)",
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:for(2,6) nsubj(8,7) acl:relcl(6,8) cc(10,9) conj:and(2,10) "
                + "obj(10,11) mark(13,12) xcomp(10,13) punct(2,14) nsubj(10,1)");
  }

  @Test
  void theDescribedNounGivenAsTheRelativesObjectIsItsGap() {
    // "Peru thanked Chile for the aid it sent and asked Boric to help .", with obj(sent, aid).
    HandParse.of("Peru/Peru/NNP/LOCATION thanked/thank/VBD Chile/Chile/NNP/LOCATION for/for/IN the/the/DT aid/aid/NN it/it/PRP sent/send/VBD "
            + "and/and/CC asked/ask/VBD Boric/Boric/NNP/PERSON to/to/TO help/help/VB ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:for(2,6) obj(8,6) nsubj(8,7) acl:relcl(6,8) nsubj(10,7) cc(10,9) conj:and(8,10) "
                + "obj(10,11) mark(13,12) xcomp(10,13) punct(2,14)",
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:for(2,6) obj(8,6) nsubj(8,7) acl:relcl(6,8) cc(10,9) conj:and(2,10) "
                + "obj(10,11) mark(13,12) xcomp(10,13) punct(2,14) nsubj(10,1)");
  }

  @Test
  void aVerbSharingTheRelativesGapIsLeftAlone() {
    // "Peru thanked Chile for the aid it sent and delivered ." : "delivered" has no object of its own.
    HandParse.of("Peru/Peru/NNP/LOCATION thanked/thank/VBD Chile/Chile/NNP/LOCATION for/for/IN the/the/DT aid/aid/NN it/it/PRP sent/send/VBD "
            + "and/and/CC delivered/deliver/VBD ././.")
        .assertLeavesAlone(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:for(2,6) nsubj(8,7) acl:relcl(6,8) nsubj(10,7) cc(10,9) conj:and(8,10) punct(2,11)");
  }
}
