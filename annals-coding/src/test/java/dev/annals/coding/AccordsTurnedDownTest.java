package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static dev.annals.coding.RailContractSentences.APPEAL;
import static dev.annals.coding.RailContractSentences.APPEAL_EDGES;
import static dev.annals.coding.RailContractSentences.SUSPENDED;
import static dev.annals.coding.RailContractSentences.SUSPENDED_EDGES;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A contract suspended turns down the side that was to do its part under it; a ruling appealed is a case against the court. */
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
}
