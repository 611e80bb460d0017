package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An issue raised with another side is taken up in talks (040); raised with a body, it is a complaint lodged there (114). */
class IssuesRaisedTest {
  @Test
  void aMatterRaisedWithTheOtherSideIsTalks() {
    // "Malaysia raised the matter with Thailand."
    assertThat(triples(code("Malaysia/Malaysia/NNP/LOCATION raised/raise/VBD the/the/DT matter/matter/NN with/with/IN Thailand/Thailand/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:with(2,6) punct(2,7)"))).contains("MYS THA 040");
  }

  @Test
  void aMatterRaisedWithABodyIsAComplaintLodgedThere() {
    // "Slovenia raised the matter with the European Commission."
    assertThat(triples(code("Slovenia/Slovenia/NNP/LOCATION raised/raise/VBD the/the/DT matter/matter/NN with/with/IN the/the/DT European/European/NNP/ORGANIZATION "
            + "Commission/Commission/NNP/ORGANIZATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) det(8,6) compound(8,7) obl:with(2,8) punct(2,9)"))).contains("SVN EUC 114");
  }
}
