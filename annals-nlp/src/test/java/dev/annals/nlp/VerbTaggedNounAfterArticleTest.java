package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbTaggedNounAfterArticleTest {
  @Test
  void aVerbTagAfterAnArticleAndAdjectivesIsANoun() {
    List<CoreLabel> tokens = TaggedTokens.of("shot/VBD down/RP a/DT Russian/JJ drone/VB late/RB");
    VerbTaggedNounAfterArticle.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBD", "RP", "DT", "JJ", "NN", "RB");
  }

  @Test
  void aVerbAfterOtherWordsStaysAVerb() {
    List<CoreLabel> tokens = TaggedTokens.of("let/VB them/PRP all/DT go/VB to/TO the/DT talks/NNS");
    VerbTaggedNounAfterArticle.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VB", "PRP", "DT", "VB", "TO", "DT", "NNS");
  }

  @Test
  void aPresentTenseVerbBetweenASingularArticlesNounsAndANounIsANoun() {
    List<CoreLabel> tokens = TaggedTokens.of("A/DT Scottish/JJ fisheries/NNS patrol/VBP vessel/NN detained/VBN a/DT trawler/NN");
    VerbTaggedNounAfterArticle.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("DT", "JJ", "NNS", "NN", "NN", "VBN", "DT", "NN");
  }

  @Test
  void aPresentTenseVerbAfterThePluralSubjectOfTheStaysAVerb() {
    List<CoreLabel> tokens = TaggedTokens.of("The/DT dock/NN workers/NNS strike/VBP ports/NNS");
    VerbTaggedNounAfterArticle.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("DT", "NN", "NNS", "VBP", "NNS");
  }

  @Test
  void aBaseFormVerbAfterASingularArticleAndNounsIsTheirLastNoun() {
    List<CoreLabel> tokens = TaggedTokens.of("covered/VBN by/IN a/DT boundary/NN deal/VB the/DT two/CD countries/NNS signed/VBD");
    VerbTaggedNounAfterArticle.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBN", "IN", "DT", "NN", "NN", "DT", "CD", "NNS", "VBD");
  }

  @Test
  void aBareInfinitiveAfterTheObjectOfMakeStaysAVerb() {
    List<CoreLabel> tokens = TaggedTokens.of("made/VBD a/DT soldier/NN take/VB the/DT blame/NN");
    VerbTaggedNounAfterArticle.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBD", "DT", "NN", "VB", "DT", "NN");
  }
}
