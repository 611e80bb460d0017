package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.HandBuiltText;
import dev.annals.model.AnnotatedText;
import dev.annals.model.EventDate;
import dev.annals.model.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PredicateDatesTest {
  private static final LocalDate SATURDAY_31_DEC_2022 = LocalDate.of(2022, 12, 31);
  private final EventDater dater = new EventDater(lemma -> false, lemma -> lemma.equals("say"));

  private PredicateDates dates(AnnotatedText text) {
    DependencyIndex index = new DependencyIndex(text);
    return new PredicateDates(dater, index, dater.clock(index, SATURDAY_31_DEC_2022));
  }

  private static Span spanOf(AnnotatedText text, String word) {
    int start = text.text().indexOf(word);
    return new Span(start, start + word.length());
  }

  @Test
  void aPredicateTakesTheTimeOfItsOwnClauseAndItsTellerThePublicationDate() {
    AnnotatedText text = new HandBuiltText().sentence(
        "Officials/official/NNS said/say/VBD ministers/minister/NNS met/meet/VBD on/on/IN Friday/Friday/NNP ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) case(6,5) obl:on(4,6) punct(2,7)").timex(6, 6, "DATE").build(SATURDAY_31_DEC_2022);
    PredicateDates dates = dates(text);

    assertThat(dates.dateOf(spanOf(text, "met")).map(EventDate::value)).contains("2022-12-30");
    assertThat(dates.dateOf(spanOf(text, "said")).map(EventDate::value)).contains("2022-12-31");
    assertThat(dates.times()).hasSize(1);
    assertThat(dates.sentenceOf(spanOf(text, "met"))).contains(text.sentences().get(0).span());
  }

  @Test
  void noTokenNoDate() {
    AnnotatedText text = new HandBuiltText().sentence("Talks/talk/NNS ended/end/VBD ././.", "nsubj(2,1) root(0,2) punct(2,3)").build(SATURDAY_31_DEC_2022);

    assertThat(dates(text).dateOf(new Span(200, 204))).isEmpty();
  }

  @Test
  void aNounIsDatedThroughTheVerbItIsTheObjectOfAndTheNounItNamesAKindOf() {
    // "They held talks on Friday after the shooting death of a guard."
    AnnotatedText text = new HandBuiltText().sentence(
        "They/they/PRP held/hold/VBD talks/talk/NNS on/on/IN Friday/Friday/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6)").timex(5, 5, "DATE")
        .sentence("The/the/DT March/March/NNP shooting/shooting/NN death/death/NN shocked/shock/VBD Lima/Lima/NNP ././.",
            "det(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)").timex(2, 2, "DATE").build(SATURDAY_31_DEC_2022);
    PredicateDates dates = dates(text);

    assertThat(dates.dateOf(spanOf(text, "talks")).map(EventDate::value)).contains("2022-12-30");
    assertThat(dates.dateOf(spanOf(text, "shooting")).map(EventDate::value)).contains("2022-03");
  }
}
