package dev.annals.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.app.eval.PloverScore.Predicted;
import dev.annals.app.eval.PloverScore.PredictedActor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading PLOVER gold records as published and the scoring rules, on records written here. */
class PloverScoreTest {
  @TempDir Path dir;

  private static final String RECORDS = """
      [
       {"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "internal documentation"},
       {"id": "X-DEMAND-0001", "date": "2000-01-01", "event": "DEMAND", "mode": "", "context": "legal, military",
        "source": [{"actorText": "Kenya", "code": "KEN", "sector": "GOV"}],
        "target": [{"actorText": "Uganda", "code": "UGA"}, {"actorText": "Tanzania", "code": "TZA", "sector": "***"}],
        "text": "Kenya demanded that Uganda and Tanzania reopen the border.", "eventText": "demanded ... reopen"},
       {"id": "X-AGREE-0002", "date": "2000-01-01", "event": "AGREE",
        "source": [{"actorText": "Chile", "code": "CHL"}, {"actorText": "Peru", "code": "PER"}], "target": "",
        "text": "Chile and Peru agreed to cooperate."},
       {"id": "X-FIGHT-0003", "date": "2000-01-01", "event": "FIGHT", "mode": "host",
        "source": [{"actorText": "Italian army", "code": "ITL", "sector": "MIL"}],
        "target": [{"actorText": "the UN", "code": "IGO"}],
        "text": "The Italian army shelled UN positions."}
      ]
      """;

  private List<PloverRecord> records() throws IOException {
    Path file = dir.resolve("gold.json");
    Files.writeString(file, RECORDS);
    return PloverRecord.read(file);
  }

  private static PredictedActor actor(String code, String part, String sector) {
    return new PredictedActor(code, part, Optional.ofNullable(sector));
  }

  @Test
  void readsRecordsAsPublishedAndSkipsDocumentation() throws IOException {
    List<PloverRecord> records = records();
    assertThat(records).extracting(PloverRecord::id).containsExactly("X-DEMAND-0001", "X-AGREE-0002", "X-FIGHT-0003");
    PloverRecord demand = records.get(0);
    assertThat(demand.mode()).isEmpty();
    assertThat(demand.contexts()).containsExactly("legal", "military");
    assertThat(demand.targets()).extracting(PloverRecord.GoldActor::code).containsExactly("UGA", "TZA");
    assertThat(demand.targets().get(1).sector()).as("*** is no sector").isEmpty();
    assertThat(records.get(1).targets()).as("an empty-string target is no target").isEmpty();
  }

