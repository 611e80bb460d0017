package dev.annals.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Short news paragraphs written for Annals (src/test/resources/golden) with the events a careful
 * coder finds in them. Every expected event must be found and nothing else coded; lines flagged
 * {@code optional} may or may not be.
 */
class GoldenParagraphsIT {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TestFactory
  Stream<DynamicTest> everyParagraphCodesAsExpected() throws IOException {
    List<Path> texts;
    try (Stream<Path> files = Files.list(GOLDEN)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(texts).as("golden paragraphs in " + GOLDEN.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(15);
    return texts.stream().map(text -> DynamicTest.dynamicTest(text.getFileName().toString(), () -> check(text)));
  }

  private static void check(Path textFile) throws IOException {
    Path expectedFile = Path.of(textFile.toString().replaceAll("\\.txt$", ".expected.tsv"));
    List<String> lines = Files.readAllLines(expectedFile);
    LocalDate date = lines.stream().filter(l -> l.startsWith("# date:")).findFirst()
        .map(l -> LocalDate.parse(l.substring("# date:".length()).strip()))
        .orElseThrow(() -> new AssertionError(expectedFile + " has no '# date: YYYY-MM-DD' line"));
    List<ExpectedEvent> expected = parse(expectedFile, lines);
    CodedArticle coded = Annals.shared().code(textFile.getFileName().toString(), Files.readString(textFile), Optional.of(date));
    EventExpectations.Outcome outcome = EventExpectations.compare(expected, coded.events());
    assertThat(outcome.missing()).as(textFile + "\n" + outcome.report()).isEmpty();
    assertThat(outcome.unexpected()).as(textFile + "\n" + outcome.report()).isEmpty();
  }

  static List<ExpectedEvent> parse(Path file, List<String> lines) {
    List<ExpectedEvent> expected = new ArrayList<>();
    int number = 0;
    for (String line : lines) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 6) {
        throw new AssertionError(file + " line " + number + ": expected 7 tab-separated columns, found " + f.length);
      }
      List<String> targets = f[1].strip().equals("-") ? List.of() : split(f[1]);
      boolean optional = f.length > 6 && f[6].contains("optional");
      expected.add(new ExpectedEvent(
          file.getFileName() + ":" + number, split(f[0]), targets, split(f[2]), split(f[3]),
          Optional.of(f[4].strip()), Optional.of(Boolean.parseBoolean(f[5].strip())), Optional.empty(), false, optional));
    }
    return expected;
  }

  private static List<String> split(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty() && !s.equals("-")).toList();
  }
}
