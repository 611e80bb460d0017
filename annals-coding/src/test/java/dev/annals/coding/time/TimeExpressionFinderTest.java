package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.model.AnnotatedText;
import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Timex;
import dev.annals.model.Token;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeExpressionFinderTest {
  private final TimeExpressionFinder finder = new TimeExpressionFinder();

  /** Tokens are split on spaces; every token is tagged NNP if capitalised, CD if a number, else NN. */
  private List<String> find(String sentence) {
    StringBuilder specs = new StringBuilder();
    for (String word : sentence.split(" ")) {
      String tag = word.matches("\\d+") ? "CD" : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
      specs.append(word.replace("/", "\\u2215")).append('/').append(word.toLowerCase()).append('/').append(tag).append(' ');
    }
    AnnotatedText text = new HandBuiltText().sentence(specs.toString(), "").build(LocalDate.of(2022, 12, 29));
    return finder.find(text.tokens(), text.sentences().get(0), text.text()).stream().map(t -> t.text() + ":" + t.type()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "They met last September in Samarkand . | last September:DATE",
    "Profit rose from last year 's quarter . | last year 's quarter:DATE",
    "Trading halted at noon Thursday . | noon Thursday:TIME",
    "Stocks fell Friday Oct. 13 . | Friday Oct. 13:DATE",
    "He spoke on Thursday to reporters . | Thursday:DATE",
    "Talks begin Friday morning . | Friday morning:TIME",
    "They would talk the following morning . | the following morning:TIME",
    "A pact was agreed earlier this year . | earlier this year:DATE",
    "Drills ended earlier this week . | earlier this week:DATE",
    "The deal was signed on December 5 , 2021 in Paris . | December 5 , 2021:DATE",
    "The deal was signed on 5 December 2021 . | 5 December 2021:DATE",
    "Relations grew in recent months . | recent months:DURATION",
    "The war lasted three years . | three years:DURATION",
    "He resigned two weeks ago . | two weeks ago:DATE",
    "It happened in 2014 . | 2014:DATE",
    "Prices rose in the 1990s . | the 1990s:DATE",
    "Officials met yesterday . | yesterday:DATE",
    "Elections are due next month . | next month:DATE",
    "Third - quarter profit rose . | Third - quarter:DATE",
    "Sales fell in the year - ago third quarter . | the year - ago third quarter:DATE",
    "Net income in the quarter rose . | the quarter:DATE",
    "Shares traded at 9 a.m. EDT Tuesday . | 9 a.m. EDT Tuesday:TIME",
    "He won a two - year term . | two - year:DURATION",
    "It rained in mid - November . | mid - November:DATE",
    "It rained in mid-November . | mid-November:DATE",
    "Crowds rallied daily outside the house . | daily:SET",
    "The party daily printed the speech . | daily:SET",
    "Nobody knows what the future holds . | the future:DATE",
    "Atlanta , nineteen ninety - six . | nineteen ninety - six:DATE",
    "It froze in the winter of nineteen ninety - four . | winter of nineteen ninety - four:DATE",
    "It opened January nineteen ninety - seven . | January nineteen ninety - seven:DATE",
    "The 20th century ended . | 20th century:DATE",
    "Families met on Thanksgiving Day . | Thanksgiving Day:DATE",
    "He left last Thanksgiving . | last Thanksgiving:DATE",
    "Sales rose in mid-1996 . | mid-1996:DATE",
    "Talks open the week of March 6 . | the week of March 6:DATE",
    "They vote this coming Sunday , March eighth . | coming Sunday:DATE",
    "They voted on Sunday , March 8 . | Sunday , March 8:DATE",
    "The market opens on Tuesdays . | Tuesdays:SET",
    "Flights leave on Tuesday nights . | Tuesday nights:SET",
    "Sales slowed in the last half of 1989 . | the last half of 1989:DATE",
    "The festival opens each July . | each July:SET",
    "They met the day before last Tuesday . | the day before last Tuesday:DATE",
    "They met the day before the vote . | the day before:DATE",
    "Trading closed mid-afternoon yesterday . | mid-afternoon yesterday:TIME",
    "The offer expires midnight Friday . | midnight Friday:TIME",
    "Losses will last the first two quarters of 1990 . | first two quarters of 1990:DATE",
    "It earned $ 5 million in the quarter a year ago . | the quarter a year ago:DATE",
    "They will meet in the near future . | the near future:DATE",
    "Prices will fall in the near term . | the near term:DATE",
    "Talks will resume in coming weeks . | coming weeks:DURATION",
    "It took a couple of years . | a couple of years:DURATION",
    "The vote is due in the next couple of years . | the next couple of years:DURATION",
    "Talks ended at midday . | midday:TIME",
    "The blast came at 4 in the morning . | 4 in the morning:TIME",
    "The clip lasts a minute and a half . | a minute and a half:DURATION",
    "The war lasted nearly forty years . | nearly forty years:DURATION",
    "The talks lasted nearly an hour . | nearly an hour:DURATION",
    "Troops will stay two more weeks . | two more weeks:DURATION",
    "He waited an additional year . | an additional year:DURATION",
    "Earlier that day , troops left . | Earlier that day:DATE",
    "Later that year , troops left . | Later that year:DATE",
    "Sales rose at the end of the year . | the end of the year:DATE",
    "Sales will rise by year-end . | year-end:DATE",
    "Prices rose in the nineties . | the nineties:DATE",
    "Prices rose in the mid-1990s . | the mid-1990s:DATE",
    "It was built almost a hundred years ago . | almost a hundred years ago:DATE",
    "The deal runs at least 20 more years . | at least 20 more years:DURATION",
    "They have no more than sixty days . | no more than sixty days:DURATION",
    "Trading lasted eight trading days . | eight trading days:DURATION",
    "The talks ended at noon . | noon:TIME",
    "Troops will leave within a week . | a week:DURATION",
    "In the past , Russia has objected . | the past:DATE",
    "Markets seem calmer these days . | these days:DATE",
    "Nobody spoke for twenty four hours . | twenty four hours:DURATION",
    "They fled a few years ago . | a few years ago:DATE",
    "Sales for the full year were $ 6 billion . | the full year:DATE",
    "Profit rose in the current fiscal year . | the current fiscal year:DATE",
    "Profit for the year ended then rose . | the year:DURATION",
    "The rebels have fought for years . | years:DURATION",
    "Troops will arrive within weeks . | weeks:DURATION",
    "Belgrade responded hours later . | hours later:DATE",
    "He was received by the king earlier in the day . | earlier in the day:DATE",
    "Belgrade responded two hours later . | two hours later:DATE",
  })
  void findsTheExpression(String sentence, String expected) {
    assertThat(find(sentence)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Theresa May spoke in London .",
    "Protesters march through the city .",
    "He said 2,000 troops were sent .",
    "A few people came .",
    "He earns $ 5 a year .",
    "He said that year-long talks failed .",
    "Profit fell from $ 5 million the year before .",
    "The talks took weeks of work .",
  })
  void leavesOrdinaryWordsAlone(String sentence) {
    assertThat(find(sentence)).isEmpty();
  }

  @Test
  void aWholeNumberWithItsHalfIsOneTokenFromCoreNlp() {
    // CoreNLP's tokenizer keeps "5 1/2" together, with a no-break space.
    String text = "It lasted 5\u00a01/2 hours .";
    List<Token> tokens = List.of(
        new Token(0, 0, "It", "it", "PRP", "O", new Span(0, 2)),
        new Token(1, 0, "lasted", "last", "VBD", "O", new Span(3, 9)),
        new Token(2, 0, "5\u00a01/2", "5\u00a01/2", "CD", "O", new Span(10, 15)),
        new Token(3, 0, "hours", "hour", "NNS", "O", new Span(16, 21)),
        new Token(4, 0, ".", ".", ".", "O", new Span(22, 23)));
    var sentence = new Sentence(0, new Span(0, 23), 0, 5, List.of());
    assertThat(finder.find(tokens, sentence, text)).extracting(Timex::type).containsExactly("DURATION");
    assertThat(finder.find(tokens, sentence, text)).extracting(t -> t.span().start()).containsExactly(10);
  }
}
