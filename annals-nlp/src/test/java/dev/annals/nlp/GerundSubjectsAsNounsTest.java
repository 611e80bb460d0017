package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class GerundSubjectsAsNounsTest {
  @Test
  void aSentenceOpeningGerundBeforeAFiniteVerbIsANoun() {
    List<CoreLabel> tokens = TaggedTokens.of("Fighting/VBG broke/VBD out/RP between/IN the/DT army/NN and/CC rebels/NNS");
    GerundSubjectsAsNouns.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).startsWith("NN", "VBD");
    assertThat(tokens.get(0).lemma()).isEqualTo("fighting");
  }

  @Test
  void afterAdjectivesToo() {
    List<CoreLabel> tokens = TaggedTokens.of("Heavy/JJ shelling/VBG continued/VBD overnight/RB");
    GerundSubjectsAsNouns.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("JJ", "NN", "VBD", "RB");
  }

  @Test
  void aParticipleOpeningAClauseStaysAVerb() {
    List<CoreLabel> tokens = TaggedTokens.of("Speaking/VBG to/TO reporters/NNS ,/, he/PRP said/VBD");
    GerundSubjectsAsNouns.repair(tokens);
    assertThat(tokens).extracting(CoreLabel::tag).containsExactly("VBG", "TO", "NNS", ",", "PRP", "VBD");
  }

  @Test
  void aGerundWithItsPrepositionalPhraseBeforeTheVerbIsANoun() {
    List<CoreLabel> tokens = TaggedTokens.of("Fighting/VBG between/IN Armenian/JJ and/CC Azerbaijani/JJ troops/NNS broke/VBD out/RP");
    GerundSubjectsAsNouns.repair(tokens);
    assertThat(tokens.get(0).tag()).isEqualTo("NN");
  }

  @Test
  void aGerundWithAnObjectStaysAVerb() {
    List<CoreLabel> tokens = TaggedTokens.of("Protecting/VBG the/DT border/NN is/VBZ vital/JJ");
    GerundSubjectsAsNouns.repair(tokens);
    assertThat(tokens.get(0).tag()).isEqualTo("VBG");
    List<CoreLabel> clause = TaggedTokens.of("Fighting/VBG for/IN their/PRP$ lives/NNS ,/, soldiers/NNS held/VBD");
    GerundSubjectsAsNouns.repair(clause);
    assertThat(clause.get(0).tag()).isEqualTo("VBG");
  }
}
