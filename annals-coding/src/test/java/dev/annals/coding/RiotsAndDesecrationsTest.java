package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A holy book burned as a symbolic act (cameo/verbs.tsv), and property a riot destroys as the riot's target's (JoinedDeedsOfOneKind). */
class RiotsAndDesecrationsTest {
  @Test
  void aHolyBookBurnedIsASymbolicActNoDamageToProperty() {
    // "A man burned a copy of the Koran in Oslo."
    var article = code(new HandBuiltText().sentence("A/a/DT man/man/NN burned/burn/VBD a/a/DT copy/copy/NN of/of/IN the/the/DT Koran/Koran/NNP in/in/IN "
            + "Oslo/Oslo/NNP/LOCATION ././.",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) nmod:of(5,8) case(10,9) obl:in(3,10) punct(3,11)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith(" 017")).noneMatch(t -> t.contains(" 171"));
  }

  @Test
  void propertyARiotDestroysIsOfWhomTheRiotIsAimedAt() {
    // "Protesters stormed Sweden's embassy in Baghdad and set fire to a gate."
    var article = code(new HandBuiltText().sentence("Protesters/protester/NNS stormed/storm/VBD Sweden/Sweden/NNP/LOCATION ~'s/'s/POS embassy/embassy/NN "
            + "in/in/IN Baghdad/Baghdad/NNP/LOCATION and/and/CC set/set/VBD fire/fire/NN to/to/IN a/a/DT gate/gate/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(7,6) nmod:in(5,7) cc(9,8) conj:and(2,9) nsubj(9,1) obj(9,10) case(13,11) det(13,12) "
            + "obl:to(9,13) punct(2,14)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith("SWEGOV 1712"));
  }
}
