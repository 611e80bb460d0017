package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A letter whose participle tells what it demands is that demand, made of whom it was written to
 * (SharedAddressees, SubsumedStatements).
 */
class LettersOfDemandTest {
  // "Kenyan lawmakers wrote to Uganda's president demanding that the border be reopened."
  private static final String WROTE = "Kenyan/Kenyan/JJ/MISC lawmakers/lawmaker/NNS wrote/write/VBD to/to/IN Uganda/Uganda/NNP/LOCATION 's/'s/POS "
      + "president/president/NN demanding/demand/VBG that/that/IN the/the/DT border/border/NN be/be/VB reopened/reopen/VBN ././.";

  @Test
  void aLetterDemandingSomethingIsTheDemandMadeOfItsAddressee() {
    assertThat(triples(code(WROTE, "amod(2,1) nsubj(3,2) root(0,3) case(7,4) nmod:poss(7,5) case(5,6) obl:to(3,7) advcl(3,8) mark(13,9) det(11,10) "
        + "nsubj:pass(13,11) aux:pass(13,12) ccomp(8,13) punct(3,14)")))
        .anyMatch(t -> t.startsWith("KENLEG UGA") && t.endsWith(" 100")).noneMatch(t -> t.endsWith(" 010"));
  }

  @Test
  void aDemandInAClauseOfItsOwnLeavesTheLetterAStatement() {
    assertThat(triples(code(WROTE, "amod(2,1) nsubj(3,2) root(0,3) case(7,4) nmod:poss(7,5) case(5,6) obl:to(3,7) parataxis(3,8) mark(13,9) det(11,10) "
        + "nsubj:pass(13,11) aux:pass(13,12) ccomp(8,13) punct(3,14)")))
        .anyMatch(t -> t.startsWith("KENLEG UGA") && t.endsWith(" 010"));
  }
}
