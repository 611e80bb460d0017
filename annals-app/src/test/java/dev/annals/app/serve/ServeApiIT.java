package dev.annals.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST API over HTTP against a real server on a free port, on the demo articles coded by the real pipeline. */
class ServeApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static DemoServer demo;

  @BeforeAll
  static void start() throws Exception {
    demo = DemoServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (demo != null) {
      demo.close();
    }
  }

  private record Reply(int status, String body, HttpResponse<String> response) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  private static Reply get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(demo.base + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body(), response);
  }

  private static Reply post(String body, Optional<String> token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(demo.base + "/api/articles"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body(), response);
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  // ---------- the endpoints ----------

  @Test
  void eventsArePagedWithTheirTotal() throws Exception {
    JsonNode all = get("/api/events?limit=1000").json();
    long total = all.get("total").asLong();
    assertThat(total).isGreaterThan(40);
    assertThat(all.get("events")).hasSize((int) total);
    JsonNode page = get("/api/events?limit=10&offset=10&sort=date&order=asc").json();
    assertThat(page.get("events")).hasSize(10);
    assertThat(page.get("total").asLong()).isEqualTo(total);
    List<String> dates = list(page.get("events")).stream().map(e -> e.get("date").asText()).toList();
    assertThat(dates).isSorted();
    JsonNode byGoldstein = get("/api/events?sort=goldstein&order=asc&limit=1000").json();
    List<Double> goldstein = list(byGoldstein.get("events")).stream().map(e -> e.get("goldstein").asDouble()).toList();
    assertThat(goldstein).isSorted();
  }

  @Test
  void eventFiltersNarrowTheEvents() throws Exception {
    long total = get("/api/events").json().get("total").asLong();
    JsonNode conflict = get("/api/events?quad=4&limit=1000").json();
    assertThat(conflict.get("total").asLong()).isBetween(1L, total - 1);
    assertThat(list(conflict.get("events"))).allSatisfy(e -> assertThat(e.get("quad_class").asInt()).isEqualTo(4));
    JsonNode russia = get("/api/events?actor=rus&limit=1000").json();
    assertThat(russia.get("total").asLong()).isPositive();
    assertThat(list(russia.get("events"))).allSatisfy(e ->
        assertThat(e.get("source_code").asText().startsWith("RUS") || e.get("target_code").asText().startsWith("RUS")).isTrue());
    JsonNode february = get("/api/events?from=2025-02-01&to=2025-02-28&limit=1000").json();
    assertThat(february.get("total").asLong()).isPositive();
    assertThat(list(february.get("events"))).allSatisfy(e -> assertThat(e.get("date").asText()).startsWith("2025-02"));
    JsonNode kharkiv = get("/api/events?place=kharkiv").json();
    assertThat(kharkiv.get("total").asLong()).isPositive();
    assertThat(list(kharkiv.get("events"))).allSatisfy(e -> assertThat(e.get("place_name").asText()).isEqualTo("Kharkiv"));
    JsonNode byCountry = get("/api/events?place=UKR").json();
    assertThat(byCountry.get("total").asLong()).isGreaterThanOrEqualTo(kharkiv.get("total").asLong());
    JsonNode words = get("/api/events?text=" + q("water cannon")).json();
    assertThat(words.get("total").asLong()).isPositive();
    JsonNode dyad = get("/api/events?dyad=RUSMIL:UKR").json();
    assertThat(list(dyad.get("events"))).isNotEmpty().allSatisfy(e -> {
      assertThat(e.get("source_code").asText()).startsWith("RUSMIL");
      assertThat(e.get("target_code").asText()).startsWith("UKR");
    });
    JsonNode code = get("/api/events?code=04&limit=1000").json();
    assertThat(list(code.get("events"))).isNotEmpty().allSatisfy(e -> assertThat(e.get("cameo_code").asText()).startsWith("04"));
    JsonNode root = get("/api/events?root=19&limit=1000").json();
    assertThat(list(root.get("events"))).isNotEmpty().allSatisfy(e -> assertThat(e.get("root_code").asText()).isEqualTo("19"));
    JsonNode modality = get("/api/events?modality=reported&limit=1000").json();
    assertThat(list(modality.get("events"))).allSatisfy(e -> assertThat(e.get("modality").asText()).isEqualTo("reported"));
  }

  @Test
  void oneEventCarriesEveryMentionWithItsSentence() throws Exception {
    JsonNode events = get("/api/events?sort=mentions&order=desc&limit=1").json().get("events");
    String id = events.get(0).get("event_id").asText();
    JsonNode event = get("/api/events/" + id).json();
    assertThat(event.get("event_id").asText()).isEqualTo(id);
    assertThat(event.get("cameo_name").asText()).isNotBlank();
    assertThat(event.get("mentions")).hasSize(event.get("num_mentions").asInt());
    for (JsonNode mention : event.get("mentions")) {
      assertThat(mention.get("sentence").asText()).contains(mention.get("trigger").asText());
      assertThat(mention.get("title").asText()).isNotBlank();
    }
    assertThat(get("/api/events/0123456789abcdef").status()).isEqualTo(404);
    Reply bad = get("/api/events/not-an-id");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").asText()).contains("event id");
  }

  @Test
  void actorsDyadsPlacesAndTheTimelineAgreeWithTheEvents() throws Exception {
    JsonNode actors = get("/api/actors?limit=500").json();
    assertThat(list(actors)).extracting(a -> a.get("code").asText()).contains("RUS", "UKR", "KENGOV");
    JsonNode russianActors = get("/api/actors?code=RUS").json();
    assertThat(list(russianActors)).isNotEmpty().allSatisfy(a -> assertThat(a.get("code").asText()).startsWith("RUS"));

    JsonNode dyads = get("/api/dyads?limit=1000").json();
    assertThat(list(dyads)).isNotEmpty().allSatisfy(d -> {
      assertThat(d.get("mean_goldstein").asDouble()).isBetween(-10.0, 10.0);
      assertThat(d.get("source_name").asText()).isNotBlank();
    });

    for (String period : List.of("day", "week", "month")) {
      for (String filter : List.of("", "&quad=4", "&actor=RUS")) {
        long total = get("/api/events?limit=1" + filter).json().get("total").asLong();
        JsonNode timeline = get("/api/timeline?period=" + period + filter).json();
        long summed = 0;
        for (JsonNode row : timeline.get("totals")) {
          summed += row.get("events").asLong();
        }
        assertThat(summed).as("timeline per %s%s", period, filter).isEqualTo(total);
      }
    }
    JsonNode monthly = get("/api/timeline?period=month").json();
    assertThat(list(monthly.get("rows"))).allSatisfy(r -> assertThat(r.get("period").asText()).endsWith("-01"));

    JsonNode places = get("/api/places").json();
    assertThat(list(places)).extracting(p -> p.get("place_name").asText()).contains("Kharkiv", "Nairobi");
    long located = get("/api/events?limit=1000").json().get("events").findValues("place_latitude").stream()
        .filter(v -> !v.isNull()).count();
    assertThat(list(places).stream().mapToLong(p -> p.get("events").asLong()).sum()).isEqualTo(located);
  }

  @Test
  void anArticleComesWithItsAnnotations() throws Exception {
    JsonNode list = get("/api/articles?limit=100").json();
    assertThat(list.get("total").asLong()).isGreaterThanOrEqualTo(40);
    JsonNode article = get("/api/articles/demo-russia-ukraine-kharkiv").json();
    String text = article.get("text").asText();
    assertThat(text).startsWith("Russian forces fired missiles at Kharkiv on Sunday");
    assertThat(list(article.get("actors"))).extracting(a -> text.substring(a.get("start_offset").asInt(), a.get("end_offset").asInt()))
        .contains("Russian forces");
    assertThat(list(article.get("times"))).anySatisfy(t -> {
      assertThat(t.get("text").asText()).isEqualTo("Sunday");
      assertThat(t.get("value").asText()).isEqualTo("2025-01-26");
    });
    assertThat(article.get("quotes")).isNotEmpty();
    assertThat(list(article.get("events"))).isNotEmpty().anySatisfy(e -> {
      assertThat(e.get("trigger").asText()).isEqualTo("fired");
      assertThat(text.substring(e.get("trigger_start").asInt(), e.get("trigger_end").asInt())).isEqualTo("fired");
      assertThat(e.get("cameo_name").asText()).isNotBlank();
      assertThat(e.get("event_id").asText()).hasSize(16);
    });
    assertThat(get("/api/articles/no-such-article").status()).isEqualTo(404);
  }

  @Test
  void quotesSearchAndTheCodeTable() throws Exception {
    JsonNode quotes = get("/api/quotes?limit=100").json();
    assertThat(quotes.get("total").asLong()).isPositive();
    JsonNode zelensky = get("/api/quotes?text=" + q("every night")).json();
    assertThat(list(zelensky.get("quotes"))).isNotEmpty().allSatisfy(x -> assertThat(x.get("text").asText()).containsIgnoringCase("every night"));

    JsonNode hits = get("/api/search?q=" + q("\"water cannon\"")).json();
    assertThat(list(hits)).isNotEmpty().allSatisfy(h -> assertThat(h.get("highlighted").asText()).contains("[water").contains("[cannon"));
    JsonNode titles = get("/api/search?in=article&q=" + q("title:sanctions")).json();
    assertThat(list(titles)).isNotEmpty().allSatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("article"));
    Reply broken = get("/api/search?q=" + q("\"unclosed"));
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.json().get("error").asText()).contains("cannot parse");
    assertThat(get("/api/search").json().get("error").asText()).contains("q");

    JsonNode codes = get("/api/cameo").json();
    assertThat(list(codes)).anySatisfy(c -> {
      assertThat(c.get("code").asText()).isEqualTo("111");
      assertThat(c.get("name").asText()).isEqualTo("Criticize or denounce");
    });
  }

  @Test
  void exportsWriteEveryEventOfTheFilter() throws Exception {
    long total = get("/api/events?quad=4").json().get("total").asLong();
    Reply csv = get("/api/export?format=csv&quad=4");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.response().headers().firstValue("Content-Disposition").orElse("")).contains("annals-events.csv");
    assertThat(csv.body().lines().count()).isEqualTo(total + 1);
    Reply jsonl = get("/api/export?format=jsonl&quad=4");
    assertThat(jsonl.body().lines().count()).isEqualTo(total);
    assertThat(JSON.readTree(jsonl.body().lines().findFirst().orElseThrow()).get("mentions")).isNotEmpty();
    Reply gdelt = get("/api/export?format=gdelt&quad=4");
    assertThat(gdelt.body().lines().toList()).hasSize((int) total).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
    assertThat(get("/api/export?format=xml").status()).isEqualTo(400);
  }

  @Test
  void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
    JsonNode doc = get("/api/openapi.json").json();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> paths = new TreeSet<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsExactlyInAnyOrder("/api/events", "/api/events/{id}", "/api/actors", "/api/dyads", "/api/timeline",
        "/api/places", "/api/articles", "/api/articles/{id}", "/api/quotes", "/api/search", "/api/export", "/api/cameo",
        "/api/openapi.json");
    assertThat(doc.get("paths").get("/api/articles").get("post").get("responses").has("413")).isTrue();
    // every parameter an endpoint takes is documented: ask each with an unknown one, the 400 lists what it takes
    for (String path : List.of("/api/events", "/api/dyads", "/api/timeline", "/api/places", "/api/quotes", "/api/actors", "/api/search", "/api/export")) {
      String takes = get(path + "?bogus=1").json().get("error").asText().replaceFirst(".*this endpoint takes ", "");
      Set<String> documented = new TreeSet<>();
      for (JsonNode parameter : doc.get("paths").get(path).get("get").get("parameters")) {
        JsonNode resolved = parameter.has("$ref")
            ? doc.get("components").get("parameters").get(parameter.get("$ref").asText().replace("#/components/parameters/", ""))
            : parameter;
        documented.add(resolved.get("name").asText());
      }
      assertThat(documented).as(path).containsExactlyInAnyOrder(takes.split(", "));
    }
  }

  // ---------- bad requests ----------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/events?quad=7|quad",
      "/api/events?quad=x|quad",
      "/api/events?from=2025-13-01|from",
      "/api/events?from=2025-03-01&to=2025-02-01|after",
      "/api/events?limit=0|limit",
      "/api/events?limit=100000|limit",
      "/api/events?offset=-1|offset",
      "/api/events?sort=bogus|sort",
      "/api/events?order=up|order",
      "/api/events?code=4x|code",
      "/api/events?root=21|root",
      "/api/events?modality=maybe|modality",
      "/api/events?dyad=RUS|dyad",
      "/api/events?dyad=RUS:UKR&source=RUS|dyad",
      "/api/events?actor=RUS&actor=UKR|2 times",
      "/api/events?colour=red|colour",
      "/api/timeline?period=year|period",
      "/api/actors?limit=-5|limit",
      "/api/search?q=x&in=everything|in",
      "/api/articles?offset=abc|offset",
  })
  void badParametersGetA400NamingThem(String pathAndQuery, String named) throws Exception {
    Reply reply = get(pathAndQuery);
    assertThat(reply.status()).as(pathAndQuery).isEqualTo(400);
    assertThat(reply.response().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(reply.json().get("error").asText()).as(pathAndQuery).contains(named);
  }

  @ParameterizedTest
  @ValueSource(strings = {"RUS' OR '1'='1", "RUS%' --", "RUS;DROP TABLE events", "UKR\" OR 1=1"})
  void sqlShapedActorCodesAreRefused(String value) throws Exception {
    Reply reply = get("/api/events?actor=" + q(value));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).contains("actor");
  }

  @Test
  void sqlShapedFreeTextIsOnlyEverData() throws Exception {
    long before = get("/api/events").json().get("total").asLong();
    for (String value : List.of("'; DROP TABLE events; --", "x' OR '1'='1", "%", "_", "\\")) {
      Reply reply = get("/api/events?text=" + q(value));
      assertThat(reply.status()).as(value).isEqualTo(200);
      assertThat(reply.json().get("total").asLong()).as(value).isZero();
      assertThat(get("/api/quotes?text=" + q(value)).json().get("total").asLong()).as(value).isZero();
    }
    assertThat(get("/api/events?place=" + q("Kharkiv' OR 1=1 --")).status()).isEqualTo(400);
    assertThat(get("/api/events").json().get("total").asLong()).isEqualTo(before);
    assertThat(demo.store.count("events")).isEqualTo(before);
  }

  @Test
  void unknownApiPathsAnswerJson404() throws Exception {
    Reply reply = get("/api/nothing-here");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").asText()).contains("/api/nothing-here");
  }

  // ---------- static files ----------

  @Test
  void theUiAndItsLibrariesAreServedFromTheServer() throws Exception {
    Reply index = get("/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains("<title>Annals</title>").doesNotContain("http://", "https://");
    assertThat(get("/app.js").status()).isEqualTo(200);
    assertThat(get("/webjars/echarts/5.3.1/dist/echarts.min.js").status()).isEqualTo(200);
    JsonNode world = get("/vendor/world-atlas/countries-110m.json").json();
    assertThat(world.get("objects").get("countries").get("geometries").size()).isGreaterThan(150);
    assertThat(get("/app.js").body()).doesNotContain("https://", "http://");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../../../../etc/passwd",
      "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/..%2f..%2f..%2f..%2fetc%2fpasswd",
      "/vendor/../../ApiServer.class",
      "/vendor/%2e%2e/%2e%2e/ApiServer.class",
      "/..%2fopenapi.json",
      "/webjars/../../../../etc/passwd",
      "/%252e%252e/%252e%252e/etc/passwd",
      "/..\\..\\..\\etc\\passwd",
  })
  void pathsOutsideTheStaticFolderAreNotServed(String path) throws Exception {
    String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    String status = response.lines().findFirst().orElse("");
    assertThat(status).as(path).doesNotContain(" 200 ");
    assertThat(response).as(path).doesNotContain("root:x:0").doesNotContain("\"openapi\"").doesNotContain("CAFEBABE");
  }

  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", demo.server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  // ---------- adding articles ----------

  private static final String NEW_ARTICLE = """
      {"title": "Chile and Peru sign fishing accord", "date": "2025-06-20", "text": "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Thursday. Chile and Peru signed an agreement on fishing rights. Bolivia criticised the accord on Friday."}
      """;

  @Test
  void addingAnArticleNeedsTheToken() throws Exception {
    Reply missing = post(NEW_ARTICLE, Optional.empty());
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.json().get("error").asText()).contains("token");
    assertThat(missing.response().headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(post(NEW_ARTICLE, Optional.of("wrong")).status()).isEqualTo(401);
    assertThat(get("/api/articles/pasted-").status()).isEqualTo(404);
  }

  @Test
  void aServerWithoutTokenRefusesEveryArticle() throws Exception {
    try (ApiServer closed = new ApiServer(demo.store, () -> {
          throw new AssertionError("must not code");
        }, Optional.empty()).start("127.0.0.1", 0)) {
      HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port() + "/api/articles"))
          .header("Authorization", "Bearer anything").POST(HttpRequest.BodyPublishers.ofString(NEW_ARTICLE)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body()).contains("--token");
    }
  }

  @Test
  void anOversizedBodyIsRefusedWith413() throws Exception {
    String huge = "{\"text\": \"" + "Kenya condemned Somalia. ".repeat(50_000) + "\"}";
    assertThat(huge.length()).isGreaterThan(ApiServer.MAX_BODY_BYTES);
    Reply reply = post(huge, Optional.of(DemoServer.TOKEN));
    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.json().get("error").asText()).contains("limit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "[1, 2]", "{}", "{\"text\": 5}", "{\"text\": \"short\"}", "{\"text\": \"A long enough report about Kenya.\", \"date\": \"June\"}",
      "{\"url\": \"file:///etc/passwd\"}", "{\"text\": \"A long enough report about Kenya.\", \"colour\": \"red\"}"})
  void badArticleBodiesGetA400(String body) throws Exception {
    Reply reply = post(body, Optional.of(DemoServer.TOKEN));
    assertThat(reply.status()).as(body).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).isNotBlank();
  }

  @Test
  void anAddedArticleIsCodedStoredAndAggregated() throws Exception {
    long before = get("/api/events").json().get("total").asLong();
    Reply added = post(NEW_ARTICLE, Optional.of(DemoServer.TOKEN));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    JsonNode result = added.json();
    assertThat(result.get("status").asText()).isEqualTo("stored");
    String id = result.get("article_id").asText();
    assertThat(result.get("article").get("title").asText()).isEqualTo("Chile and Peru sign fishing accord");
    assertThat(list(result.get("article").get("events"))).anySatisfy(e -> {
      assertThat(e.get("source_code").asText()).startsWith("CHL");
      assertThat(e.get("target_code").asText()).startsWith("PER");
    });
    assertThat(get("/api/articles/" + id).status()).isEqualTo(200);
    assertThat(get("/api/events").json().get("total").asLong()).isGreaterThan(before);
    assertThat(get("/api/events?actor=CHL").json().get("total").asLong()).isPositive();
    assertThat(get("/api/search?q=Boluarte").json()).isNotEmpty();

    Reply again = post(NEW_ARTICLE, Optional.of(DemoServer.TOKEN));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("status").asText()).isEqualTo("already stored");
  }

  @Test
  void anArticleCanBeAddedByItsAddress() throws Exception {
    String page = """
        <html><head><title>Peru recalls envoy from Mexico</title>
        <meta property="article:published_time" content="2025-06-18T09:00:00Z"></head>
        <body><article><h1>Peru recalls envoy from Mexico</h1>
        <p>Peru recalled its ambassador from Mexico on Tuesday after Mexican President Claudia Sheinbaum criticised
        the Peruvian government. Peruvian Foreign Minister Elmer Schialer accused Mexico of interfering in Peru's
        internal affairs.</p>
        <p>Mexico's foreign ministry said it regretted the decision and called for dialogue between the two countries.</p>
        </article></body></html>
        """;
    com.sun.net.httpserver.HttpServer news = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    news.createContext("/news/peru-mexico.html", exchange -> {
      byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    news.start();
    try {
      String url = "http://127.0.0.1:" + news.getAddress().getPort() + "/news/peru-mexico.html";
      Reply added = post("{\"url\": \"" + url + "\"}", Optional.of(DemoServer.TOKEN));
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      JsonNode article = added.json().get("article");
      assertThat(article.get("url").asText()).isEqualTo(url);
      assertThat(article.get("title").asText()).contains("Peru recalls envoy");
      assertThat(article.get("text").asText()).contains("Peru recalled its ambassador from Mexico");
      assertThat(list(article.get("events"))).anySatisfy(e -> assertThat(e.get("source_code").asText()).startsWith("PER"));
    } finally {
      news.stop(0);
    }
  }

  @Test
  void theServerListensOnLoopbackByDefault() {
    ServeCommand command = new ServeCommand();
    picocli.CommandLine line = new picocli.CommandLine(command);
    line.parseArgs();
    assertThat(command.host).isEqualTo("127.0.0.1");
    assertThat(command.port).isEqualTo(7070);
  }
}
