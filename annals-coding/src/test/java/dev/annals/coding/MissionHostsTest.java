package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mission's demand that names no one is made of the state where the story happens (MissionHosts). */
class MissionHostsTest {
  // "A fire killed nine Kenyan workers in Kampala on Saturday. Kenya's high commission demanded compensation."
  private static final String FIRE = "A/a/DT fire/fire/NN killed/kill/VBD nine/nine/CD Kenyan/Kenyan/JJ/MISC workers/worker/NNS in/in/IN "
      + "Kampala/Kampala/NNP/LOCATION on/on/IN Saturday/Saturday/NNP ././.";
  private static final String FIRE_PARSE = "det(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) case(8,7) obl:in(3,8) case(10,9) obl:on(3,10) punct(3,11)";

  @Test
  void aHighCommissionsDemandIsMadeOfItsHost() {
    var article = code(new HandBuiltText().sentence(FIRE, FIRE_PARSE)
        .sentence("Kenya/Kenya/NNP/LOCATION 's/'s/POS high/high/JJ commission/commission/NN demanded/demand/VBD compensation/compensation/NN ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("KENGOV UGAGOV 10"));
  }

  @Test
  void aMinistrysDemandStaysUnaimed() {
    var article = code(new HandBuiltText().sentence(FIRE, FIRE_PARSE)
        .sentence("Kenya/Kenya/NNP/LOCATION 's/'s/POS labour/labour/NN ministry/ministry/NN demanded/demand/VBD compensation/compensation/NN ././.",
            "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("KENGOV UGAGOV 10"));
  }

  @Test
  void aMissionPostedElsewhereIsNotTheScenesGuest() {
    var article = code(new HandBuiltText().sentence(FIRE, FIRE_PARSE)
        .sentence("Kenya/Kenya/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN Kigali/Kigali/NNP/LOCATION warned/warn/VBD against/against/IN "
                + "interference/interference/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(6,3) case(5,4) nmod:in(3,5) root(0,6) case(8,7) obl:against(6,8) punct(6,9)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("KENGOV UGAGOV"));
  }
}
