package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameWordsTaggedAsOtherWordsTest {
  @Test
  void aPronounBeginningAPersonsNameIsAProperNoun() {
    List<CoreLabel> tokens = tokens("spokesman/NN/O He/PRP/PERSON Yadong/NNP/PERSON accused/VBD/O");
    NameWordsTaggedAsOtherWords.repair(tokens);
    assertThat(tokens.get(1).tag()).isEqualTo("NNP");
    assertThat(tokens.get(1).lemma()).isEqualTo("He");
  }

  @Test
  void aParticleOfANameTaggedAsAVerbIsAProperNoun() {
    List<CoreLabel> tokens = tokens("Minister/NNP/O Bendito/NNP/PERSON dos/VBZ/PERSON Santos/NNP/PERSON met/VBD/O");
    NameWordsTaggedAsOtherWords.repair(tokens);
    assertThat(tokens.get(2).tag()).isEqualTo("NNP");
    assertThat(tokens.get(4).tag()).isEqualTo("VBD");
    List<CoreLabel> afterAName = tokens("Bendito/NNP/PERSON met/VBD/O Santos/NNP/PERSON");
    NameWordsTaggedAsOtherWords.repair(afterAName);
    assertThat(afterAName.get(1).tag()).isEqualTo("VBD");
  }

  @Test
  void aParticleOfAPlacesNameTaggedAsAVerbIsAProperNoun() {
    List<CoreLabel> tokens = tokens("in/IN/O Dar/NNP/LOCATION es/VBZ/LOCATION Salaam/NNP/LOCATION on/IN/O Sunday/NNP/DATE");
    NameWordsTaggedAsOtherWords.repair(tokens);
    assertThat(tokens.get(2).tag()).isEqualTo("NNP");
    List<CoreLabel> betweenTwoNames = tokens("Kenya/NNP/LOCATION is/VBZ/O Africa/NNP/LOCATION");
    NameWordsTaggedAsOtherWords.repair(betweenTwoNames);
    assertThat(betweenTwoNames.get(1).tag()).isEqualTo("VBZ");
  }

  @Test
  void aBodysLastWordTaggedAsAVerbIsAProperNoun() {
    List<CoreLabel> tokens = tokens("thanked/VBD/O the/DT/O Holy/NNP/ORGANIZATION See/VB/ORGANIZATION on/IN/O Saturday/NNP/DATE");
    NameWordsTaggedAsOtherWords.repair(tokens);
    assertThat(tokens.get(3).tag()).isEqualTo("NNP");
    assertThat(tokens.get(3).lemma()).isEqualTo("See");
    List<CoreLabel> afterAName = tokens("the/DT/O Holy/NNP/ORGANIZATION See/VB/O it/PRP/O");
    NameWordsTaggedAsOtherWords.repair(afterAName);
    assertThat(afterAName.get(2).tag()).isEqualTo("VB");
    List<CoreLabel> lowerCase = tokens("Oxfam/NNP/ORGANIZATION said/VBD/ORGANIZATION it/PRP/O");
    NameWordsTaggedAsOtherWords.repair(lowerCase);
    assertThat(lowerCase.get(1).tag()).isEqualTo("VBD");
  }

  @Test
  void aPronounOutsideANameStaysAPronoun() {
    List<CoreLabel> tokens = tokens("He/PRP/O met/VBD/O Lifeng/NNP/PERSON");
    NameWordsTaggedAsOtherWords.repair(tokens);
    assertThat(tokens.get(0).tag()).isEqualTo("PRP");
    List<CoreLabel> beforeAName = tokens("He/PRP/PERSON told/VBD/O Wang/NNP/PERSON");
    NameWordsTaggedAsOtherWords.repair(beforeAName);
    assertThat(beforeAName.get(0).tag()).isEqualTo("PRP");
  }

  @Test
  void aRegnalNumberAfterAPersonsNameEndsTheName() {
    List<CoreLabel> tokens = tokens("telephoned/VBD/O King/NNP/O Abdullah/NNP/PERSON II/CD/PERSON hours/NNS/O later/RB/O");
    NameWordsTaggedAsOtherWords.repair(tokens);
    assertThat(tokens.get(3).tag()).isEqualTo("NNP");
    List<CoreLabel> counted = tokens("met/VBD/O Abdullah/NNP/PERSON 12/CD/O hours/NNS/O later/RB/O");
    NameWordsTaggedAsOtherWords.repair(counted);
    assertThat(counted.get(2).tag()).isEqualTo("CD");
  }

  private static List<CoreLabel> tokens(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String item : tagged.split(" ")) {
      String[] parts = item.split("/");
      CoreLabel token = new CoreLabel();
      token.setWord(parts[0]);
      token.setValue(parts[0]);
      token.setTag(parts[1]);
      token.setLemma(parts[0].toLowerCase());
      token.setNER(parts[2]);
      tokens.add(token);
    }
    return tokens;
  }
}
