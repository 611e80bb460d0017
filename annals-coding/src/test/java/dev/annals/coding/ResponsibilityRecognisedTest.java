package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Modality;
import org.junit.jupiter.api.Test;

/** A state's leader saying the state recognises its responsibility acknowledges it (015) in the state's own voice. */
class ResponsibilityRecognisedTest {
  @Test
  void aLeaderSayingHisStateRecognisesItsResponsibilityAcknowledgesItHimself() {
    // "Mattarella said Italy recognised its responsibility."
    var article = code("Mattarella/Mattarella/NNP/PERSON said/say/VBD Italy/Italy/NNP/LOCATION recognised/recognise/VBD its/its/PRP$ responsibility/responsibility/NN ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) nmod:poss(6,5) obj(4,6) punct(2,7)");
    assertThat(article.events()).anyMatch(e -> e.type().code().equals("015") && e.source().code().startsWith("ITA") && e.modality() == Modality.ASSERTED);
  }
}
