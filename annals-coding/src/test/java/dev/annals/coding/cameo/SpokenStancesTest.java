package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Event;
import dev.annals.model.Modality;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stance a side says it takes is taken by saying it (SpokenStances). */
class SpokenStancesTest {
  private static List<Event> condemnations(String tokens, String edges) {
    return code(tokens, edges).events().stream().filter(e -> e.type().code().startsWith("11")).toList();
  }

  @Test
  void sayingItCondemnsIsCondemning() {
    // "Chile said it condemned Peru."
    assertThat(condemnations("Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP condemned/condemn/VBD Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) obj(4,5) punct(2,6)"))
        .isNotEmpty().allMatch(e -> e.modality() == Modality.ASSERTED);
  }

  @Test
  void anotherSidesStanceStaysReported() {
    // "Chile said Bolivia condemned Peru."
    assertThat(condemnations("Chile/Chile/NNP/LOCATION said/say/VBD Bolivia/Bolivia/NNP/LOCATION condemned/condemn/VBD Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) obj(4,5) punct(2,6)"))
        .isNotEmpty().allMatch(e -> e.modality() == Modality.REPORTED);
  }

  @Test
  void anEarlierStanceToldInThePerfectStaysReported() {
    // "Chile said it had condemned Peru."
    assertThat(condemnations("Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP had/have/VBD condemned/condemn/VBN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) obj(5,6) punct(2,7)"))
        .isNotEmpty().allMatch(e -> e.modality() == Modality.REPORTED);
  }

  @Test
  void aWarningThatItselfIntroducesContentIsStillTheSpeakersAct() {
    // "Chile said it opposed the plan and warned Peru."
    assertThat(code("Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP opposed/oppose/VBD the/the/DT plan/plan/NN and/and/CC warned/warn/VBD Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) obj(4,6) cc(8,7) conj:and(4,8) obj(8,9) punct(2,10)").events())
        .filteredOn(e -> e.type().code().startsWith("13")).isNotEmpty().allMatch(e -> e.modality() == Modality.ASSERTED);
  }
}
