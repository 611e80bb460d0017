package dev.annals.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code annals code} end to end on files written here: output, exit codes, and bad input. */
class CodeCommandIT {
  private static final String PARAGRAPH = """
      Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.
      The two leaders signed a trade agreement and pledged to build a new highway.
      Somalia's government condemned Kenya on Wednesday over the deal.
      """;

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void codesAParagraphIntoEventRecords() throws IOException {
    Path article = write("kenya.txt", PARAGRAPH);
    Run run = run("code", article.toString(), "--date", "2024-05-09");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> events = run.out().lines().map(CodeCommandIT::json).toList();
    assertThat(events).isNotEmpty();
    assertThat(events).anySatisfy(e -> {
      assertThat(e.get("source").get("code").asText()).isEqualTo("KENGOV");
      assertThat(e.get("target").get("code").asText()).isEqualTo("ETHGOV");
      assertThat(e.get("root_code").asText()).isEqualTo("04");
      assertThat(e.get("plover_type").asText()).isEqualTo("CONSULT");
      assertThat(e.get("date").asText()).isEqualTo("2024-05-07");
      assertThat(e.get("place").get("name").asText()).isEqualTo("Nairobi");
      assertThat(e.get("place").get("country").asText()).isEqualTo("KEN");
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.get("source").get("code").asText()).startsWith("SOM");
      assertThat(e.get("cameo_code").asText()).isEqualTo("111");
      assertThat(e.get("plover_type").asText()).isEqualTo("ACCUSE");
      assertThat(e.get("plover_mode").asText()).isEqualTo("disapprove");
      assertThat(e.get("date").asText()).isEqualTo("2024-05-08");
    });
    for (JsonNode e : events) {
      assertThat(e.get("mentions").get(0).get("sentence").asText()).isNotBlank();
      assertThat(e.has("goldstein")).isTrue();
      assertThat(e.has("quad_class")).isTrue();
      assertThat(e.get("date_origin").asText()).isIn("time_expression", "context", "publication");
    }
  }

  @Test
  void theTableFormatPrintsOneLinePerEvent() throws IOException {
    Path article = write("kenya.txt", PARAGRAPH);
    Run run = run("code", article.toString(), "--date", "2024-05-09", "--format", "table");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotStartWith("{"));
    assertThat(run.out()).contains("KENGOV").contains("CONSULT");
  }

  @Test
  void withoutADateItUsesTheDatelineOrSaysItAssumedToday() throws IOException {
    Path dated = write("dated.txt", "Kenya hosts talks\nMay 9, 2024\n\n" + PARAGRAPH);
    Run run = run("code", dated.toString());
    assertThat(run.err()).doesNotContain("assumed today");
    assertThat(run.out()).contains("\"date\":\"2024-05-07\"");

    Path undated = write("undated.txt", PARAGRAPH);
    Run second = run("code", undated.toString());
    assertThat(second.err()).contains("assumed today");
  }

  @Test
  void badFilesAreReportedByNameAndTheOthersStillCoded() throws IOException {
    Path good = write("good.txt", PARAGRAPH);
    Path empty = write("empty.txt", "");
    Path binary = dir.resolve("binary.bin");
    Files.write(binary, new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, 3, 0, 0});
    Path german = write("german.txt", "Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland beschlossen, teilte ein Sprecher in Berlin mit. Die Maßnahmen sollen ab Juni gelten.");
    Path huge = dir.resolve("huge.txt");
    try (var out = Files.newOutputStream(huge)) {
      byte[] block = "The minister said talks would continue. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 200L * 1024 * 1024; written += block.length) {
        out.write(block);
      }
    }
    Run run = run("code", good.toString(), empty.toString(), binary.toString(), german.toString(), dir.toString(), huge.toString(), "--date", "2024-05-09");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains(empty + ": is empty");
    assertThat(run.err()).contains(binary + ": is a binary file");
    assertThat(run.err()).contains(german + ": does not look like English");
    assertThat(run.err()).contains(dir + ": is a directory");
    assertThat(run.err()).contains(huge + ": is 200.0 MB");
    assertThat(run.out()).contains("KENGOV");
    Files.delete(huge);
  }

  @Test
  void exitsNonZeroWhenNothingCouldBeRead() throws IOException {
    Path empty = write("empty.txt", "");
    Run run = run("code", empty.toString(), dir.resolve("missing.txt").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("missing.txt: no such file");
  }

  @Test
  void aTextWithoutEventsSaysSo() throws IOException {
    Path calm = write("weather.txt", "The weather in the city was mild and sunny for most of the week, with light winds from the south.");
    Run run = run("code", calm.toString(), "--date", "2024-05-09");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no events");
  }

  private static JsonNode json(String line) {
    try {
      return new ObjectMapper().readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
