package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenatedNounTaggedAsVerbTest {
  @Test
  void aVerbAndParticleJoinedByAHyphenAfterAPrepositionAreANoun() {
    List<CoreLabel> tokens = TaggedTokens.of("crashed/VBD shortly/RB after/IN take/VB -/HYPH off/RP from/IN an/DT airstrip/NN");
    HyphenatedNounTaggedAsVerb.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBD", "RB", "IN", "NN", "HYPH", "NN", "IN", "DT", "NN");
  }

  @Test
  void aVerbAfterToOrThatStaysAVerb() {
    List<CoreLabel> tokens = TaggedTokens.of("said/VBD that/IN take/VB -/HYPH off/RP");
    HyphenatedNounTaggedAsVerb.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBD", "IN", "VB", "HYPH", "RP");
  }

  @Test
  void aVerbWithNoHyphenStaysAVerb() {
    List<CoreLabel> tokens = TaggedTokens.of("after/IN take/VB off/RP");
    HyphenatedNounTaggedAsVerb.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("IN", "VB", "RP");
  }
}
