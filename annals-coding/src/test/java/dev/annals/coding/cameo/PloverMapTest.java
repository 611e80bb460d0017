package dev.annals.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.coding.knowledge.KnowledgeFileException;
import dev.annals.model.EventType;
import dev.annals.model.PloverType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PloverMapTest {
  private static final PloverMap MAP = PloverMap.load();

  @Test
  void everyCameoCodeOfTheCodeTableHasALine() {
    CameoCodebook codebook = CameoCodebook.load();
    List<String> missing = codebook.all().stream().map(EventType::code).filter(code -> !MAP.covers(code)).toList();
    assertThat(missing).as("codes of cameo/codes.tsv without a line in cameo/plover.tsv").isEmpty();
  }

  @Test
  void everyCodeOutsideStatementsAndAppealsHasAPloverType() {
    List<String> untyped = CameoCodebook.load().all().stream()
        .filter(t -> !t.rootCode().equals("01") && !t.rootCode().equals("02"))
        .filter(t -> t.plover().isEmpty()).map(EventType::code).toList();
    assertThat(untyped).isEmpty();
  }

  @Test
  void statementsAndAppealsAreDroppedByPlover() {
    assertThat(MAP.covers("010")).isTrue();
    assertThat(MAP.plover("010")).isEmpty();
    assertThat(MAP.plover("0231")).isEmpty();
  }

  @Test
  void codesCarryTypeModeAndContext() {
    assertThat(MAP.plover("042")).contains(new PloverType("CONSULT", Optional.of("visit"), List.of()));
    assertThat(MAP.plover("1121")).contains(new PloverType("ACCUSE", Optional.of("allege"), List.of("crime", "corruption")));
    assertThat(MAP.plover("0841").map(PloverType::eventType)).contains("RETREAT");
    assertThat(MAP.plover("083").map(PloverType::eventType)).contains("CONCEDE");
    assertThat(MAP.plover("163").map(PloverType::eventType)).contains("SANCTION");
    assertThat(MAP.plover("195").map(PloverType::eventType)).contains("ASSAULT");
  }

  @Test
  void aResignationIsARetreatAsTheCodebookDefinesIt() {
    // The 2021 table says CONCEDE for 0831; the codebook's RETREAT covers resignations (mode resign).
    assertThat(MAP.plover("0831")).contains(new PloverType("RETREAT", Optional.of("resign"), List.of("political_institutions")));
    assertThat(MAP.plover("0832").map(PloverType::eventType)).contains("CONCEDE");
  }

  @Test
  void theCodebookAttachesPloverToEveryEventType() {
    CameoCodebook codebook = CameoCodebook.load();
    assertThat(codebook.require("111", "test").plover().map(PloverType::eventType)).contains("ACCUSE");
    assertThat(codebook.require("036", "test").plover().map(PloverType::eventType)).contains("AGREE");
  }

  @Test
  void aCodeTableCodeMissingFromTheMapIsALoadError() {
    PloverMap partial = read("111\tACCUSE\tdisapprove\t-\n");
    assertThatThrownBy(() -> CameoCodebook.load(partial))
        .isInstanceOf(KnowledgeFileException.class)
        .hasMessageContaining("has no line in dev/annals/coding/cameo/plover.tsv");
  }

  @Test
  void malformedLinesNameTheFileAndLine() {
    assertThatThrownBy(() -> read("# comment\n111\taccuse\t-\t-\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("test.tsv line 2").hasMessageContaining("capital letters");
    assertThatThrownBy(() -> read("111\t-\tdisapprove\t-\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("no PLOVER type");
    assertThatThrownBy(() -> read("111\tACCUSE\t-\t-\n111\tACCUSE\t-\t-\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("appears twice");
    assertThatThrownBy(() -> read("111\tACCUSE\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("at least 4");
  }

  private static PloverMap read(String content) {
    return PloverMap.read("test.tsv", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }
}
