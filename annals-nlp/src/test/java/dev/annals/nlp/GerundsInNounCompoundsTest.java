package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class GerundsInNounCompoundsTest {
  @Test
  void theGerundOpeningAListedCompoundIsANoun() {
    List<CoreLabel> tokens = TaggedTokens.of("speedboats/NNS fired/VBD warning/VBG shots/NNS at/IN a/DT ship/NN");
    GerundsInNounCompounds.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("NNS", "VBD", "NN", "NNS", "IN", "DT", "NN");
  }

  @Test
  void aGerundBeforeOtherWordsStaysAVerb() {
    List<CoreLabel> tokens = TaggedTokens.of("fired/VBD ,/, warning/VBG ships/NNS to/TO leave/VB");
    GerundsInNounCompounds.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBD", ",", "VBG", "NNS", "TO", "VB");
  }
}
