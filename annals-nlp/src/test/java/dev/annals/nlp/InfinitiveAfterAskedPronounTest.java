package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfinitiveAfterAskedPronounTest {
  @Test
  void toAndANounTaggedWordAfterAnOrderedPronounBeforeAnObjectIsAnInfinitive() {
    List<CoreLabel> tokens = TaggedTokens.of("a/DT ship/NN ordered/VBD it/PRP to/IN state/NN its/PRP$ intentions/NNS");
    tokens.get(2).setLemma("order");
    InfinitiveAfterAskedPronoun.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("DT", "NN", "VBD", "PRP", "TO", "VB", "PRP$", "NNS");
  }

  @Test
  void aPlaceAfterAnotherVerbStaysAPreposition() {
    // "sent it to state media": "sent" asks nothing of its object.
    List<CoreLabel> tokens = TaggedTokens.of("they/PRP sent/VBD it/PRP to/IN state/NN media/NNS");
    tokens.get(1).setLemma("send");
    InfinitiveAfterAskedPronoun.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("PRP", "VBD", "PRP", "IN", "NN", "NNS");
  }
}
