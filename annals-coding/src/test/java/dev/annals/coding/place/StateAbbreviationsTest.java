package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.actors.ActorDictionary;
import dev.annals.model.AnnotatedText;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** US states written short, and where they are read as states, on hand-built sentences. */
class StateAbbreviationsTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.forCountries(ActorDictionary.load().countries());
  }

  /** The state read at tokens [first, end) of a one-sentence text, as "written=State". */
  private static Optional<String> state(String tokens, int first, int end) {
    AnnotatedText text = new HandBuiltText().sentence(tokens, "").build(LocalDate.of(2009, 3, 24));
    return StateAbbreviations.at(gazetteer, text.tokens(), first, end, text.sentences().get(0))
        .map(s -> s.written() + "=" + s.state().place().name() + "@" + s.span().of(text.text()));
  }

  @Test
  void aPartyLetterSplitOffByTheTokenizerStillMarksAState() {
    assertThat(state("Nancy/Nancy/NNP/PERSON Pelosi/Pelosi/NNP/PERSON ,/,/, D/D/NNP ~-/-/HYPH ~Calif/Calif/NNP ,/,/, spoke/speak/VBD", 5, 6))
        .contains("Calif=California@Calif");
    // Without the party letter "Calif" is no state.
    assertThat(state("The/the/DT Calif/Calif/NNP fund/fund/NN grew/grow/VBD", 1, 2)).isEmpty();
  }

  @Test
  void anAbbreviationWithTwoDotsIsAStateEvenOpeningASentence() {
    assertThat(state("S.C./S.C./NNP House/House/NNP Republicans/Republican/NNPS agree/agree/VBP", 0, 1)).contains("S.C.=South Carolina@S.C.");
    assertThat(state("W.Va/W.Va/NNP ~./././. Democrat/Democrat/NNP dies/die/VBZ", 0, 1)).contains("W.Va.=West Virginia@W.Va.");
    // One dot opening a sentence before a capitalised word is not enough: "Ill. Cases rose".
    assertThat(state("Ill./ill./NNP Cases/case/NNS rose/rise/VBD", 0, 1)).isEmpty();
  }

  @Test
  void aSingleDotAbbreviationNeedsACommaOrASentenceAroundIt() {
    assertThat(state("Gainesville/Gainesville/NNP ,/,/, Ga./Ga./NNP ,/,/, grew/grow/VBD", 2, 3)).contains("Ga.=Georgia@Ga.");
    assertThat(state("He/he/PRP left/leave/VBD Ga./Ga./NNP today/today/NN", 2, 3)).contains("Ga.=Georgia@Ga.");
  }
}
