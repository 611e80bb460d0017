package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** "the king" alone is the person last named with that title (NounAnaphora.rulerAnaphor); attending with someone meets them. */
class RulerAnaphorTest {
  @Test
  void theKingIsThePersonLastNamedKing() {
    // "Chile's president attended the signing with King Felipe. The king thanked Chile."
    var article = code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN attended/attend/VBD the/the/DT signing/signing/NN with/with/IN "
                + "King/King/NNP/PERSON Felipe/Felipe/NNP/PERSON ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(9,7) compound(9,8) obl:with(4,9) punct(4,10)")
        .sentence("The/the/DT king/king/NN thanked/thank/VBD Chile/Chile/NNP/LOCATION ././.", "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHLGOV ESPGOV 040").anyMatch(t -> t.startsWith("ESPGOV CHL 05"));
  }
}
