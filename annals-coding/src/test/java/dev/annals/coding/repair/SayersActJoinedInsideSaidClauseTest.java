package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SayersActJoinedInsideSaidClauseTest {
  private static final ParseRepair REPAIR = new SayersActJoinedInsideSaidClause();

  @Test
  void aWarningOfANamedSideJoinedInsideASaidClauseIsTheSayers() {
    // "China said that the pact threatened stability and warned Ottawa."
    HandParse.of("China/China/NNP/LOCATION said/say/VBD that/that/IN the/the/DT pact/pact/NN threatened/threaten/VBD stability/stability/NN "
            + "and/and/CC warned/warn/VBD Ottawa/Ottawa/NNP/LOCATION ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) mark(6,3) det(5,4) nsubj(6,5) nsubj(9,5) ccomp(2,6) obj(6,7) cc(9,8) ccomp(2,9) conj:and(6,9) obj(9,10) punct(2,11)",
            "nsubj(2,1) root(0,2) mark(6,3) det(5,4) nsubj(6,5) ccomp(2,6) obj(6,7) cc(9,8) obj(9,10) punct(2,11) conj:and(2,9) nsubj(9,1)");
  }

  @Test
  void aReportThatWarnsIsLeftAlone() {
    // "China said that the report found flaws and warned Ottawa."
    HandParse.of("China/China/NNP/LOCATION said/say/VBD that/that/IN the/the/DT report/report/NN found/find/VBD flaws/flaw/NNS "
            + "and/and/CC warned/warn/VBD Ottawa/Ottawa/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR,
            "nsubj(2,1) root(0,2) mark(6,3) det(5,4) nsubj(6,5) nsubj(9,5) ccomp(2,6) obj(6,7) cc(9,8) ccomp(2,9) conj:and(6,9) obj(9,10) punct(2,11)");
  }

  @Test
  void actsBeforeAClosingAttributionAreLeftToTheirDoers() {
    // "Residents blocked the gate and accused Santiago, police said."
    HandParse.of("Residents/resident/NNS blocked/block/VBD the/the/DT gate/gate/NN and/and/CC accused/accuse/VBD Santiago/Santiago/NNP/LOCATION "
            + ",/,/, police/police/NNS said/say/VBD ././.")
        .assertLeavesAlone(REPAIR,
            "nsubj(2,1) nsubj(6,1) ccomp(10,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) ccomp(10,6) obj(6,7) punct(10,8) nsubj(10,9) root(0,10) punct(10,11)");
  }

  @Test
  void anAccusationTaggedAsAParticipleWithItsOwnObjectIsTheSayers() {
    // "China said that the vessels were carrying out research and accused/VBN Taipei of stirring up trouble."
    HandParse.of("China/China/NNP/LOCATION said/say/VBD that/that/IN the/the/DT vessels/vessel/NNS were/be/VBD carrying/carry/VBG out/out/RP "
            + "research/research/NN and/and/CC accused/accuse/VBN Taipei/Taipei/NNP/LOCATION of/of/IN stirring/stir/VBG up/up/RP "
            + "trouble/trouble/NN ././.")
        .assertRepairs(REPAIR,
            "root(0,2) nsubj(2,1) ccomp(2,7) ccomp(2,11) punct(2,17) mark(7,3) nsubj(7,5) aux(7,6) compound:prt(7,8) obj(7,9) conj:and(7,11) det(5,4) nsubj(11,5) cc(11,10) obj(11,12) advcl:of(11,14) mark(14,13) compound:prt(14,15) obj(14,16)",
            "root(0,2) nsubj(2,1) ccomp(2,7) punct(2,17) mark(7,3) nsubj(7,5) aux(7,6) compound:prt(7,8) obj(7,9) det(5,4) cc(11,10) obj(11,12) advcl:of(11,14) mark(14,13) compound:prt(14,15) obj(14,16) conj:and(2,11) nsubj(11,1)");
  }

  @Test
  void aParticipleWithNoObjectIsLeftAlone() {
    // The same words with "Taipei" hung on the participle as no object: a passive participle may take none.
    HandParse.of("China/China/NNP/LOCATION said/say/VBD that/that/IN the/the/DT vessels/vessel/NNS were/be/VBD carrying/carry/VBG out/out/RP "
            + "research/research/NN and/and/CC accused/accuse/VBN Taipei/Taipei/NNP/LOCATION of/of/IN stirring/stir/VBG up/up/RP "
            + "trouble/trouble/NN ././.")
        .assertLeavesAlone(REPAIR, "root(0,2) nsubj(2,1) ccomp(2,7) ccomp(2,11) punct(2,17) mark(7,3) nsubj(7,5) aux(7,6) compound:prt(7,8) obj(7,9) conj:and(7,11) det(5,4) nsubj(11,5) cc(11,10) obl(11,12) advcl:of(11,14) mark(14,13) compound:prt(14,15) obj(14,16)");
  }

  @Test
  void anOfferSetOffByACommaAndButAgainstAJudgmentIsTheSayers() {
    // "Prague said that Czech courts were independent, but offered to revive a commission."
    HandParse.of("Prague/Prague/NNP/LOCATION said/say/VBD that/that/IN Czech/Czech/NNP courts/court/NNS were/be/VBD independent/independent/JJ ,/,/, "
            + "but/but/CC offered/offer/VBD to/to/TO revive/revive/VB a/a/DT commission/commission/NN ././.")
        .assertRepairs(REPAIR,
            "root(0,2) nsubj(2,1) ccomp(2,7) ccomp(2,10) punct(2,15) mark(7,3) nsubj(7,5) cop(7,6) punct(7,8) conj:but(7,10) compound(5,4) nsubj(10,5) cc(10,9) xcomp(10,12) nsubj:xsubj(12,5) mark(12,11) obj(12,14) det(14,13)",
            "root(0,2) nsubj(2,1) ccomp(2,7) punct(2,15) mark(7,3) nsubj(7,5) cop(7,6) punct(7,8) compound(5,4) cc(10,9) xcomp(10,12) mark(12,11) obj(12,14) det(14,13) conj:but(2,10) nsubj(10,1) nsubj:xsubj(12,1)");
  }

  @Test
  void anOfferJoinedByButWithNoCommaIsLeftAlone() {
    // "Prague said that Czech courts were independent but offered to revive a commission."
    HandParse.of("Prague/Prague/NNP/LOCATION said/say/VBD that/that/IN Czech/Czech/NNP courts/court/NNS were/be/VBD independent/independent/JJ "
            + "but/but/CC offered/offer/VBD to/to/TO revive/revive/VB a/a/DT commission/commission/NN ././.")
        .assertLeavesAlone(REPAIR, "root(0,2) nsubj(2,1) ccomp(2,7) ccomp(2,9) punct(2,14) mark(7,3) nsubj(7,5) cop(7,6) conj:but(7,9) compound(5,4) nsubj(9,5) cc(9,8) xcomp(9,11) nsubj:xsubj(11,5) mark(11,10) obj(11,13) det(13,12)");
  }
}
