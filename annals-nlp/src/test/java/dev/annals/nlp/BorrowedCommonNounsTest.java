package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BorrowedCommonNounsTest {
  @Test
  void aBorrowedTitleReadAsANameIsACommonNoun() {
    List<CoreLabel> tokens = tokens("summoned/VBD Mali/NNP 's/POS charge/NN d'affaires/NNP ,/,");
    BorrowedCommonNouns.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBD", "NNP", "POS", "NN", "NN", ",");
    assertThat(tokens.get(4).lemma()).isEqualTo("d'affaires");
  }

  @Test
  void wordsOutsideAnExpressionKeepTheirTags() {
    List<CoreLabel> tokens = tokens("Charge/NNP Brown/NNP was/VBD charged/VBN");
    BorrowedCommonNouns.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("NNP", "NNP", "VBD", "VBN");
  }

  private static List<CoreLabel> tokens(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String item : tagged.split(" ")) {
      int slash = item.lastIndexOf('/');
      CoreLabel token = new CoreLabel();
      token.setWord(item.substring(0, slash));
      token.setValue(item.substring(0, slash));
      token.setTag(item.substring(slash + 1));
      token.setLemma(item.substring(0, slash));
      tokens.add(token);
    }
    return tokens;
  }
}
