package dev.annals.coding.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.ArticleCoder;
import dev.annals.coding.HandBuiltText;
import dev.annals.model.CodedArticle;
import dev.annals.model.Quote;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static final LocalDate DATE = LocalDate.of(2023, 5, 10);
  private static ArticleCoder coder;

  @BeforeAll
  static void load() {
    coder = ArticleCoder.loadDefault();
  }

  @Test
  void aQuoteFollowedByHeSaidGoesToTheLastSpeakerNotTheLastPersonNamed() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "Spokesman/spokesman/NN Dmitry/Dmitry/NNP/PERSON Peskov/Peskov/NNP/PERSON said/say/VBD Putin/Putin/NNP/PERSON would/would/MD travel/travel/VB ././.",
            "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) nsubj(7,5) aux(7,6) ccomp(4,7) punct(4,8)")
        .sentence(
            "“/“/`` It/it/PRP is/be/VBZ very/very/RB important/important/JJ ,/,/, ”/”/'' he/he/PRP said/say/VBD ././.",
            "punct(5,1) nsubj(5,2) cop(5,3) advmod(5,4) ccomp(9,5) punct(9,6) punct(9,7) nsubj(9,8) root(0,9) punct(9,10)")
        .build(DATE), DATE, "given");
    Quote quote = article.quotes().stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(quote.text()).contains("It is very important");
    assertThat(quote.speaker()).isPresent();
    assertThat(quote.speaker().get().actor().name()).isEqualTo("Dmitry Peskov");
  }

  @Test
  void aScareQuoteHasNoSpeaker() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "The/the/DT two/two/CD countries/country/NNS agreed/agree/VBD to/to/IN a/a/DT “/“/`` no/no/DT limits/limit/NNS ”/”/'' partnership/partnership/NN ././.",
            "det(3,1) nummod(3,2) nsubj(4,3) root(0,4) case(11,5) det(11,6) punct(9,7) det(9,8) compound(11,9) punct(9,10) obl:to(4,11) punct(4,12)")
        .build(DATE), DATE, "given");
    assertThat(article.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("no limits");
      assertThat(q.speaker()).isEmpty();
    });
  }

  @Test
  void quoteSpansPairCurlyAndStraightMarks() {
    assertThat(QuoteFinder.quoteSpans("He said “yes” and \"no\".")).hasSize(2);
    assertThat(QuoteFinder.quoteSpans("An “unclosed quote\n\nNext paragraph.")).hasSize(1);
    assertThat(QuoteFinder.quoteSpans("No quotes here.")).isEmpty();
  }
}
