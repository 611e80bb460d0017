package dev.annals.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.annals.store.EventStore;
import dev.annals.store.Queries;
import dev.annals.store.Table;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * One article in each input format, through {@code annals ingest} into the store: plain text,
 * HTML, JSON Lines, WARC.gz in a folder, and an RSS feed of summaries whose linked page is served
 * from a local HTTP server.
 */
class EveryFormatTest {

  @TempDir Path work;
  private HttpServer server;
  private String base;

  private static String page(String title, String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
        + "<meta property=\"article:published_time\" content=\"2024-06-03T09:00:00Z\"></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1><p>" + body
        + "</p></article><footer>Copyright 2024</footer></body></html>";
  }

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    Map<String, String> pages = Map.of(
        "/news/kyiv", page("Strike on Kyiv", "Russia attacked Ukraine in Kyiv before dawn on Monday, officials said. Drones hit two power stations and a "
            + "school in the Podil district, and rescuers searched the rubble until noon."));
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      byte[] body;
      String type;
      if (path.equals("/feed.xml")) {
        type = "application/rss+xml";
        body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test Wire</title><link>" + base + "/</link>"
            + "<description>wire</description><item><title>Strike on Kyiv</title><link>" + base + "/news/kyiv</link>"
            + "<pubDate>Mon, 03 Jun 2024 09:00:00 GMT</pubDate><description>Strike.</description></item></channel></rss>")
            .getBytes(StandardCharsets.UTF_8);
      } else if (pages.containsKey(path)) {
        type = "text/html; charset=utf-8";
        body = pages.get(path).getBytes(StandardCharsets.UTF_8);
      } else {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void everyFormatEndsInTheStore() throws Exception {
    Path folder = Files.createDirectories(work.resolve("in"));
    Files.writeString(folder.resolve("plain.txt"), "China met Russia in Beijing on Tuesday to discuss gas supplies. The pipeline deal, "
        + "delayed for years over prices, was not signed, according to two people close to the talks.");
    Files.writeString(folder.resolve("page.html"), page("Moscow rebukes alliance", "Russia criticized NATO over new deployments. The "
        + "foreign ministry summoned envoys and warned of a response along the western frontier within weeks."));
    Files.writeString(folder.resolve("wire.jsonl"), "{\"id\": \"j1\", \"date\": \"2024-06-03\", \"publisher\": \"Wire\", "
        + "\"text\": \"Ukraine criticized Russia over the shelling of border villages. Farmers near Sumy "
        + "left their fields as artillery fire continued for a third night, the regional governor wrote.\"}\n");
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(folder.resolve("crawl.warc.gz"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      byte[] html = page("Alliance answers", "NATO criticized Russia in a statement from Brussels. "
          + "Ministers meeting at headquarters agreed to station additional air defence batteries in Poland and Romania.").getBytes(StandardCharsets.UTF_8);
      writer.write(new WarcResponse.Builder("https://archive.example/alliance").date(Instant.parse("2024-06-03T10:00:00Z"))
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build()).build());
    }
    Path db = work.resolve("db");
    StoreCommandsTest.Run run = StoreCommandsTest.run(new IngestCommand(PatternCoding::new), folder.toString(), base + "/feed.xml",
        "--db", db.toString(), "--threads", "1");
    assertThat(run.err()).doesNotContain("annals ingest: skipped");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("read 5 articles: 5 stored");
    try (EventStore store = EventStore.open(db)) {
      Table events = new Queries(store).query(
          "SELECT source_code || ' ' || cameo_code || ' ' || target_code AS event FROM events ORDER BY 1", List.of());
      assertThat(events.rows()).containsExactly(List.of("CHNGOV 040 RUSGOV"), List.of("NATO 111 RUSGOV"),
          List.of("RUSGOV 111 NATO"), List.of("RUSGOV 190 UKRGOV"), List.of("UKRGOV 111 RUSGOV"));
      Table kyiv = new Queries(store).query("SELECT url FROM articles WHERE text LIKE '%Kyiv before dawn%'", List.of());
      assertThat(kyiv.rows()).containsExactly(List.of(base + "/news/kyiv"));
    }
  }
}
