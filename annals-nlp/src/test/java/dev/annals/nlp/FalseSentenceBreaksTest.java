package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FalseSentenceBreaksTest {
  @Test
  void aSentenceOpeningInLowerCaseAfterAnAbbreviationsPeriodIsJoinedBack() {
    String text = "It will fail, Sen. Tim Scott (R-S.C.) said on Tuesday. Voters agreed.";
    List<CoreMap> sentences = split(text, List.of("It", "will", "fail", ",", "Sen.", "Tim", "Scott", "(", "R-S.C", ".", ")"),
        List.of("said", "on", "Tuesday", "."), List.of("Voters", "agreed", "."));
    List<CoreMap> joined = FalseSentenceBreaks.joined(sentences, text);
    assertThat(joined).hasSize(2);
    assertThat(joined.get(0).get(CoreAnnotations.TextAnnotation.class)).isEqualTo("It will fail, Sen. Tim Scott (R-S.C.) said on Tuesday.");
    List<CoreLabel> tokens = joined.get(0).get(CoreAnnotations.TokensAnnotation.class);
    assertThat(tokens).hasSize(15);
    assertThat(tokens.get(11).word()).isEqualTo("said");
    assertThat(tokens.get(11).index()).isEqualTo(12);
    assertThat(joined.get(1).get(CoreAnnotations.TokensAnnotation.class).get(0).sentIndex()).isEqualTo(1);
  }

  @Test
  void aCapitalAfterTheBreakOrALineBreakBetweenLeavesTwoSentences() {
    String capital = "Talks were held in Washington, D.C. Officials agreed.";
    assertThat(FalseSentenceBreaks.joined(split(capital, List.of("Talks", "were", "held", "in", "Washington", ",", "D.C", "."),
        List.of("Officials", "agreed", ".")), capital)).hasSize(2);
    String lines = "Talks were held in Washington, D.C.\nofficials agreed.";
    assertThat(FalseSentenceBreaks.joined(split(lines, List.of("Talks", "were", "held", "in", "Washington", ",", "D.C", "."),
        List.of("officials", "agreed", ".")), lines)).hasSize(2);
  }

  @Test
  void aFullStopAfterAPlainWordIsAnEndEvenBeforeLowerCase() {
    String text = "The vote failed. de Klerk spoke.";
    assertThat(FalseSentenceBreaks.joined(split(text, List.of("The", "vote", "failed", "."), List.of("de", "Klerk", "spoke", ".")), text)).hasSize(2);
  }

  /** Sentences of the given words, each found in the text in turn, as ssplit leaves them. */
  @SafeVarargs
  private static List<CoreMap> split(String text, List<String>... words) {
    List<CoreMap> sentences = new ArrayList<>();
    int position = 0;
    int tokenIndex = 0;
    for (List<String> sentenceWords : words) {
      List<CoreLabel> tokens = new ArrayList<>();
      for (String word : sentenceWords) {
        int begin = text.indexOf(word, position);
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.setBeginPosition(begin);
        token.setEndPosition(begin + word.length());
        token.setIndex(tokens.size() + 1);
        token.setSentIndex(sentences.size());
        tokens.add(token);
        position = begin + word.length();
      }
      CoreMap sentence = new ArrayCoreMap();
      int begin = tokens.get(0).beginPosition();
      int end = tokens.get(tokens.size() - 1).endPosition();
      sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
      sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenIndex);
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenIndex + tokens.size());
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, sentences.size());
      tokenIndex += tokens.size();
      sentences.add(sentence);
    }
    return sentences;
  }
}
