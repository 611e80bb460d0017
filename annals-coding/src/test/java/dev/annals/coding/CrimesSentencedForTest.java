package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The crime a court sentences someone for is coded by the sentence, not as the court's own act. */
class CrimesSentencedForTest {
  @Test
  void theCrimeSentencedForIsNoActOfTheCourt() {
    // "A Paris court sentenced a former Rwandan mayor to life for genocide."
    var article = code("A/a/DT Paris/Paris/NNP/LOCATION court/court/NN sentenced/sentence/VBD a/a/DT former/former/JJ Rwandan/Rwandan/JJ/MISC mayor/mayor/NN "
        + "to/to/IN life/life/NN for/for/IN genocide/genocide/NN ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) det(8,5) amod(8,6) amod(8,7) obj(4,8) case(10,9) obl:to(4,10) case(12,11) obl:for(4,12) punct(4,13)");
    assertThat(triples(article)).anyMatch(t -> t.endsWith(" 116")).noneMatch(t -> t.endsWith(" 202"));
  }
}
