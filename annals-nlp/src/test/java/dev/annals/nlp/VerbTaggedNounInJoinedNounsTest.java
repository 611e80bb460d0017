package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbTaggedNounInJoinedNounsTest {
  @Test
  void aPresentVerbClosingANounJoinedToAPluralNounIsAPluralNoun() {
    List<CoreLabel> tokens = TaggedTokens.of("imposed/VBD travel/NN bans/NNS and/CC asset/NN freezes/VBZ on/IN Monday/NNP");
    VerbTaggedNounInJoinedNouns.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBD", "NN", "NNS", "CC", "NN", "NNS", "IN", "NNP");
    assertThat(tokens.get(5).lemma()).isEqualTo("freeze");
  }

  @Test
  void aPresentVerbWithAnObjectStaysAVerb() {
    // "sanctions and trade hurts the economy": an object after it makes it the verb.
    List<CoreLabel> tokens = TaggedTokens.of("sanctions/NNS and/CC trade/NN hurts/VBZ the/DT economy/NN");
    VerbTaggedNounInJoinedNouns.repair(tokens);
    assertThat(tokens.get(3).tag()).isEqualTo("VBZ");
  }

  @Test
  void aPresentVerbAfterPlaceNamesJoinedInAPrepositionsPhraseIsAPluralNoun() {
    // "frozen francs held in Geneva and Zurich accounts linked to the case".
    List<CoreLabel> tokens = TaggedTokens.of("held/VBN in/IN Geneva/NNP and/CC New/NNP York/NNP accounts/VBZ linked/VBN to/TO the/DT case/NN");
    VerbTaggedNounInJoinedNouns.repair(tokens);
    assertThat(tokens.get(6).tag()).isEqualTo("NNS");
    assertThat(tokens.get(6).lemma()).isEqualTo("account");
  }

  @Test
  void aPresentVerbAfterJoinedNamesThatOpenTheClauseStaysAVerb() {
    // "Geneva and Zurich accounts for most of the funds": the names are its subject, in no preposition's phrase.
    List<CoreLabel> tokens = TaggedTokens.of("Geneva/NNP and/CC Zurich/NNP accounts/VBZ for/IN most/JJS");
    VerbTaggedNounInJoinedNouns.repair(tokens);
    assertThat(tokens.get(3).tag()).isEqualTo("VBZ");
  }
}
