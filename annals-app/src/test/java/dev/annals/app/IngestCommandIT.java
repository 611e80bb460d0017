package dev.annals.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code annals ingest} with the real pipeline, then the query commands on what it stored. */
class IngestCommandIT {
  private static final String KENYA = """
      Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.
      The two leaders signed a trade agreement and pledged to build a new highway.
      Somalia's government condemned Kenya on Wednesday over the deal.
      """;
  private static final String SANCTIONS = "The European Union imposed new sanctions on Russia on Monday, freezing the assets "
      + "of twelve banks. Moscow condemned the decision and said it would respond. \"This is economic war,\" a Kremlin "
      + "spokesman told reporters in Moscow.";

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void ingestsAFolderCodesEveryArticleOnceAndAnswersQueries() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.writeString(input.resolve("kenya.txt"), KENYA);
    ObjectMapper json = new ObjectMapper();
    Files.write(input.resolve("wire.jsonl"), List.of(
        json.createObjectNode().put("id", "eu-1").put("date", "2024-02-26").put("publisher", "Wire A")
            .put("url", "https://a.example/eu-1").put("text", SANCTIONS).toString(),
        json.createObjectNode().put("id", "eu-2").put("date", "2024-02-26").put("publisher", "Wire B")
            .put("url", "https://b.example/eu-2").put("text", SANCTIONS).toString()), StandardCharsets.UTF_8);
    Path db = dir.resolve("db");

    Run ingest = run("ingest", input.toString(), "--db", db.toString(), "--threads", "2");
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("read 3 articles: 2 stored, 1 copies of stored articles");
    assertThat(ingest.err()).contains("articles/s");

    Run again = run("ingest", input.toString(), "--db", db.toString());
    assertThat(again.out()).contains("read 3 articles: 0 stored, 0 copies of stored articles, 3 already stored");

    Run events = run("events", "--db", db.toString(), "--format", "csv", "--source", "EU", "--target", "RUS");
    assertThat(events.exitCode()).isZero();
    List<String> lines = events.out().lines().toList();
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines.get(1)).contains("2024-02-26").contains(",1,2,2,");

    Run search = run("search", "--db", db.toString(), "economic war");
    assertThat(search.out()).contains("[economic] [war]");

    Run gdelt = run("export", "--db", db.toString(), "--format", "gdelt", "-o", dir.resolve("e.tsv").toString());
    assertThat(gdelt.exitCode()).isZero();
    for (String row : Files.readAllLines(dir.resolve("e.tsv"))) {
      assertThat(row.split("\t", -1)).hasSize(61);
    }
  }
}
