package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class NounTaggedVerbJoinedToBaseVerbTest {
  @Test
  void aNounAfterAndBeforeAnObjectInAWouldClauseIsTheJoinedVerb() {
    List<CoreLabel> tokens = TaggedTokens.of("Mauritius/NNP would/MD also/RB pay/VB for/IN irrigation/NN works/NNS and/CC train/NN Malagasy/JJ farmers/NNS ./.");
    NounTaggedVerbJoinedToBaseVerb.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("NNP", "MD", "RB", "VB", "IN", "NN", "NNS", "CC", "VB", "JJ", "NNS", ".");
    assertThat(tokens.get(8).lemma()).isEqualTo("train");
  }

  @Test
  void aNounJoinedInAPastClauseStaysANoun() {
    // "Mauritius paid for irrigation and training the farmers wanted": no base verb to join.
    List<CoreLabel> tokens = TaggedTokens.of("Mauritius/NNP paid/VBD for/IN irrigation/NN and/CC training/NN the/DT farmers/NNS wanted/VBD ./.");
    NounTaggedVerbJoinedToBaseVerb.repair(tokens);
    assertThat(tokens.get(5).tag()).isEqualTo("NN");
  }

  @Test
  void aNounJoinedToAnotherNounBeforeANounStaysANoun() {
    // "would pay for roads and rail links": "rail links" is one more thing paid for.
    List<CoreLabel> tokens = TaggedTokens.of("would/MD pay/VB for/IN roads/NNS and/CC rail/NN links/NNS ./.");
    NounTaggedVerbJoinedToBaseVerb.repair(tokens);
    assertThat(tokens.get(5).tag()).isEqualTo("NN");
  }
}
