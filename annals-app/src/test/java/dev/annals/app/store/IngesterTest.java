package dev.annals.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.ingest.ArticleSource;
import dev.annals.ingest.ReadProblem;
import dev.annals.ingest.Sources;
import dev.annals.store.EventStore;
import dev.annals.store.Queries;
import dev.annals.store.Table;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
  private static final String[] COUNTRIES = {"Russia", "China", "Ukraine", "NATO"};
  private static final String[] VERBS = {"criticized", "met", "attacked"};

  @TempDir Path work;

  /** Thirty distinct reports, each with one event, different enough not to be near-duplicates. */
  private Path corpus(int articles, int poisoned) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      String source = COUNTRIES[i % 4];
      String target = COUNTRIES[(i + 1) % 4];
      String text = source + " " + VERBS[i % 3] + " " + target + " on day " + i + ". "
          + "Report number " + i + " tells of " + Integer.toBinaryString(i * 7919) + " things seen by witness " + (i * 31)
          + " near village " + Integer.toHexString(i * 104729) + (i == poisoned ? " POISON" : "") + ". The end of story " + i + ".";
      lines.add(json.createObjectNode().put("id", "r" + i).put("date", "2024-05-" + String.format("%02d", 1 + i % 28))
          .put("publisher", "Wire " + (i % 3)).put("text", text).toString());
    }
    Path file = work.resolve("corpus.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static List<ArticleSource> sources(Path file) throws Exception {
    return List.of(new Sources().open(file.toString()));
  }

  @Test
  void runKilledMidwayAndStartedAgainStoresEveryArticleExactlyOnce() throws Exception {
    Path file = corpus(30, -1);
    Path db = work.resolve("db");
    PatternCoding dying = new PatternCoding(10);
    try (EventStore store = EventStore.open(db)) {
      Ingester ingester = new Ingester(store, dying, 2, 4, problem -> {}, Progress.silent());
      assertThatThrownBy(() -> ingester.run(sources(file), OptionalLong.of(30))).hasMessageContaining("killed after 10");
      assertThat(store.count("articles")).as("two whole batches of four were committed").isEqualTo(8);
      assertThat(store.count("event_mentions")).isEqualTo(8);
    }
    PatternCoding healthy = new PatternCoding();
    try (EventStore store = EventStore.open(db)) {
      Ingester.Report report = new Ingester(store, healthy, 2, 4, problem -> {}, Progress.silent()).run(sources(file), OptionalLong.of(30));
      assertThat(report.skipped()).isEqualTo(8);
      assertThat(report.stored()).isEqualTo(22);
      assertThat(healthy.coded()).as("stored articles are not coded again").isEqualTo(22);
      Table counts = new Queries(store).query(
          "SELECT count(*), count(DISTINCT article_id) FROM articles", List.of());
      assertThat(counts.rows()).containsExactly(List.of(30L, 30L));
      assertThat(store.count("event_mentions")).isEqualTo(30);
      assertThat(store.count("sentences")).isEqualTo(90);
      assertThat(new Queries(store).query("SELECT sum(num_mentions) FROM events", List.of()).value(0, "sum(num_mentions)"))
          .isEqualTo(30L);
      assertThat(store.index().search("witness", java.util.Set.of(dev.annals.store.FullTextIndex.Kind.ARTICLE), 100)).hasSize(30);
    }
  }

  @Test
  void anArticleThePipelineCannotCodeIsReportedByNameAndRetriedNextRun() throws Exception {
    Path file = corpus(6, 3);
    Path db = work.resolve("db");
    List<ReadProblem> problems = new ArrayList<>();
    try (EventStore store = EventStore.open(db)) {
      Ingester.Report report = new Ingester(store, new PatternCoding(), 1, 4, problems::add, Progress.silent())
          .run(sources(file), OptionalLong.empty());
      assertThat(report.stored()).isEqualTo(5);
      assertThat(report.failed()).isEqualTo(1);
      assertThat(problems).singleElement().asString().contains("corpus.jsonl:4").contains("article r3 could not be coded");
      assertThat(store.contains("r3")).isFalse();
    }
  }

  @Test
  void badFilesInAFolderAreReportedByNameAndTheRestIsStored() throws Exception {
    Path folder = Files.createDirectories(work.resolve("in"));
    Files.writeString(folder.resolve("good.txt"), "Russia criticized NATO on Monday. The statement was short.");
    Files.write(folder.resolve("truncated.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
    Files.write(folder.resolve("bad.jsonl"), new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    Files.writeString(folder.resolve("missing.jsonl"), "{\"title\": \"no text\"}\n");
    List<ReadProblem> problems = new ArrayList<>();
    try (EventStore store = EventStore.open(work.resolve("db"))) {
      Ingester.Report report = new Ingester(store, new PatternCoding(), 1, 4, problems::add, Progress.silent())
          .run(sources(folder), OptionalLong.empty());
      assertThat(report.stored()).isEqualTo(1);
      assertThat(problems).extracting(ReadProblem::origin).anyMatch(o -> o.contains("truncated.warc.gz"))
          .anyMatch(o -> o.contains("bad.jsonl")).anyMatch(o -> o.contains("missing.jsonl"));
      assertThat(store.count("event_mentions")).isEqualTo(1);
    }
  }
}
