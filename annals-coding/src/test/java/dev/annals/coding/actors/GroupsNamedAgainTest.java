package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "The group" alone is the armed, criminal or opposition group the story last named by its name (PhraseResolver). */
class GroupsNamedAgainTest {
  @Test
  void theGroupIsTheOppositionBodyNamedLast() {
    // "The exiled National Unity Government condemned the agreements on Wednesday. Russia's foreign
    // ministry dismissed the group as terrorists on Thursday."
    var article = code(new HandBuiltText().sentence(
        "The/the/DT exiled/exile/VBN National/National/NNP/ORGANIZATION Unity/Unity/NNP/ORGANIZATION Government/Government/NNP/ORGANIZATION "
            + "condemned/condemn/VBD the/the/DT agreements/agreement/NNS on/on/IN Wednesday/Wednesday/NNP ././.",
        "root(0,6) det(5,1) amod(5,2) compound(5,3) compound(5,4) nsubj(6,5) obj(6,8) obl:on(6,10) punct(6,11) det(8,7) case(10,9)").sentence(
        "Russia/Russia/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN dismissed/dismiss/VBD the/the/DT group/group/NN "
            + "as/as/IN terrorists/terrorist/NNS on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) obl:as(5,9) punct(5,12) det(7,6) case(9,8) nmod:on(9,11) "
            + "case(11,10)"), LocalDate.of(2026, 10, 17));
    assertThat(article.events()).extracting(e -> triple(e)).contains("RUSGOV MMROPP 120");
  }
}
