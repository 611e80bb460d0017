package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class KindParticiplesAsAdjectivesTest {
  @Test
  void aParticipleOfAKindAfterAndBeforeANounIsAnAdjective() {
    List<CoreLabel> tokens = TaggedTokens.of("K2/NN tanks/NNS and/CC wheeled/VBD armoured/JJ vehicles/NNS from/IN Korea/NNP");
    KindParticiplesAsAdjectives.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("NN", "NNS", "CC", "JJ", "JJ", "NNS", "IN", "NNP");
    assertThat(tokens.get(3).lemma()).isEqualTo("wheeled");
  }

  @Test
  void aParticipleOfAKindAfterItsSubjectStaysAVerb() {
    // "Workers wheeled carts into the hall": a subject before it makes it a deed.
    List<CoreLabel> tokens = TaggedTokens.of("workers/NNS wheeled/VBD carts/NNS into/IN the/DT hall/NN");
    KindParticiplesAsAdjectives.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("NNS", "VBD", "NNS", "IN", "DT", "NN");
  }

  @Test
  void anotherParticipleAfterAndStaysAVerb() {
    List<CoreLabel> tokens = TaggedTokens.of("arrested/VBD men/NNS and/CC seized/VBD heavy/JJ weapons/NNS");
    KindParticiplesAsAdjectives.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBD", "NNS", "CC", "VBD", "JJ", "NNS");
  }
}
