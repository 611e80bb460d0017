package dev.annals.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.store.EventStore;
import dev.annals.store.StoreSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Query commands over Parquet tables laid out as the Spark job writes them (one folder of part
 * files per table), here written from an ingested store with DuckDB's COPY: no Spark needed.
 */
class AttachCommandTest {
  @TempDir Path work;
  Path db;
  Path parquet;

  @BeforeEach
  void ingestAndExport() throws Exception {
    StoreCommandsTest corpus = new StoreCommandsTest();
    corpus.work = work;
    corpus.writeCorpus();
    db = corpus.db;
    assertThat(StoreCommandsTest.run(new IngestCommand(PatternCoding::new), corpus.corpus.toString(), "--db", db.toString(),
        "--threads", "1").exitCode()).isEqualTo(3);
    parquet = work.resolve("job-output");
    try (EventStore store = EventStore.open(db)) {
      for (String table : StoreSchema.TABLES) {
        Files.createDirectories(parquet.resolve(table));
        try (Statement statement = store.connection().createStatement()) {
          statement.execute("COPY " + table + " TO '" + parquet.resolve(table + "/part-00000.parquet") + "' (FORMAT parquet)");
        }
      }
    }
  }

  @Test
  void queryCommandsAnswerOnAParquetFolderAsOnTheStore() {
    for (String[] query : new String[][] {{"events", "--sort", "mentions", "--desc"}, {"dyads"}, {"actors"},
        {"timeline", "--by", "month"}, {"search", "NATO"}, {"article", "w2"}}) {
      StoreCommandsTest.Run onStore = runQuery(query, db);
      StoreCommandsTest.Run onParquet = runQuery(query, parquet);
      assertThat(onParquet.err()).as(query[0]).isEmpty();
      assertThat(onParquet.exitCode()).as(query[0]).isZero();
      assertThat(onParquet.out()).as(query[0]).isEqualTo(onStore.out()).isNotBlank();
    }
  }

  @Test
  void attachKeepsViewsAndIndexInAStoreFolder() {
    Path attached = work.resolve("attached");
    StoreCommandsTest.Run attach = StoreCommandsTest.run(new AttachCommand(), parquet.toString(), "--db", attached.toString());
    assertThat(attach.exitCode()).as(attach.err()).isZero();
    assertThat(attach.out()).contains("attached").contains("3 articles, 4 event mentions, 3 events");
    assertThat(runQuery(new String[] {"events"}, attached).out()).isEqualTo(runQuery(new String[] {"events"}, db).out());
    assertThat(runQuery(new String[] {"search", "drones"}, attached).out()).contains("[drones]");
  }

  @Test
  void attachRefusesAFolderHoldingAnIngestedStore() {
    StoreCommandsTest.Run attach = StoreCommandsTest.run(new AttachCommand(), parquet.toString(), "--db", db.toString());
    assertThat(attach.exitCode()).isEqualTo(1);
    assertThat(attach.err()).contains("holds an ingested store");
  }

  @Test
  void aFolderWithoutTheTablesIsNamedWithWhatIsMissing() throws Exception {
    Path partial = work.resolve("partial");
    Files.createDirectories(partial.resolve("events"));
    StoreCommandsTest.Run attach = StoreCommandsTest.run(new AttachCommand(), partial.toString(), "--db", work.resolve("x").toString());
    assertThat(attach.exitCode()).isEqualTo(1);
    assertThat(attach.err()).contains("no articles folder");
  }

  private static StoreCommandsTest.Run runQuery(String[] query, Path folder) {
    Object command = switch (query[0]) {
      case "events" -> new EventsCommand();
      case "dyads" -> new DyadsCommand();
      case "actors" -> new ActorsCommand();
      case "timeline" -> new TimelineCommand();
      case "search" -> new SearchCommand();
      case "article" -> new ArticleCommand();
      default -> throw new IllegalArgumentException(query[0]);
    };
    String[] args = new String[query.length - 1 + 2];
    System.arraycopy(query, 1, args, 0, query.length - 1);
    args[args.length - 2] = "--db";
    args[args.length - 1] = folder.toString();
    return StoreCommandsTest.run(command, args);
  }
}
