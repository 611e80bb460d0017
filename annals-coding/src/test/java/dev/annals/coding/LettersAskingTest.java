package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A letter whose participle asks something is that request, no statement beside it. */
class LettersAskingTest {
  @Test
  void aLetterAskingIsTheRequestAlone() {
    // "The European Commission wrote to Hungary asking for talks.", the participle hung loosely (dep).
    var article = code(new HandBuiltText().sentence(
        "The/the/DT European/European/NNP/ORGANIZATION Commission/Commission/NNP/ORGANIZATION wrote/write/VBD to/to/IN Hungary/Hungary/NNP/LOCATION "
            + "asking/ask/VBG for/for/IN talks/talk/NNS ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) case(6,5) obl:to(4,6) dep(4,7) case(9,8) obl:for(7,9) punct(4,10)"));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("EUC HUN 02")).noneMatch(t -> t.startsWith("EUC HUN 010"));
  }
}
