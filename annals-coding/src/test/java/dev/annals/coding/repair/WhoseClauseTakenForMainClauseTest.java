package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class WhoseClauseTakenForMainClauseTest {
  private static final ParseRepair REPAIR = new WhoseClauseTakenForMainClause();
  // "Chilean hauliers, hundreds of whose lorries are stranded, threatened to block the road."
  private static final HandParse THREATENED = HandParse.of("Chilean/Chilean/JJ/MISC hauliers/haulier/NNS ,/,/, hundreds/hundred/NNS of/of/IN whose/whose/WP$ "
      + "lorries/lorry/NNS are/be/VBP stranded/strand/VBN ,/,/, threatened/threaten/VBD to/to/TO block/block/VB the/the/DT road/road/NN ././.");

  @Test
  void theVerbHungOnAWhoseClauseTakenForTheMainClauseIsTheMainVerb() {
    THREATENED.assertRepairs(REPAIR, "amod(2,1) nsubj:pass(9,2) punct(2,3) det:qmod(7,4) fixed(4,5) nmod:poss(7,6) appos(2,7) aux:pass(9,8) root(0,9) "
        + "punct(9,10) dep(9,11) mark(13,12) xcomp(11,13) det(15,14) obj(13,15) punct(9,16)",
        "amod(2,1) nsubj:pass(9,7) punct(2,3) det:qmod(7,4) fixed(4,5) nmod:poss(7,6) aux:pass(9,8) root(0,11) "
        + "punct(9,10) mark(13,12) xcomp(11,13) det(15,14) obj(13,15) punct(11,16) nsubj(11,2) acl:relcl(2,9)");
  }

  @Test
  void aMainClauseWithNoWhoseIsLeftAsParsed() {
    // "Chilean hauliers, drivers of lorries, are stranded, threatened …" keeps its parse.
    HandParse.of("Chilean/Chilean/JJ/MISC hauliers/haulier/NNS ,/,/, drivers/driver/NNS of/of/IN many/many/JJ "
        + "lorries/lorry/NNS are/be/VBP stranded/strand/VBN ,/,/, threatened/threaten/VBD to/to/TO block/block/VB the/the/DT road/road/NN ././.")
        .assertLeavesAlone(REPAIR, "amod(2,1) nsubj:pass(9,2) punct(2,3) case(7,5) amod(7,6) nmod:of(4,7) appos(2,4) aux:pass(9,8) root(0,9) "
            + "punct(9,10) dep(9,11) mark(13,12) xcomp(11,13) det(15,14) obj(13,15) punct(9,16)");
  }

  @Test
  void theMainVerbTakenForTheObjectOfAWhoseClauseWithBothNounsForSubjectsIsTheMainVerb() {
    // "Hundreds of Chileans whose places were cancelled rallied outside the embassy."
    HandParse.of("Hundreds/hundred/NNS of/of/IN Chileans/Chilean/NNPS whose/whose/WP$ places/place/NNS were/be/VBD cancelled/cancel/VBN rallied/rally/VBD "
            + "outside/outside/IN the/the/DT embassy/embassy/NN ././.")
        .assertRepairs(REPAIR, "nsubj:pass(7,1) case(3,2) obl:of(7,3) nmod:poss(5,4) nsubj:pass(7,5) aux:pass(7,6) root(0,7) obj(7,8) case(11,9) det(11,10) "
                + "obl:outside(8,11) punct(7,12)",
            "case(3,2) nmod:of(1,3) nmod:poss(5,4) nsubj:pass(7,5) aux:pass(7,6) root(0,8) case(11,9) det(11,10) obl:outside(8,11) punct(8,12) "
                + "nsubj(8,1) acl:relcl(3,7)");
  }
}
