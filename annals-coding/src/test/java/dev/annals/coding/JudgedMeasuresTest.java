package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whom a judgment of what a state did to people is aimed at: the state that did it, not the people (AntecedentTargets, cameo/NounActors). */
class JudgedMeasuresTest {
  @Test
  void aDetentionJudgedIsTheDetainersGovernments() {
    // "Chilean police detained two Peruvian fishermen. Peru condemned the detention."
    var article = code(new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC police/police/NNS detained/detain/VBD two/two/CD Peruvian/Peruvian/JJ/MISC fishermen/fisherman/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("Peru/Peru/NNP/LOCATION condemned/condemn/VBD the/the/DT detention/detention/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("PER CHLGOV 111");
  }

  @Test
  void theExclusionOfPartiesIsNoActOfThoseParties() {
    // "The EU criticised the exclusion of two Peruvian parties from the ballot."
    var article = code(new HandBuiltText().sentence("The/the/DT EU/EU/NNP/ORGANIZATION criticised/criticise/VBD the/the/DT exclusion/exclusion/NN of/of/IN "
            + "two/two/CD Peruvian/Peruvian/JJ/MISC parties/party/NNS from/from/IN the/the/DT ballot/ballot/NN ././.",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(9,6) nummod(9,7) amod(9,8) nmod:of(5,9) case(12,10) det(12,11) nmod:from(5,12) punct(3,13)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("EU PERPTY"));
  }
}
