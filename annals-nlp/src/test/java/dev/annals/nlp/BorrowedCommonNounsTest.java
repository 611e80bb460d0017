package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class BorrowedCommonNounsTest {
  @Test
  void aBorrowedTitleReadAsANameIsACommonNoun() {
    List<CoreLabel> tokens = TaggedTokens.of("summoned/VBD Mali/NNP 's/POS charge/NN d'affaires/NNP ,/,");
    BorrowedCommonNouns.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBD", "NNP", "POS", "NN", "NN", ",");
    assertThat(tokens.get(4).lemma()).isEqualTo("d'affaires");
  }

  @Test
  void wordsOutsideAnExpressionKeepTheirTags() {
    List<CoreLabel> tokens = TaggedTokens.of("Charge/NNP Brown/NNP was/VBD charged/VBN");
    BorrowedCommonNouns.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("NNP", "NNP", "VBD", "VBN");
  }

  @Test
  void aBorrowedTitleReadAsAVerbIsACommonNounToo() {
    List<CoreLabel> tokens = TaggedTokens.of("handed/VBN the/DT Emirati/NNP charge/VB d'affaires/NN a/DT list/NN");
    BorrowedCommonNouns.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBN", "DT", "NNP", "NN", "NN", "DT", "NN");
  }
}
