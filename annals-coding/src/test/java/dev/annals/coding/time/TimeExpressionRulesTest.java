package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every rule of {@link TimeExpressionFinder#RULES} must do, on made-up sentences and on random
 * runs of time words: a match starts at the token it was asked about and ends inside the sentence,
 * however the sentence is cut.
 */
class TimeExpressionRulesTest {
  private static final List<String> SENTENCES = List.of(
      "Profit rose in the year - ago third quarter , up from the first half of 1989 .",
      "Troops left the day before last Tuesday , nearly two weeks ago .",
      "At 9 a.m. EST , Nov. 9 , talks resumed ; they ended at noon Thursday .",
      "The rebels have fought for years and will talk in the near future .",
      "It froze in the winter of nineteen ninety - four , on Sunday , March 8 .",
      "He left last Thanksgiving and returns on New Year 's Day .",
      "Earlier that day the market opened ; it opens on Tuesdays and each July .",
      "Sales for the full year were $ 6 billion at year - end .");
  private static final List<String> VOCABULARY = List.of(
      "the", "last", "next", "this", "past", "early", "mid", "-", ",", "'s", "of", "a", "an", "couple", "few", "two", "twenty", "four",
      "nineteen", "ninety", "year", "years", "week", "quarter", "third", "half", "day", "before", "ago", "later", "that", "nearly", "at",
      "least", "more", "than", "March", "May", "Oct.", "8", "1996", "1990s", "Sunday", "morning", "nights", "9", "a.m.", "EST", "noon",
      "Thanksgiving", "New", "Year", "Day", "for", "within", "every", "daily", "weekly/RB", "spring", "today", "end", "future", "near");

  @Test
  void aMatchStartsWhereItWasAskedAndEndsInsideTheSentence() {
    for (String sentence : SENTENCES) {
      assertKeepsTheContract(TestTokens.tokens(sentence), sentence);
    }
  }

  @Test
  void randomRunsOfTimeWordsKeepTheContract() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int run = 0; run < 300; run++) {
      List<String> words = new ArrayList<>();
      for (int k = 1 + random.nextInt(12); k > 0; k--) {
        words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
      }
      String sentence = String.join(" ", words);
      assertKeepsTheContract(TestTokens.tokens(sentence), sentence + " (seed " + seed + ")");
    }
  }

  /** Every rule at every token, with the sentence cut after each token: the tokens after the cut are the next sentence's. */
  private static void assertKeepsTheContract(List<Token> tokens, String description) {
    for (int end = 1; end <= tokens.size(); end++) {
      SentenceWords sentence = new SentenceWords(tokens, end);
      for (int i = 0; i < end; i++) {
        for (int rule = 0; rule < TimeExpressionFinder.RULES.size(); rule++) {
          Optional<TimeMatch> match = TimeExpressionFinder.RULES.get(rule).at(sentence, i);
          if (match.isPresent()) {
            assertThat(match.get().first()).as("rule %d at token %d of \"%s\" cut after %d", rule, i, description, end).isEqualTo(i);
            assertThat(match.get().last()).as("rule %d at token %d of \"%s\" cut after %d", rule, i, description, end).isLessThan(end);
          }
        }
      }
    }
  }
}
