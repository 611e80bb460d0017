package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceWordsTest {
  private final List<Token> tokens = TestTokens.tokens("Talks ended . Monday ’s vote went ahead .");

  @Test
  void wordsAreLowerCaseWithStraightApostrophesAndEmptyPastTheSentence() {
    SentenceWords first = new SentenceWords(tokens, 3);
    assertThat(first.at(0)).isEqualTo("talks");
    assertThat(first.at(3)).as("Monday is the next sentence's").isEmpty();
    assertThat(first.capitalised(3)).isFalse();
    assertThat(new SentenceWords(tokens, tokens.size()).at(4)).isEqualTo("'s");
  }

  @Test
  void theWordBeforeReachesBackIntoThePreviousSentenceAsWritten() {
    SentenceWords second = new SentenceWords(tokens, tokens.size());
    assertThat(second.before(3)).isEqualTo(".");
    assertThat(second.before(5)).as("the apostrophe as written").isEqualTo("’s");
    assertThat(second.before(0)).isEmpty();
  }

  @Test
  void aSentenceEndBeyondTheTokensIsAnError() {
    assertThatThrownBy(() -> new SentenceWords(tokens, tokens.size() + 1)).hasMessageContaining("10");
  }
}
