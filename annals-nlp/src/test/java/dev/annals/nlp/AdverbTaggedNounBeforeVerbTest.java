package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdverbTaggedNounBeforeVerbTest {
  @Test
  void aLyWordBetweenAndAndAVerbIsAnAdverb() {
    List<CoreLabel> tokens = TaggedTokens.of("deported/VBD migrants/NNS and/CC briefly/NN detained/VBD officials/NNS");
    AdverbTaggedNounBeforeVerb.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBD", "NNS", "CC", "RB", "VBD", "NNS");
  }

  @Test
  void aShortNounInLyStaysANoun() {
    // "Britain and its ally attacked": only after "its"; "and ally attacked" keeps the noun, too short to judge.
    List<CoreLabel> tokens = TaggedTokens.of("Britain/NNP and/CC ally/NN attacked/VBD");
    AdverbTaggedNounBeforeVerb.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("NNP", "CC", "NN", "VBD");
  }
}
