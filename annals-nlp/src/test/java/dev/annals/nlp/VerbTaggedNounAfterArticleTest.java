package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbTaggedNounAfterArticleTest {
  @Test
  void aVerbTagAfterAnArticleAndAdjectivesIsANoun() {
    List<CoreLabel> tokens = tokens("shot/VBD down/RP a/DT Russian/JJ drone/VB late/RB");
    VerbTaggedNounAfterArticle.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBD", "RP", "DT", "JJ", "NN", "RB");
  }

  @Test
  void aVerbAfterOtherWordsStaysAVerb() {
    List<CoreLabel> tokens = tokens("let/VB them/PRP all/DT go/VB to/TO the/DT talks/NNS");
    VerbTaggedNounAfterArticle.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VB", "PRP", "DT", "VB", "TO", "DT", "NNS");
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
