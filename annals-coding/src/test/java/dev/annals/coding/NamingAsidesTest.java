package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the reporter says who named a deed so: an aside, no statement of its own (cameo/VerbEventCoder). */
class NamingAsidesTest {
  // "Chilean police beat a Peruvian student in what police described as a racist attack."
  private static final String WORDS = "Chilean/Chilean/JJ/MISC police/police/NNS beat/beat/VBD a/a/DT Peruvian/Peruvian/JJ/MISC student/student/NN "
      + "in/in/IN what/what/WP police/police/NNS described/describe/VBD as/as/IN a/a/DT racist/racist/JJ attack/attack/NN ././.";

  @Test
  void aNamingInWhatIsNoStatementOfItsOwn() {
    var article = code(new HandBuiltText().sentence(WORDS,
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) mark(10,7) obj(10,8) nsubj(10,9) advcl:in(3,10) case(14,11) det(14,12) amod(14,13) "
            + "obl:as(10,14) punct(3,15)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 010")).isNotEmpty();
  }

  @Test
  void aDescriptionAsTheMainVerbIsAStatement() {
    // "Chilean police described what happened."
    var article = code(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ/MISC police/police/NNS described/describe/VBD what/what/WP happened/happen/VBD ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nsubj(5,4) ccomp(3,5) punct(3,6)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith(" 010"));
  }
}
