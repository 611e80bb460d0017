package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfinitiveAfterDueToTest {
  @Test
  void dueToAndAWordBeforeAnObjectIsAnInfinitive() {
    List<CoreLabel> tokens = TaggedTokens.of("Takaichi/NNP is/VBZ due/JJ to/IN host/NN President/NNP Lee/NNP");
    InfinitiveAfterDueTo.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("NNP", "VBZ", "JJ", "TO", "VB", "NNP", "NNP");
  }

  @Test
  void dueToACauseStaysAPreposition() {
    List<CoreLabel> tokens = TaggedTokens.of("the/DT delay/NN was/VBD due/JJ to/IN power/NN cuts/NNS");
    InfinitiveAfterDueTo.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("DT", "NN", "VBD", "JJ", "IN", "NN", "NNS");
  }
}
