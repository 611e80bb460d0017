package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmotionParticiplesAsAdjectivesTest {
  @Test
  void aParticipleOfFeelingAfterBeIsAnAdjective() {
    List<CoreLabel> tokens = TaggedTokens.of("it/PRP was/VBD deeply/RB alarmed/VBN by/IN the/DT fighting/NN");
    EmotionParticiplesAsAdjectives.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("PRP", "VBD", "RB", "JJ", "IN", "DT", "NN");
    assertThat(tokens.get(3).lemma()).isEqualTo("alarmed");
  }

  @Test
  void aParticipleOfFeelingThatActsStaysAVerb() {
    // "The strikes have alarmed the region": no form of "be" before it.
    List<CoreLabel> tokens = TaggedTokens.of("strikes/NNS have/VBP alarmed/VBN the/DT region/NN");
    EmotionParticiplesAsAdjectives.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("NNS", "VBP", "VBN", "DT", "NN");
  }

  @Test
  void anotherPassiveStaysAVerb() {
    List<CoreLabel> tokens = TaggedTokens.of("it/PRP was/VBD attacked/VBN by/IN rebels/NNS");
    EmotionParticiplesAsAdjectives.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("PRP", "VBD", "VBN", "IN", "NNS");
  }
}
