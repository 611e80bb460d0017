package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A march to a site in a town happens in that town, and the crowd is of the town's country. */
class MarchesToPlacesTest {
  // "A court in Paris froze the funds. People marched to the French embassy in Brazzaville."
  private static final HandBuiltText MARCH_AFTER_RULING = new HandBuiltText()
      .sentence("A/a/DT court/court/NN in/in/IN Paris/Paris/NNP/LOCATION froze/freeze/VBD the/the/DT funds/fund/NNS ././.",
          "det(2,1) nsubj(5,2) case(4,3) nmod:in(2,4) root(0,5) det(7,6) obj(5,7) punct(5,8)")
      .sentence("People/people/NNS marched/march/VBD to/to/IN the/the/DT French/French/JJ/NATIONALITY embassy/embassy/NN in/in/IN "
          + "Brazzaville/Brazzaville/NNP/LOCATION ././.",
          "nsubj(2,1) root(0,2) case(6,3) det(6,4) amod(6,5) obl:to(2,6) case(8,7) nmod:in(6,8) punct(2,9)");

  @Test
  void aMarchToAnEmbassyHappensInItsTown() {
    assertThat(code(MARCH_AFTER_RULING).events()).filteredOn(e -> e.type().code().startsWith("14"))
        .anySatisfy(e -> assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Brazzaville")));
  }

  @Test
  void theMarchersAreOfTheTownsCountry() {
    assertThat(code(MARCH_AFTER_RULING).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("COGCVL FRAGOV 14")).noneMatch(t -> t.startsWith("FRACVL"));
  }

  @Test
  void aProtestThatIsTheMarchsPurposeIsNoSecondProtest() {
    // "People marched to the French embassy to protest against the ruling."
    HandBuiltText text = new HandBuiltText().sentence(
        "People/people/NNS marched/march/VBD to/to/IN the/the/DT French/French/JJ/NATIONALITY embassy/embassy/NN to/to/TO protest/protest/VB "
            + "against/against/IN the/the/DT ruling/ruling/NN ././.",
        "nsubj(2,1) root(0,2) case(6,3) det(6,4) amod(6,5) obl:to(2,6) mark(8,7) xcomp(2,8) nsubj:xsubj(8,1) case(11,9) det(11,10) obl:against(8,11) punct(2,12)");
    assertThat(code(text).events()).extracting(e -> triple(e)).filteredOn(t -> t.contains(" 14")).singleElement().asString().contains("FRAGOV");
  }
}
