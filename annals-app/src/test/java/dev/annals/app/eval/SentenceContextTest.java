package dev.annals.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceContextTest {
  @Test
  void marksTheSpanInItsOwnSentence() {
    String text = "Talks ended. Albright headed Tuesday to East Africa. She met aides.";
    int start = text.indexOf("Tuesday");
    assertThat(SentenceContext.around(text, start, start + "Tuesday".length())).isEqualTo("Albright headed [[Tuesday]] to East Africa.");
  }

  @Test
  void aLineBreakEndsTheSentenceAndALongOneIsCut() {
    String text = "HEADLINE\nIt rained " + "very ".repeat(60) + "hard on Monday " + "and ".repeat(60) + "then stopped";
    int start = text.indexOf("Monday");
    String context = SentenceContext.around(text, start, start + 6);
    assertThat(context).startsWith("...").endsWith("...").contains("[[Monday]]").doesNotContain("HEADLINE");
  }
}
