package dev.annals.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.store.EventStore;
import dev.annals.store.Exports;
import dev.annals.store.Queries;
import dev.annals.store.Table;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The ingest command and every query command on a small made-up corpus, with real DuckDB and Lucene. */
class StoreCommandsTest {
  static final String W1 = "Russia criticized NATO in a statement issued in Moscow on Friday morning. Officials said the alliance "
      + "had moved more troops and heavy equipment closer to the western border during the winter. The foreign ministry added "
      + "that talks were still possible if the alliance changed its course before the summit.";
  static final String W3 = W1.replace("Friday morning", "Friday afternoon").replace("heavy equipment", "armoured vehicles");
  static final String W2 = "China met Russia at a forum on energy trade held in the capital. Russia criticized NATO again during the "
      + "forum, saying the alliance sought to encircle it. Delegates from both sides signed several contracts on gas supplies "
      + "and promised to meet again in the autumn.";
  static final String W5 = "Russia attacked Ukraine in Kyiv overnight with drones and missiles, the city's mayor said. Air defence "
      + "units shot down most of the drones, but several buildings were damaged and power was cut in two districts.";

  @TempDir Path work;
  Path db;
  Path corpus;

  @BeforeEach
  void writeCorpus() throws Exception {
    db = work.resolve("annals-data");
    corpus = work.resolve("news.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    lines.add(line(json, "w1", "2024-03-01", "https://tass.example/w1", "Tass", W1));
    lines.add(line(json, "w2", "2024-03-01", "https://xinhua.example/w2", "Xinhua", W2));
    lines.add(line(json, "w3", "2024-03-02", "https://rt.example/w3", "RT", W3));
    lines.add(line(json, "w4", "2024-03-01", "https://tass.example/w1?utm_source=feed", "Tass", W1 + " Updated."));
    lines.add("{\"id\": \"broken\", \"text\": ");
    lines.add(line(json, "w5", "2024-04-02", "https://kyiv.example/w5", "Kyiv Independent", W5));
    lines.add(line(json, "w7", "2024-03-01", "https://gt.example/w7", "Global Times", W2));
    Files.write(corpus, lines, StandardCharsets.UTF_8);
  }

  private static String line(ObjectMapper json, String id, String date, String url, String publisher, String text) {
    return json.createObjectNode().put("id", id).put("date", date).put("title", "Report " + id).put("url", url)
        .put("publisher", publisher).put("text", text).toString();
  }

  record Run(int exitCode, String out, String err) {}

  static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    int code = line.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run ingest() {
    return run(new IngestCommand(PatternCoding::new), corpus.toString(), "--db", db.toString(), "--threads", "1", "--batch", "2");
  }

  @Test
  void ingestStoresEachArticleOnceCountsCopiesAsSourcesAndReportsTheBrokenLine() throws Exception {
    Run first = ingest();
    assertThat(first.err()).contains("news.jsonl:5").contains("skipped");
    assertThat(first.exitCode()).as("a skipped record makes exit code 3").isEqualTo(3);
    assertThat(first.out()).contains("read 6 articles: 3 stored, 3 copies of stored articles, 0 already stored, 0 failed");
    assertThat(first.err()).as("the JSON Lines reader estimates 7 records: 6 good lines and a broken one").contains("ingest: 6/7 read").contains("articles/s").contains("ETA");
    try (EventStore store = EventStore.open(db)) {
      Table copies = new Queries(store).query("SELECT article_id, original_id, kind FROM article_copies ORDER BY 1", List.of());
      assertThat(copies.rows()).containsExactly(
          List.of("w3", "w1", "near_duplicate"), List.of("w4", "w1", "same_url"), List.of("w7", "w2", "same_text"));
      Table condemn = new Queries(store).query(
          "SELECT num_mentions, num_articles, num_sources, source_url FROM events WHERE source_code = 'RUSGOV' AND target_code = 'NATO'",
          List.of());
      assertThat(condemn.rows()).containsExactly(List.of(2, 5, 4, "https://tass.example/w1"));
    }
    Run second = ingest();
    assertThat(second.out()).contains("read 6 articles: 0 stored, 0 copies of stored articles, 6 already stored");
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.count("articles")).isEqualTo(3);
      assertThat(store.count("article_copies")).isEqualTo(3);
      assertThat(store.count("event_mentions")).isEqualTo(4);
      assertThat(store.count("events")).isEqualTo(3);
    }
  }

  @Test
  void eventsAreFilteredSortedPagedAndPrintedAsTableCsvOrJsonLines() throws Exception {
    ingest();
    Run table = run(new EventsCommand(), "--db", db.toString(), "--actor", "RUS", "--sort", "mentions", "--desc");
    assertThat(table.exitCode()).isZero();
    List<String> lines = table.out().lines().toList();
    assertThat(lines.get(0)).startsWith("event_id").contains("source_code").contains("num_sources");
    assertThat(lines.get(1)).contains("RUSGOV").contains("NATO").contains("111");
    assertThat(lines).hasSize(5).last().isEqualTo("(3 rows)");

    Run csv = run(new EventsCommand(), "--db", db.toString(), "--root", "19", "--place", "UKR", "--format", "csv");
    assertThat(csv.out().lines().toList()).hasSize(2);
    assertThat(csv.out().lines().skip(1).findFirst().orElseThrow()).contains(",2024-04-02,RUSGOV,Russia,UKRGOV,Ukraine,190,19,4,-10.0,");

    Run jsonl = run(new EventsCommand(), "--db", db.toString(), "--quad", "1", "--format", "jsonl");
    JsonNode meeting = new ObjectMapper().readTree(jsonl.out().lines().findFirst().orElseThrow());
    assertThat(meeting.get("source_code").asText()).isEqualTo("CHNGOV");
    assertThat(meeting.get("num_articles").asInt()).isEqualTo(2);
    assertThat(meeting.get("num_sources").asInt()).isEqualTo(2);

    Run page2 = run(new EventsCommand(), "--db", db.toString(), "--limit", "2", "--page", "2", "--format", "csv");
    assertThat(page2.out().lines().toList()).hasSize(2).last().asString().contains("2024-04-02");

    Run text = run(new EventsCommand(), "--db", db.toString(), "--text", "drones", "--format", "csv");
    assertThat(text.out().lines().toList()).hasSize(2);
    Run dates = run(new EventsCommand(), "--db", db.toString(), "--from", "2024-03-02", "--to", "2024-12-31", "--format", "csv");
    assertThat(dates.out().lines().toList()).hasSize(2);
    Run bad = run(new EventsCommand(), "--db", db.toString(), "--dyad", "RUS");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("--dyad takes SOURCE:TARGET");
  }

  @Test
  void dyadsTimelineActorsSearchAndArticle() throws Exception {
    ingest();
    Run dyads = run(new DyadsCommand(), "--db", db.toString(), "--format", "csv");
    assertThat(dyads.out().lines().toList()).containsExactly(
        "source_code,target_code,events,mentions,mean_goldstein",
        "RUSGOV,NATO,1,2,-2.0",
        "CHNGOV,RUSGOV,1,1,1.0",
        "RUSGOV,UKRGOV,1,1,-10.0");

    Run timeline = run(new TimelineCommand(), "--db", db.toString(), "--actor", "RUS", "--by", "month", "--format", "csv");
    assertThat(timeline.out().lines().toList()).containsExactly(
        "period,events,mentions,mean_goldstein", "2024-03-01,2,3,-0.5", "2024-04-01,1,1,-10.0");
    Run dyadTimeline = run(new TimelineCommand(), "--db", db.toString(), "--dyad", "RUS:NATO", "--by", "day", "--format", "csv");
    assertThat(dyadTimeline.out().lines().toList()).containsExactly("period,events,mentions,mean_goldstein", "2024-03-01,1,2,-2.0");

    Run actors = run(new ActorsCommand(), "--db", db.toString(), "--format", "csv");
    assertThat(actors.out().lines().skip(1).findFirst().orElseThrow()).isEqualTo("RUSGOV,Russia,RUS,GOV,state,4,3,2,1");

    Run search = run(new SearchCommand(), "--db", db.toString(), "drone*", "AND", "Kyiv");
    assertThat(search.out().lines().toList()).containsExactly(
        "w5 s0  Russia attacked Ukraine in [Kyiv] overnight with [drones] and missiles, the city's mayor said.", "(1 hit)");
    Run badQuery = run(new SearchCommand(), "--db", db.toString(), "AND (");
    assertThat(badQuery.exitCode()).isEqualTo(1);
    assertThat(badQuery.err()).contains("cannot parse search query");

    Run article = run(new ArticleCommand(), "--db", db.toString(), "w1");
    assertThat(article.out()).contains("publisher: Tass").contains(W1).contains("events:").contains("RUSGOV").contains("criticized")
        .contains("copies:").contains("w3").contains("near_duplicate");
    Run missing = run(new ArticleCommand(), "--db", db.toString(), "nope");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no article 'nope'");
  }

  @Test
  void queryWithoutAStoreSaysSo() {
    Run run = run(new EventsCommand(), "--db", work.resolve("empty").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no Annals store here");
  }

  @Test
  void gdeltExportHasSixtyOneColumnsInGdeltsOrder() throws Exception {
    ingest();
    Path file = work.resolve("out/events.tsv");
    Run export = run(new ExportCommand(), "--db", db.toString(), "--format", "gdelt", "-o", file.toString());
    assertThat(export.out()).contains("wrote 3 events");
    List<GdeltEventParser.Row> rows = GdeltEventParser.parse(file);
    assertThat(rows).hasSize(3);
    GdeltEventParser.Row condemn = rows.stream().filter(r -> r.get("EventCode").equals("111")).findFirst().orElseThrow();
    assertThat(condemn.get("SQLDATE")).isEqualTo("20240301");
    assertThat(condemn.get("MonthYear")).isEqualTo("202403");
    assertThat(condemn.get("Actor1Code")).isEqualTo("RUSGOV");
    assertThat(condemn.get("Actor1CountryCode")).isEqualTo("RUS");
    assertThat(condemn.get("Actor1Type1Code")).isEqualTo("GOV");
    assertThat(condemn.get("Actor2Code")).as("NATO's CAMEO code, from actors/organisations.tsv").isEqualTo("IGOWSTNAT");
    assertThat(condemn.get("Actor2KnownGroupCode")).isEqualTo("NAT");
    assertThat(condemn.get("Actor2CountryCode")).isEqualTo("WST");
    assertThat(condemn.get("Actor2Type1Code")).isEqualTo("IGO");
    assertThat(condemn.get("EventRootCode")).isEqualTo("11");
    assertThat(condemn.get("QuadClass")).isEqualTo("3");
    assertThat(condemn.get("GoldsteinScale")).isEqualTo("-2.0");
    assertThat(condemn.get("NumMentions")).isEqualTo("2");
    assertThat(condemn.get("NumSources")).isEqualTo("4");
    assertThat(condemn.get("NumArticles")).isEqualTo("5");
    assertThat(condemn.get("IsRootEvent")).isEqualTo("1");
    assertThat(condemn.get("SOURCEURL")).isEqualTo("https://tass.example/w1");
    assertThat(condemn.get("DATEADDED")).matches("\\d{14}");
    GdeltEventParser.Row attack = rows.stream().filter(r -> r.get("EventCode").equals("190")).findFirst().orElseThrow();
    assertThat(attack.get("ActionGeo_Type")).isEqualTo("4");
    assertThat(attack.get("ActionGeo_FullName")).isEqualTo("Kyiv");
    assertThat(attack.get("ActionGeo_CountryCode")).as("FIPS 10-4 for Ukraine (ISO UKR, UA)").isEqualTo("UP");
    assertThat(attack.get("ActionGeo_ADM1Code")).isEqualTo("UP");
    assertThat(attack.get("Actor2CountryCode")).as("CAMEO country code").isEqualTo("UKR");
    assertThat(Double.parseDouble(attack.get("ActionGeo_Lat"))).isEqualTo(50.45);
    assertThat(attack.get("EventBaseCode")).isEqualTo("190");
    assertThat(Long.parseLong(attack.get("GLOBALEVENTID"))).isPositive();
  }

  @Test
  void jsonlParquetAndCsvExportsCarryTheRecord() throws Exception {
    ingest();
    Path jsonl = work.resolve("events.jsonl");
    assertThat(run(new ExportCommand(), "--db", db.toString(), "--format", "jsonl", "-o", jsonl.toString()).exitCode()).isZero();
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize(3);
    JsonNode condemn = null;
    for (String line : lines) {
      JsonNode node = new ObjectMapper().readTree(line);
      if (node.get("cameo_code").asText().equals("111")) {
        condemn = node;
      }
    }
    assertThat(condemn).isNotNull();
    assertThat(condemn.get("source").get("code").asText()).isEqualTo("RUSGOV");
    assertThat(condemn.get("target").get("name").asText()).isEqualTo("North Atlantic Treaty Organization");
    assertThat(condemn.get("mentions")).hasSize(2);
    assertThat(condemn.get("mentions").get(0).get("article_id").asText()).isEqualTo("w1");
    assertThat(condemn.get("mentions").get(0).get("trigger").asText()).isEqualTo("criticized");
    assertThat(condemn.get("mentions").get(1).get("sentence").asText()).startsWith("Russia criticized NATO again");

    Path parquet = work.resolve("events.parquet");
    assertThat(run(new ExportCommand(), "--db", db.toString(), "--format", "parquet", "-o", parquet.toString()).exitCode()).isZero();
    Path csv = work.resolve("events.csv");
    assertThat(run(new ExportCommand(), "--db", db.toString(), "--format", "csv", "--actor", "UKR", "-o", csv.toString()).exitCode()).isZero();
    assertThat(Files.readAllLines(csv)).hasSize(2);
    try (EventStore store = EventStore.open(db)) {
      Table back = new Queries(store).query("SELECT source.code AS source_code, len(mentions) AS mentions FROM read_parquet(?) "
          + "ORDER BY cameo_code", List.of(parquet.toString()));
      assertThat(back.rows()).containsExactly(List.of("CHNGOV", 1L), List.of("RUSGOV", 2L), List.of("RUSGOV", 1L));
    }
    assertThat(Exports.GDELT_COLUMNS).hasSize(61);
  }
}