  @Test
  void aBrokenFileIsAnErrorNamingIt() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "[{\"id\": \"A\", \"event\": \"AGREE\", \"date\": \"2000-01-01\"}]");
    assertThatThrownBy(() -> PloverRecord.read(file)).isInstanceOf(IOException.class).hasMessageContaining("broken.json").hasMessageContaining("no \"text\"");
    Files.writeString(file, "{\"not\": \"a list\"}");
    assertThatThrownBy(() -> PloverRecord.read(file)).isInstanceOf(IOException.class).hasMessageContaining("JSON array");
  }

  @Test
  void scoresTypeInNewNamesActorsByCountryPartAndCompoundsByMembership() throws IOException {
    List<PloverRecord> records = records();
    PloverScore score = new PloverScore();
    // DEMAND is REQUEST in PLOVER 0.8; the best event is the one of the right type; TZA is one of two targets.
    score.add(records.get(0), List.of(
        new Predicted(Optional.empty(), Optional.empty(), "010", List.of("x"), actor("KENGOV", "KEN", "GOV"), Optional.empty()),
        new Predicted(Optional.of("REQUEST"), Optional.empty(), "100", List.of("x"), actor("KENGOV", "KEN", "GOV"), Optional.of(actor("TZA", "TZA", null)))));
    // Source CHL is one of the compound sources; no gold target, so the target is not scored.
    score.add(records.get(1), List.of(new Predicted(Optional.of("AGREE"), Optional.empty(), "030", List.of("x"), actor("CHL", "CHL", null), Optional.of(actor("PER", "PER", null)))));
    // FIGHT is ASSAULT; ITL is Italy; NATO counts as IGO; the 0.5 score wants FIGHT, which needs CAMEO 19.
    score.add(records.get(2), List.of(new Predicted(Optional.of("ASSAULT"), Optional.of("visit"), "180", List.of("x"), actor("ITAMIL", "ITA", "MIL"), Optional.of(actor("NATO", "IGO", "IGO")))));
    assertThat(score.typeAccuracy()).isEqualTo(100.0);
    assertThat(score.typeAccuracy05()).isCloseTo(66.7, org.assertj.core.data.Offset.offset(0.1));
    assertThat(score.sourceAccuracy()).isEqualTo(100.0);
    assertThat(score.targetAccuracy()).isEqualTo(100.0);
    assertThat(score.modeAccuracy()).as("gold mode host is visit in 0.8").isEqualTo(100.0);
    assertThat(score.sectorAccuracy()).as("KEN GOV and ITA MIL").isEqualTo(100.0);
    assertThat(score.errors()).hasSize(0);
  }

  @Test
  void noEventIsWrongOnEveryScoreAndListedAsAnError() throws IOException {
    PloverScore score = new PloverScore();
    score.add(records().get(0), List.of());
    assertThat(score.typeAccuracy()).isZero();
    assertThat(score.sourceAccuracy()).isZero();
    assertThat(score.targetAccuracy()).isZero();
    assertThat(score.errors()).singleElement().asString().contains("X-DEMAND-0001").contains("no event");
  }

  @Test
  void aWrongTypeElsewhereInTheSentenceIsNoMatch() throws IOException {
    PloverScore score = new PloverScore();
    score.add(records().get(0), List.of(new Predicted(Optional.of("ACCUSE"), Optional.of("disapprove"), "111", List.of("x"), actor("KENGOV", "KEN", "GOV"), Optional.of(actor("UGA", "UGA", null)))));
    assertThat(score.typeAccuracy()).isZero();
    assertThat(score.sourceAccuracy()).isEqualTo(100.0);
    assertThat(score.errors()).singleElement().asString().startsWith("type ");
  }

  @Test
  void theRecordsEventIsTheOneAtItsMarkedWordsWhenAnnalsHasOne() throws IOException {
    PloverRecord demand = records().get(0);
    assertThat(demand.eventWords()).containsExactlyInAnyOrder("demanded", "reopen");
    Predicted atDemanded = new Predicted(Optional.of("ACCUSE"), Optional.empty(), "112", List.of("demanded"), actor("KENGOV", "KEN", "GOV"), Optional.of(actor("UGA", "UGA", null)));
    Predicted elsewhere = new Predicted(Optional.of("REQUEST"), Optional.empty(), "100", List.of("border"), actor("KENGOV", "KEN", "GOV"), Optional.of(actor("UGA", "UGA", null)));
    PloverScore score = new PloverScore();
    score.add(demand, List.of(atDemanded, elsewhere));
    assertThat(score.typeAccuracy()).as("a REQUEST at another word is another event").isZero();
    assertThat(score.errors()).singleElement().asString().contains("*ACCUSE").contains("; REQUEST");
    PloverScore fallback = new PloverScore();
    fallback.add(demand, List.of(elsewhere));
    assertThat(fallback.typeAccuracy()).as("with no event at the marked words, the sentence's events stand in").isEqualTo(100.0);
  }

  @Test
  void anEasedCurfewIsConcedeInTheGoldsPlover05AndRetreatIn08() throws IOException {
    Path file = dir.resolve("concede.json");
    Files.writeString(file, """
        [{"id": "X-CONCEDE-0001", "date": "2000-01-01", "event": "CONCEDE", "source": [{"actorText": "Sudan", "code": "SDN", "sector": "GOV"}],
          "text": "Sudan's president shortened the curfew.", "eventText": "shortened"}]
        """);
    PloverRecord concede = PloverRecord.read(file).get(0);
    PloverScore score = new PloverScore();
    score.add(concede, List.of(new Predicted(Optional.of("RETREAT"), Optional.empty(), "0813", List.of("shortened"), actor("SDNGOV", "SDN", "GOV"), Optional.empty())));
    assertThat(score.typeAccuracy()).isEqualTo(100.0);
    assertThat(score.typeAccuracy05()).isEqualTo(100.0);
    PloverScore release = new PloverScore();
    release.add(concede, List.of(new Predicted(Optional.of("RETREAT"), Optional.of("release"), "0841", List.of("shortened"), actor("SDNGOV", "SDN", "GOV"), Optional.empty())));
    assertThat(release.typeAccuracy()).as("releasing prisoners is RETREAT in both versions").isZero();
  }

  @Test
  void destroyingPropertyIsCoerceInTheGoldsPlover05AndAssaultIn08() throws IOException {
    Path file = dir.resolve("coerce.json");
    Files.writeString(file, """
        [{"id": "X-COERCE-0001", "date": "2000-01-01", "event": "COERCE", "source": [{"actorText": "Chilean army", "code": "CHL", "sector": "MIL"}],
          "text": "Chilean army bulldozers demolished homes.", "eventText": "demolished"}]
        """);
    PloverRecord coerce = PloverRecord.read(file).get(0);
    PloverScore score = new PloverScore();
    score.add(coerce, List.of(new Predicted(Optional.of("ASSAULT"), Optional.of("seize"), "1712", List.of("demolished"), actor("CHLMIL", "CHL", "MIL"), Optional.empty())));
    assertThat(score.typeAccuracy()).isEqualTo(100.0);
    PloverScore killing = new PloverScore();
    killing.add(coerce, List.of(new Predicted(Optional.of("ASSAULT"), Optional.empty(), "1823", List.of("demolished"), actor("CHLMIL", "CHL", "MIL"), Optional.empty())));
    assertThat(killing.typeAccuracy()).as("a killing is ASSAULT in both versions").isZero();
  }

  @Test
  void occupyingTerritoryIsFightInTheGoldsPlover05AndCoerceIn08() {
    Predicted retaken = new Predicted(Optional.of("COERCE"), Optional.of("seize"), "192", List.of("retaken"), actor("CHLMIL", "CHL", "MIL"), Optional.empty());
    assertThat(PloverScore.typeIn05(retaken)).contains("FIGHT");
    assertThat(PloverScore.sameType(retaken, "FIGHT")).isTrue();
    assertThat(PloverScore.sameType(retaken, "COERCE")).as("COERCE is 0.8's name for it").isTrue();
    assertThat(PloverScore.sameType(retaken, "ASSAULT")).isFalse();
    Predicted statement = new Predicted(Optional.empty(), Optional.empty(), "010", List.of("said"), actor("CHLMIL", "CHL", "MIL"), Optional.empty());
    assertThat(PloverScore.typeIn05(statement)).isEmpty();
  }

  @Test
  void aResignationIsRetreatInTheGoldsPlover05() {
    Predicted resigned = new Predicted(Optional.of("RETREAT"), Optional.of("resign"), "0831", List.of("resigned"), actor("CHLGOV", "CHL", "GOV"), Optional.empty());
    assertThat(PloverScore.typeIn05(resigned)).contains("RETREAT");
    assertThat(PloverScore.sameType(resigned, "CONCEDE")).isFalse();
    Predicted policyChange = new Predicted(Optional.of("CONCEDE"), Optional.empty(), "0832", List.of("scrapped"), actor("CHLGOV", "CHL", "GOV"), Optional.empty());
    assertThat(PloverScore.typeIn05(policyChange)).contains("CONCEDE");
  }

  @Test
  void goldSectorsWrittenOutsideCameosAgentCodesAreReadAsTheCodesTheyMean() throws IOException {
    Path file = dir.resolve("sectors.json");
    Files.writeString(file, """
        [{"id": "X-COERCE-0002", "date": "2000-01-01", "event": "COERCE", "source": [{"actorText": "Chile's government", "code": "CHL", "sector": "GOV"}],
          "target": [{"actorText": "a Chilean newspaper", "code": "CHL", "sector": "JRN"}],
          "text": "Chile's government closed a Chilean newspaper.", "eventText": "closed"}]
        """);
    PloverRecord record = PloverRecord.read(file).get(0);
    PloverScore score = new PloverScore();
    score.add(record, List.of(new Predicted(Optional.of("COERCE"), Optional.empty(), "172", List.of("closed"), actor("CHLGOV", "CHL", "GOV"), Optional.of(actor("CHLMED", "CHL", "MED")))));
    assertThat(score.sectorAccuracy()).isEqualTo(100.0);
    assertThat(PloverScore.goldSector("CIVkur")).isEqualTo("CVL");
    assertThat(PloverScore.goldSector("REBtam")).isEqualTo("REB");
  }
}
