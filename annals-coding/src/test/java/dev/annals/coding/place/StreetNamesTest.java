package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.model.AnnotatedText;
import dev.annals.model.Sentence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which runs of capitalised words are streets, on hand-built sentences. */
class StreetNamesTest {
  /** Whether the capitalised run of words from token {@code first} to {@code end} of a one-sentence text is a street. */
  private static boolean street(String tokens, int first, int end) {
    AnnotatedText text = new HandBuiltText().sentence(tokens, "").build(LocalDate.of(2009, 3, 20));
    Sentence sentence = text.sentences().get(0);
    return StreetNames.isStreet(text.tokens(), first, end, sentence);
  }

  @Test
  void aNameBeforeAStreetWordIsAStreet() {
    assertThat(street("at/at/IN Dublin/Dublin/NNP Road/Road/NNP ././.", 1, 3)).isTrue();
    assertThat(street("on/on/IN Richmond/Richmond/NNP road/road/NN ././.", 1, 2)).isTrue();
    assertThat(street("at/at/IN Windsor/Windsor/NNP Court/Court/NNP ././.", 1, 3)).isTrue();
    assertThat(street("in/in/IN Richmond/Richmond/NNP today/today/NN ././.", 1, 2)).isFalse();
  }

  @Test
  void aCourtOfLawIsNoStreet() {
    assertThat(street("in/in/IN Clarke/Clarke/NNP County/County/NNP Superior/Superior/NNP Court/Court/NNP ././.", 1, 5)).isFalse();
    assertThat(street("at/at/IN Kingston/Kingston/NNP Crown/Crown/NNP Court/Court/NNP ././.", 1, 4)).isFalse();
    assertThat(street("in/in/IN Edgar/Edgar/NNP County/County/NNP Court/Court/NNP records/record/NNS", 1, 4)).isFalse();
    assertThat(street("asked/ask/VBD the/the/DT Ohio/Ohio/NNP court/court/NN to/to/TO wait/wait/VB", 2, 3)).isFalse();
    assertThat(street("from/from/IN the/the/DT Kentucky/Kentucky/NNP Court/Court/NNP of/of/IN Appeals/Appeals/NNPS", 2, 4)).isFalse();
  }

  @Test
  void aCountysRoadIsTheCountys() {
    assertThat(street("near/near/IN Otter/Otter/NNP Tail/Tail/NNP County/County/NNP Road/Road/NNP 80/80/CD", 1, 5)).isFalse();
  }
}
