package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static dev.annals.coding.RailContractSentences.APPEAL;
import static dev.annals.coding.RailContractSentences.APPEAL_EDGES;
import static dev.annals.coding.RailContractSentences.EMBASSY;
import static dev.annals.coding.RailContractSentences.EMBASSY_EDGES;
import static dev.annals.coding.RailContractSentences.OPPOSITION;
import static dev.annals.coding.RailContractSentences.OPPOSITION_EDGES;
import static dev.annals.coding.RailContractSentences.SUSPENDED;
import static dev.annals.coding.RailContractSentences.SUSPENDED_EDGES;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A contract suspended turns down the side that was to do its part under it; a ruling appealed is
 * a case against the court, and a ruling welcomed, however far back, praises the court.
 */
class AccordsTurnedDownTest {
  private static final LocalDate DATE = LocalDate.of(2026, 8, 25);

  @Test
  void aContractSuspendedRejectsTheSideActingUnderIt() {
    var article = code(new HandBuiltText().sentence(SUSPENDED, SUSPENDED_EDGES), DATE);
    assertThat(article.events()).extracting(e -> triple(e)).contains("KENJUD CZE 127");
  }

  @Test
  void aRulingAppealedIsACaseBroughtAgainstTheCourt() {
    var article = code(new HandBuiltText().sentence(SUSPENDED, SUSPENDED_EDGES).sentence(APPEAL, APPEAL_EDGES), DATE);
    assertThat(article.events()).extracting(e -> triple(e)).contains("KENGOV KENJUD 115");
  }

  @Test
  void aRulingWelcomedFourSentencesLaterPraisesTheCourtAndASocietyOfACountryIsItsOwn() {
    // "… The Law Society of Kenya welcomed the ruling."
    var article = code(new HandBuiltText().sentence(SUSPENDED, SUSPENDED_EDGES).sentence(APPEAL, APPEAL_EDGES).sentence(EMBASSY, EMBASSY_EDGES)
        .sentence(OPPOSITION, OPPOSITION_EDGES)
        .sentence("The/the/DT Law/Law/NNP Society/Society/NNP of/of/IN Kenya/Kenya/NNP/LOCATION welcomed/welcome/VBD the/the/DT ruling/ruling/NN ././.",
            "root(0,6) det(3,1) compound(3,2) nmod:of(3,5) nsubj(6,3) obj(6,8) punct(6,9) case(5,4) det(8,7)"), DATE);
    assertThat(article.events()).extracting(e -> triple(e)).contains("KENNGO KENJUD 051");
  }
}
