package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an anniversary remembers is history, not a deed of the story. */
class AnniversariesTest {
  @Test
  void theMassacreAnAnniversaryRemembersIsNoEventOfTheStory() {
    // "Mattarella laid a wreath on the anniversary of a massacre by Italian forces."
    var article = code("Mattarella/Mattarella/NNP/PERSON laid/lay/VBD a/a/DT wreath/wreath/NN on/on/IN the/the/DT anniversary/anniversary/NN of/of/IN "
        + "a/a/DT massacre/massacre/NN by/by/IN Italian/Italian/JJ/MISC forces/force/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) det(7,6) obl:on(2,7) case(10,8) det(10,9) nmod:of(7,10) case(13,11) amod(13,12) nmod:by(10,13) punct(2,14)");
    assertThat(triples(article)).noneMatch(t -> t.endsWith(" 202"));
  }
}
