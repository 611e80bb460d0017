package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceNamesTaggedAsCommonNounsTest {
  @Test
  void aCountryTaggedAsACommonNounIsAProperNounAndNeighbouringItsAdjective() {
    List<CoreLabel> tokens = TaggedTokens.of("Neighbouring/VBG Guinea/NN tightened/VBN health/NN checks/NNS");
    tokens.get(0).setNER("LOCATION");
    tokens.get(1).setNER("LOCATION");
    PlaceNamesTaggedAsCommonNouns.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("JJ", "NNP", "VBD", "NN", "NNS");
    assertThat(tokens.get(0).ner()).isEqualTo("O");
  }

  @Test
  void aCommonNounInsideALongerPlaceNameIsLeftAlone() {
    List<CoreLabel> tokens = TaggedTokens.of("the/DT Empty/JJ Quarter/NN");
    tokens.get(0).setNER("O");
    tokens.get(1).setNER("LOCATION");
    tokens.get(2).setNER("LOCATION");
    PlaceNamesTaggedAsCommonNouns.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("DT", "JJ", "NN");
  }

  @Test
  void aCommonNounOutsideAPlacesNameStaysACommonNoun() {
    List<CoreLabel> tokens = TaggedTokens.of("a/DT guinea/NN pig/NN");
    tokens.forEach(t -> t.setNER("O"));
    PlaceNamesTaggedAsCommonNouns.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("DT", "NN", "NN");
  }
}
