package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A target group of no country that would land on its source is of the country where the story happens (ArticleCoder). */
class GroupsOfTheSceneTest {
  // "Australian police detained Indian students in Melbourne on Monday. Indian student groups called on universities to improve security."
  private static final String LEAD = "Australian/Australian/JJ/MISC police/police/NNS detained/detain/VBD Indian/Indian/JJ/MISC students/student/NNS in/in/IN "
      + "Melbourne/Melbourne/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.";
  private static final String LEAD_EDGES = "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) case(7,6) obl:in(3,7) case(9,8) obl:on(3,9) punct(3,10)";
  private static final String CALL = "Indian/Indian/JJ/MISC student/student/NN groups/group/NNS called/call/VBD on/on/IN universities/university/NNS to/to/TO "
      + "improve/improve/VB security/security/NN ././.";
  private static final String CALL_EDGES = "amod(3,1) compound(3,2) nsubj(4,3) root(0,4) compound:prt(4,5) obj(4,6) nsubj:xsubj(8,6) mark(8,7) xcomp(4,8) obj(8,9) punct(4,10)";

  @Test
  void universitiesOfNoCountryCalledOnByForeignStudentsAreOfTheScene() {
    var article = code(new HandBuiltText().sentence(LEAD, LEAD_EDGES).sentence(CALL, CALL_EDGES));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("INDEDU AUSEDU 02"));
  }

  @Test
  void aStatesOwnBodyPlacedOnItIsStillDropped() {
    // "Indian education officials called on ministers to improve security.": the officials are India's state, and the ministers theirs.
    var article = code(new HandBuiltText().sentence(LEAD, LEAD_EDGES)
        .sentence(CALL.replace("student/student/NN groups/group/NNS", "education/education/NN officials/official/NNS").replace("universities/university/NNS", "ministers/minister/NNS"), CALL_EDGES));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("INDGOV AUSGOV"));
  }

  @Test
  void inAStorySetAtTheSourcesHomeTheyAreStillDropped() {
    // The same call after a lead set in New Delhi: no group of another country to read.
    var article = code(new HandBuiltText().sentence(LEAD.replace("Melbourne/Melbourne", "Delhi/Delhi"), LEAD_EDGES).sentence(CALL, CALL_EDGES));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("INDEDU ") && t.contains(" 02"));
  }
}
