package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A side that says its own measure will stay in place refuses to ease it (SanctionsKeptInPlace). */
class SanctionsKeptInPlaceTest {
  private static final String FROZE = "Malaysia/Malaysia/NNP/LOCATION froze/freeze/VBD the/the/DT recruitment/recruitment/NN of/of/IN "
      + "Bangladeshi/Bangladeshi/JJ workers/worker/NNS ././.";
  private static final String FROZE_EDGES = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) amod(7,6) nmod:of(4,7) punct(2,8)";

  @Test
  void aFreezeSaidToStayInPlaceIsARefusalToEaseIt() {
    // "Malaysia froze the recruitment of Bangladeshi workers. Malaysia's minister said the freeze would stay in place."
    var article = code(new HandBuiltText().sentence(FROZE, FROZE_EDGES)
        .sentence("Malaysia/Malaysia/NNP/LOCATION 's/'s/POS minister/minister/NN said/say/VBD the/the/DT freeze/freeze/NN would/would/MD stay/stay/VB "
                + "in/in/IN place/place/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) nsubj(8,6) aux(8,7) ccomp(4,8) case(10,9) obl:in(8,10) punct(4,11)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("MYS BGDLAB 160", "MYSGOV BGDLAB 1244");
  }

  @Test
  void aFreezeSaidNotToStayInPlaceIsNoRefusal() {
    // "… Malaysia's minister said the freeze would not stay in place."
    var article = code(new HandBuiltText().sentence(FROZE, FROZE_EDGES)
        .sentence("Malaysia/Malaysia/NNP/LOCATION 's/'s/POS minister/minister/NN said/say/VBD the/the/DT freeze/freeze/NN would/would/MD not/not/RB "
                + "stay/stay/VB in/in/IN place/place/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) nsubj(9,6) aux(9,7) advmod(9,8) ccomp(4,9) case(11,10) obl:in(9,11) punct(4,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("MYS BGDLAB 160").noneMatch(t -> t.endsWith(" 1244"));
  }
}
