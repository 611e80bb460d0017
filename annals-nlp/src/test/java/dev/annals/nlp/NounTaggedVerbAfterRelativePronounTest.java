package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class NounTaggedVerbAfterRelativePronounTest {
  @Test
  void aPluralNounAfterWhichBeforeANameIsTheRelativeClausesVerb() {
    List<CoreLabel> tokens = TaggedTokens.of("Alliance/NNP ,/, which/WDT groups/NNS Mali/NNP with/IN Niger/NNP ,/, said/VBD");
    NounTaggedVerbAfterRelativePronoun.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("NNP", ",", "WDT", "VBZ", "NNP", "IN", "NNP", ",", "VBD");
    assertThat(tokens.get(3).lemma()).isEqualTo("group");
  }

  @Test
  void whichBeforeAPluralNounOfAQuestionStaysADeterminer() {
    // "asked which countries Britain would admit": "which" opens the noun phrase, after a verb.
    List<CoreLabel> tokens = TaggedTokens.of("asked/VBD which/WDT countries/NNS Britain/NNP would/MD admit/VB");
    NounTaggedVerbAfterRelativePronoun.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBD", "WDT", "NNS", "NNP", "MD", "VB");
  }

  @Test
  void baseFormsOfPresentVerbs() {
    assertThat(List.of("groups", "carries", "reaches", "links").stream().map(NounTaggedVerbAfterRelativePronoun::baseForm))
        .containsExactly("group", "carry", "reach", "link");
  }
}
