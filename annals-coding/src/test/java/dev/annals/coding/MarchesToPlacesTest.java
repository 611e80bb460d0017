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

  // "Veterans marched to the British embassy, and 12 of them began a hunger strike outside its gates."
  private static final HandBuiltText MARCH_AND_HUNGER_STRIKE = new HandBuiltText().sentence(
      "Veterans/veteran/NNS marched/march/VBD to/to/IN the/the/DT British/British/JJ/NATIONALITY embassy/embassy/NN ,/,/, and/and/CC 12/12/CD of/of/IN "
          + "them/they/PRP began/begin/VBD a/a/DT hunger/hunger/NN strike/strike/NN outside/outside/IN its/its/PRP$ gates/gate/NNS ././.",
      "nsubj(2,1) root(0,2) case(6,3) det(6,4) amod(6,5) obl:to(2,6) punct(2,7) cc(12,8) det:qmod(11,9) fixed(9,10) nsubj(12,11) conj:and(2,12) "
          + "det(15,13) compound(15,14) obj(12,15) case(18,16) nmod:poss(18,17) nmod:outside(15,18) punct(2,19)");

  @Test
  void aHungerStrikeBegunBySomeOfTheMarchersIsAnEventOfItsOwn() {
    assertThat(code(MARCH_AND_HUNGER_STRIKE).events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith("GBRGOV 141")).anyMatch(t -> t.endsWith("GBRGOV 142"));
  }

  @Test
  void aHungerStrikeOutsideAnEmbassysGatesIsAimedAtItsState() {
    // "12 veterans began a hunger strike outside the British embassy's gates in Kathmandu."
    HandBuiltText text = new HandBuiltText().sentence(
        "12/12/CD veterans/veteran/NNS began/begin/VBD a/a/DT hunger/hunger/NN strike/strike/NN outside/outside/IN the/the/DT British/British/JJ/NATIONALITY "
            + "embassy/embassy/NN 's/'s/POS gates/gate/NNS in/in/IN Kathmandu/Kathmandu/NNP/LOCATION ././.",
        "nummod(2,1) nsubj(3,2) root(0,3) det(6,4) compound(6,5) obj(3,6) case(12,7) det(10,8) amod(10,9) nmod:poss(12,10) case(10,11) nmod:outside(6,12) "
            + "case(14,13) nmod:in(12,14) punct(3,15)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith("GBRGOV 142")).noneMatch(t -> t.endsWith("NPLGOV 142"));
  }

  @Test
  void aThingInAPlaceOfSeveralWordsStandsForThatPlaceNotItsLastWord() {
    // "Spanish victims held a vigil on Tuesday outside the building in Puerta del Sol": a square
    // the gazetteer does not know, not the Polish village Sól.
    assertThat(code(new HandBuiltText().sentence(
        "Spanish/Spanish/JJ victims/victim/NNS held/hold/VBD a/a/DT vigil/vigil/NN on/on/IN Tuesday/Tuesday/NNP outside/outside/IN "
            + "the/the/DT building/building/NN in/in/IN Puerta/Puerta/NNP/LOCATION del/del/NNP/LOCATION Sol/Sol/NNP/LOCATION ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:on(3,7) obl:outside(3,10) punct(3,15) det(5,4) case(7,6) case(10,8) det(10,9) "
            + "nmod:in(10,14) case(14,11) compound(14,12) compound(14,13)")).events()).extracting(e -> triple(e)).noneMatch(t -> t.contains(" POL"));
  }
}
