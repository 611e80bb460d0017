package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A demonym two countries share is the one the article names. */
class SharedDemonymsTest {
  private static final String DOMINICAN_OFFICIALS = "Dominican/Dominican/JJ/MISC officials/official/NNS criticised/criticise/VBD Venezuela/Venezuela/NNP/LOCATION ././.";
  private static final String DOMINICAN_OFFICIALS_EDGES = "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)";

  @Test
  void inAStoryOfDominicaDominicansAreDominicas() {
    // "Venezuela detained a fishing boat from Dominica. Dominican officials criticised Venezuela."
    HandBuiltText text = new HandBuiltText()
        .sentence("Venezuela/Venezuela/NNP/LOCATION detained/detain/VBD a/a/DT boat/boat/NN from/from/IN Dominica/Dominica/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:from(4,6) punct(2,7)")
        .sentence(DOMINICAN_OFFICIALS, DOMINICAN_OFFICIALS_EDGES);
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("DMAGOV VEN 11")).noneMatch(t -> t.startsWith("DOM"));
  }

  @Test
  void withTheDominicanRepublicNamedTheDemonymIsItsAsUsual() {
    // "The Dominican Republic and Dominica signed a deal. Dominican officials criticised Venezuela."
    HandBuiltText text = new HandBuiltText()
        .sentence("The/the/DT Dominican/Dominican/NNP/LOCATION Republic/Republic/NNP/LOCATION and/and/CC Dominica/Dominica/NNP/LOCATION signed/sign/VBD "
            + "a/a/DT deal/deal/NN ././.",
            "det(3,1) compound(3,2) nsubj(6,3) cc(5,4) conj:and(3,5) nsubj(6,5) root(0,6) det(8,7) obj(6,8) punct(6,9)")
        .sentence(DOMINICAN_OFFICIALS, DOMINICAN_OFFICIALS_EDGES);
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("DOMGOV VEN 11"));
  }

  private static final String CONGOS_MINISTRY = "Congo/Congo/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN criticised/criticise/VBD "
      + "France/France/NNP/LOCATION ././.";
  private static final String CONGOS_MINISTRY_EDGES = "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)";

  @Test
  void inAStoryOfTheRepublicOfCongoCongoIsBrazzavilles() {
    // "France froze accounts of the Republic of Congo. Congo's foreign ministry criticised France."
    HandBuiltText text = new HandBuiltText()
        .sentence("France/France/NNP/LOCATION froze/freeze/VBD accounts/account/NNS of/of/IN the/the/DT Republic/Republic/NNP/LOCATION "
            + "of/of/IN/LOCATION Congo/Congo/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) nmod:of(3,6) case(8,7) nmod:of(6,8) punct(2,9)")
        .sentence(CONGOS_MINISTRY, CONGOS_MINISTRY_EDGES);
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("COGGOV FRA 11")).noneMatch(t -> t.startsWith("COD"));
  }

  @Test
  void withTheDemocraticRepublicNamedCongoIsKinshasasAsUsual() {
    // "France froze accounts of the Democratic Republic of Congo. Congo's foreign ministry criticised France."
    HandBuiltText text = new HandBuiltText()
        .sentence("France/France/NNP/LOCATION froze/freeze/VBD accounts/account/NNS of/of/IN the/the/DT Democratic/Democratic/NNP/LOCATION "
            + "Republic/Republic/NNP/LOCATION of/of/IN/LOCATION Congo/Congo/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(7,4) det(7,5) compound(7,6) nmod:of(3,7) case(9,8) nmod:of(7,9) punct(2,10)")
        .sentence(CONGOS_MINISTRY, CONGOS_MINISTRY_EDGES);
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CODGOV FRA 11")).noneMatch(t -> t.startsWith("COG"));
  }

  @Test
  void aPronounForCongoFollowsTheWordItStandsFor() {
    // "France froze accounts of the Republic of Congo. Congo's foreign ministry criticised France. It threatened France."
    HandBuiltText text = new HandBuiltText()
        .sentence("France/France/NNP/LOCATION froze/freeze/VBD accounts/account/NNS of/of/IN the/the/DT Republic/Republic/NNP/LOCATION "
            + "of/of/IN/LOCATION Congo/Congo/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) nmod:of(3,6) case(8,7) nmod:of(6,8) punct(2,9)")
        .sentence(CONGOS_MINISTRY, CONGOS_MINISTRY_EDGES)
        .sentence("It/it/PRP threatened/threaten/VBD France/France/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("COGGOV FRA 13")).noneMatch(t -> t.startsWith("COD"));
  }
}
