package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import dev.annals.model.PloverType;
import org.junit.jupiter.api.Test;

/** Saying that a thing is out of the question is refusing it. */
class OutOfTheQuestionTest {
  private static final String EDGES = "amod(2,1) nsubj(3,2) root(0,3) ccomp(3,14) mark(14,4) nsubj(14,5) obj(5,7) det(7,6) nmod:on(7,9) case(9,8) cop(14,10) case(14,11) fixed(11,12) det(14,13) punct(3,15)";

  @Test
  void whatIsOutOfTheQuestionIsRejectedTowardsWhomItConcerns() {
    // "Chilean officials said that lifting the sanctions on Peru is out of the question."
    CodedArticle article = code(
        "Chilean/Chilean/JJ/MISC officials/official/NNS said/say/VBD that/that/IN lifting/lift/VBG the/the/DT sanctions/sanction/NNS on/on/IN Peru/Peru/NNP/LOCATION "
            + "is/be/VBZ out/out/IN of/of/IN the/the/DT question/question/NN ././.",
        EDGES);
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.source().country()).contains("CHL");
      assertThat(e.target().flatMap(t -> t.country())).contains("PER");
      assertThat(e.type().code()).isEqualTo("120");
      assertThat(e.type().plover().map(PloverType::eventType)).contains("REJECT");
    });
  }

  @Test
  void aQuestionThatIsNotOutOfItRefusesNothing() {
    // "Chilean officials said that lifting the sanctions on Peru is outside of the question."
    CodedArticle article = code(
        "Chilean/Chilean/JJ/MISC officials/official/NNS said/say/VBD that/that/IN lifting/lift/VBG the/the/DT sanctions/sanction/NNS on/on/IN Peru/Peru/NNP/LOCATION "
            + "is/be/VBZ outside/outside/IN of/of/IN the/the/DT question/question/NN ././.",
        EDGES);
    assertThat(article.events()).noneMatch(e -> e.type().rootCode().equals("12"));
  }
}
