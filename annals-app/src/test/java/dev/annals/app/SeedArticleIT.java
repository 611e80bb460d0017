package dev.annals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.annals.model.CodedArticle;
import dev.annals.model.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the first path: the seed article in ../shared is coded by the same
 * machinery as any other text, and every event its expectation table lists is found. Skips,
 * saying so, where ../shared is absent.
 */
class SeedArticleIT {
  static final Path SHARED = Path.of(System.getProperty("annals.shared", "../../shared")).toAbsolutePath().normalize();
  private static final Path SEED = SHARED.resolve("samples/seed-article.txt");
  private static final Path EXPECTED = SHARED.resolve("samples/seed-article.expected.md");
  private static final int MAX_OTHER_EVENTS = 5;

  private static CodedArticle coded;
  private static List<ExpectedEvent> expected;

  @BeforeAll
  static void codeTheSeed() throws IOException {
    boolean present = Files.isRegularFile(SEED) && Files.isRegularFile(EXPECTED);
    if (!present) {
      System.err.println("SKIPPED SeedArticleIT: " + SEED + " not found (../shared is absent)");
    }
    assumeTrue(present, "../shared/samples is absent");
    coded = Annals.shared().code("seed-article.txt", Files.readString(SEED), Optional.of(LocalDate.of(2022, 12, 29)));
    expected = parseExpectationTable(Files.readAllLines(EXPECTED));
  }

  /** Reads the markdown table of seed-article.expected.md into expectations. */
  static List<ExpectedEvent> parseExpectationTable(List<String> lines) {
    List<ExpectedEvent> found = new ArrayList<>();
    for (String line : lines) {
      if (!line.matches("\\|\\s*\\d+\\s*\\|.*")) {
        continue;
      }
      String[] cells = Arrays.stream(line.split("(?<!\\\\)\\|")).map(String::strip).toArray(String[]::new);
      // cells[0] is empty (before the first bar)
      String number = cells[1];
      String source = cells[3];
      String target = cells[4];
      List<String> codes = alternatives(cells[5]);
      List<String> dates = alternatives(cells[6].replaceAll("\\(.*\\)", "")).stream().map(d -> d.split("\\s+")[0]).toList();
      String placeCell = cells[7];
      Optional<String> place = placeCell.equals("—") || placeCell.isEmpty() ? Optional.empty() : Optional.of(placeCell.split(",")[0].strip());
      String notes = cells.length > 8 ? cells[8] : "";
      boolean eitherDirection = line.contains("<->");
      Optional<String> modality = notes.contains("modality intended") ? Optional.of("intended") : Optional.empty();
      List<String> targets = target.equals("—") ? List.of() : codesIn(target);
      if (source.contains("(two events)")) {
        for (String s : codesIn(source.replace("(two events)", ""))) {
          found.add(new ExpectedEvent("#" + number + " " + s, List.of(s), targets, codes, dates, modality, Optional.empty(), place, eitherDirection, false));
        }
      } else {
        found.add(new ExpectedEvent("#" + number, codesIn(source.replace("and/or", "|")), targets, codes, dates, modality, Optional.empty(), place, eitherDirection, false));
      }
    }
    return found;
  }

  private static List<String> alternatives(String cell) {
    return Arrays.stream(cell.split("\\\\\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Every actor code in a cell: "RUS \| RUSGOV", "AUKUS \| USA, GBR, AUS", "RUS and CHN". */
  private static List<String> codesIn(String cell) {
    return Arrays.stream(cell.split("\\\\\\||,|\\band\\b|\\|")).map(String::strip).filter(s -> s.matches("[A-Z]{2,9}")).toList();
  }

  @Test
  void theExpectationTableIsReadCompletely() {
    assertThat(expected).hasSizeGreaterThanOrEqualTo(13);
  }

  @Test
  void findsEveryExpectedEventAndFewOthers() {
    EventExpectations.Outcome outcome = EventExpectations.compare(expected, coded.events());
    System.out.println(outcome.report());
    assertThat(outcome.missing()).as(outcome.report()).isEmpty();
    assertThat(outcome.unexpected()).as(outcome.report()).hasSizeLessThanOrEqualTo(MAX_OTHER_EVENTS);
  }

  @Test
  void theAnnouncedTalksAreOneEventWithTwoMentions() {
    Event talks = coded.events().stream().filter(expected.get(0)::matches).findFirst().orElseThrow();
    assertThat(talks.mentions()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(talks.date().value()).isEqualTo("2022-12-30");
  }

  @Test
  void quotesGoToTheirSpeakers() {
    assertThat(coded.quotes()).filteredOn(q -> q.direct() && q.text().contains("coincide completely"))
        .singleElement().satisfies(q -> assertThat(q.speaker().orElseThrow().actor().name()).contains("Lavrov"));
    assertThat(coded.quotes()).filteredOn(q -> q.direct() && q.text().startsWith("Of course"))
        .singleElement().satisfies(q -> assertThat(q.speaker().orElseThrow().actor().name()).contains("Peskov"));
    assertThat(coded.quotes()).filteredOn(q -> q.direct() && q.text().equals("no limits"))
        .singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
  }

  @Test
  void timeExpressionsGetAnnalsValuesNotSuTimes() {
    assertThat(coded.times()).anySatisfy(t -> {
      assertThat(t.text()).isEqualTo("last September");
      assertThat(t.value()).isEqualTo("2022-09");
    });
    assertThat(coded.times()).anySatisfy(t -> {
      assertThat(t.text()).isEqualTo("the following morning");
      assertThat(t.value()).isEqualTo("2022-12-30TMO");
    });
  }
}
