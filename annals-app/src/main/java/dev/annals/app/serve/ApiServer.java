package dev.annals.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.app.store.ArticleCoding;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.model.EventType;
import dev.annals.store.EventFilter;
import dev.annals.store.EventStore;
import dev.annals.store.Exports;
import dev.annals.store.FullTextIndex;
import dev.annals.store.Queries;
import dev.annals.store.Table;
import dev.annals.store.ViewQueries;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The HTTP server of {@code annals serve}: the REST API under {@code /api} (described by
 * {@code /api/openapi.json}) and the web UI, both from one Javalin instance.
 *
 * <p>Rules kept here: every query parameter is checked by {@link Parameters} (400 with a JSON
 * message); values reach SQL only as bound parameters; writing (POST /api/articles) needs the
 * start-up token and a body no larger than {@link #MAX_BODY_BYTES}; static files come from one
 * classpath folder (Jetty's resource handler refuses paths that leave it).
 */
public final class ApiServer implements AutoCloseable {
  /** The largest POST body accepted: a long news report is 50 kB; 1 MiB leaves room. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  static final String WEB_FOLDER = "/dev/annals/app/serve/web";
  private static final Pattern EVENT_ID = Pattern.compile("[0-9a-f]{16}");
  private static final Set<String> PAGING = Set.of("limit", "offset");

  private final EventStore store;
  private final Optional<String> token;
  private final ConnectionPool pool;
  private final ArticleSubmission submission;
  private final ArticleView articleView = new ArticleView();
  private final ArrayNode cameoCodes;
  private final byte[] openApi;
  private Javalin app;

  /**
   * @param coding the pipeline for POST /api/articles, loaded on the first submission
   * @param token the token POST /api/articles requires; empty: submissions are refused
   */
  public ApiServer(EventStore store, Supplier<ArticleCoding> coding, Optional<String> token) throws SQLException, IOException {
    this.store = Objects.requireNonNull(store, "store");
    this.token = Objects.requireNonNull(token, "token");
    this.pool = new ConnectionPool(store.connection(), 4);
    this.submission = new ArticleSubmission(store, coding);
    this.cameoCodes = cameoCodes();
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IOException("openapi.json is missing from the classpath (dev/annals/app/serve)");
      }
      this.openApi = in.readAllBytes();
    }
  }

  /** Starts listening; port 0 picks a free port (see {@link #port()}). */
  public ApiServer start(String host, int port) {
    app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = WEB_FOLDER;
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'");
      ctx.header("Referrer-Policy", "no-referrer");
    });
    routes(app);
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getMessage()));
    app.error(404, ctx -> {
      if (ctx.attribute("annals-error") == null && ctx.path().startsWith("/api")) {
        error(ctx, 404, "no endpoint " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json");
      }
    });
    app.error(405, ctx -> {
      if (ctx.attribute("annals-error") == null) {
        error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path());
      }
    });
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  private void routes(Javalin app) {
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    app.get("/api/events", this::events);
    app.get("/api/events/{id}", this::event);
    app.get("/api/actors", this::actors);
    app.get("/api/dyads", this::dyads);
    app.get("/api/timeline", this::timeline);
    app.get("/api/places", this::places);
    app.get("/api/articles", this::articles);
    app.get("/api/articles/{id}", this::article);
    app.post("/api/articles", this::submit);
    app.get("/api/quotes", this::quotes);
    app.get("/api/search", this::search);
    app.get("/api/export", this::export);
    app.get("/api/cameo", ctx -> {
      new Parameters(ctx.queryParamMap(), Set.of());
      json(ctx, cameoCodes);
    });
  }

  private void events(Context ctx) throws SQLException {
    Parameters parameters = new Parameters(ctx.queryParamMap(), Parameters.with(Parameters.FILTERS, "sort", "order", "limit", "offset"));
    EventFilter filter = parameters.filter();
    Queries.Sort sort = parameters.choice("sort", Queries.Sort.class, Queries.Sort.DATE);
    Order order = parameters.choice("order", Order.class, Order.DESC);
    int limit = parameters.integer("limit", 50, 1, 1000);
    int offset = parameters.integer("offset", 0, 0, 10_000_000);
    ObjectNode result = TableJson.MAPPER.createObjectNode();
    pool.with(connection -> {
      ViewQueries queries = new ViewQueries(connection);
      result.put("total", queries.count(filter));
      result.put("limit", limit);
      result.put("offset", offset);
      result.put("sort", sort.name().toLowerCase(Locale.ROOT));
      result.put("order", order.name().toLowerCase(Locale.ROOT));
      result.set("events", TableJson.rows(queries.events(filter, sort, order == Order.DESC, limit, offset)));
      return null;
    });
    json(ctx, result);
  }

  private enum Order {
    ASC,
    DESC
  }

  private void event(Context ctx) throws SQLException {
    new Parameters(ctx.queryParamMap(), Set.of());
    String id = ctx.pathParam("id");
    if (!EVENT_ID.matcher(id).matches()) {
      throw ApiError.badRequest("event id must be 16 hexadecimal digits, was '" + shorten(id) + "'");
    }
    ObjectNode result = pool.with(connection -> {
      ViewQueries queries = new ViewQueries(connection);
      Table event = queries.event(id);
      if (event.size() == 0) {
        throw ApiError.notFound("no event " + id);
      }
      ObjectNode node = TableJson.row(event, 0);
      node.set("mentions", TableJson.rows(queries.eventMentions(id)));
      return node;
    });
    json(ctx, result);
  }

  private void actors(Context ctx) throws SQLException {
    Parameters parameters = new Parameters(ctx.queryParamMap(), Set.of("code", "limit"));
    Optional<String> code = parameters.actorCode("code");
    int limit = parameters.integer("limit", 100, 1, 1000);
    json(ctx, pool.with(connection -> TableJson.rows(new ViewQueries(connection).actors(code, limit))));
  }

  private void dyads(Context ctx) throws SQLException {
    Parameters parameters = new Parameters(ctx.queryParamMap(), Parameters.with(Parameters.FILTERS, "limit"));
    EventFilter filter = parameters.filter();
    int limit = parameters.integer("limit", 100, 1, 1000);
    json(ctx, pool.with(connection -> TableJson.rows(new ViewQueries(connection).dyads(filter, limit))));
  }

  private void timeline(Context ctx) throws SQLException {
    Parameters parameters = new Parameters(ctx.queryParamMap(), Parameters.with(Parameters.FILTERS, "period"));
    EventFilter filter = parameters.filter();
    Queries.Period period = parameters.choice("period", Queries.Period.class, Queries.Period.MONTH);
    Table rows = pool.with(connection -> new ViewQueries(connection).timelineByQuadClass(filter, period));
    ObjectNode result = TableJson.MAPPER.createObjectNode();
    result.put("period", period.name().toLowerCase(Locale.ROOT));
    result.set("rows", TableJson.rows(rows));
    // totals per period: events and their mean Goldstein value over all quad classes
    ArrayNode totals = result.putArray("totals");
    String current = null;
    long events = 0;
    double goldsteinSum = 0;
    for (int r = 0; r <= rows.size(); r++) {
      String period0 = r < rows.size() ? rows.value(r, "period").toString() : null;
      if (current != null && !current.equals(period0)) {
        ObjectNode total = totals.addObject();
        total.put("period", current);
        total.put("events", events);
        total.put("mean_goldstein", Math.round(goldsteinSum / events * 100) / 100.0);
        events = 0;
        goldsteinSum = 0;
      }
      if (r < rows.size()) {
        current = period0;
        long n = ((Number) rows.value(r, "events")).longValue();
        events += n;
        goldsteinSum += n * ((Number) rows.value(r, "mean_goldstein")).doubleValue();
      }
    }
    json(ctx, result);
  }

  private void places(Context ctx) throws SQLException {
    Parameters parameters = new Parameters(ctx.queryParamMap(), Parameters.with(Parameters.FILTERS, "limit"));
    EventFilter filter = parameters.filter();
    int limit = parameters.integer("limit", 2000, 1, 10_000);
    json(ctx, pool.with(connection -> TableJson.rows(new ViewQueries(connection).places(filter, limit))));
  }

  private void articles(Context ctx) throws SQLException {
    Parameters parameters = new Parameters(ctx.queryParamMap(), PAGING);
    int limit = parameters.integer("limit", 50, 1, 1000);
    int offset = parameters.integer("offset", 0, 0, 10_000_000);
    ObjectNode result = TableJson.MAPPER.createObjectNode();
    pool.with(connection -> {
      ViewQueries queries = new ViewQueries(connection);
      result.put("total", queries.articleCount());
      result.put("limit", limit);
      result.put("offset", offset);
      result.set("articles", TableJson.rows(queries.articles(limit, offset)));
      return null;
    });
    json(ctx, result);
  }

  private void article(Context ctx) throws SQLException {
    new Parameters(ctx.queryParamMap(), Set.of());
    String id = ctx.pathParam("id");
    if (id.isBlank() || id.length() > 500 || id.chars().anyMatch(Character::isISOControl)) {
      throw ApiError.badRequest("article id must be 1 to 500 printable characters");
    }
    json(ctx, pool.with(connection -> articleView.build(new ViewQueries(connection), id)));
  }

  private void quotes(Context ctx) throws SQLException {
    Parameters parameters = new Parameters(ctx.queryParamMap(), Set.of("speaker", "text", "limit", "offset"));
    Optional<String> speaker = parameters.actorCode("speaker");
    Optional<String> text = parameters.string("text");
    int limit = parameters.integer("limit", 50, 1, 1000);
    int offset = parameters.integer("offset", 0, 0, 10_000_000);
    ObjectNode result = TableJson.MAPPER.createObjectNode();
    pool.with(connection -> {
      ViewQueries queries = new ViewQueries(connection);
      result.put("total", queries.quoteCount(speaker, text));
      result.put("limit", limit);
      result.put("offset", offset);
      result.set("quotes", TableJson.rows(queries.quotes(speaker, text, limit, offset)));
      return null;
    });
    json(ctx, result);
  }

  private void search(Context ctx) throws IOException {
    Parameters parameters = new Parameters(ctx.queryParamMap(), Set.of("q", "in", "limit"));
    String query = parameters.string("q").orElseThrow(() -> ApiError.badRequest("q (a Lucene query) is required"));
    Set<FullTextIndex.Kind> kinds = EnumSet.noneOf(FullTextIndex.Kind.class);
    for (String kind : parameters.string("in").orElse("sentence,quote").split(",")) {
      try {
        kinds.add(FullTextIndex.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("in must list sentence, quote or article, was '" + shorten(kind) + "'");
      }
    }
    int limit = parameters.integer("limit", 20, 1, 500);
    List<FullTextIndex.Hit> hits;
    try {
      hits = store.index().search(query, kinds, limit);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    } catch (RuntimeException e) {
      // Lucene refuses some syntactically valid queries (too many clauses from a wildcard)
      throw ApiError.badRequest("cannot run search query '" + shorten(query) + "': " + e.getMessage());
    }
    ArrayNode result = TableJson.MAPPER.createArrayNode();
    for (FullTextIndex.Hit hit : hits) {
      ObjectNode node = result.addObject();
      node.put("article_id", hit.articleId());
      node.put("kind", hit.kind().name().toLowerCase(Locale.ROOT));
      node.set("sentence_index", hit.sentence().map(TableJson::value).orElse(TableJson.value(null)));
      node.set("quote_index", hit.quote().map(TableJson::value).orElse(TableJson.value(null)));
      node.put("score", Math.round(hit.score() * 1000) / 1000.0);
      node.put("highlighted", hit.highlighted());
    }
    json(ctx, result);
  }

  private void export(Context ctx) throws SQLException, IOException {
    Parameters parameters = new Parameters(ctx.queryParamMap(), Parameters.with(Parameters.FILTERS, "format"));
    EventFilter filter = parameters.filter();
    Exports.Format format = parameters.choice("format", Exports.Format.class, Exports.Format.CSV);
    Path file = Files.createTempFile("annals-export-", "." + format.name().toLowerCase(Locale.ROOT));
    try {
      synchronized (store) { // exports run on the store's own connection
        new Exports(store, dev.annals.app.store.UsStateDivisions.shared(), dev.annals.app.store.OrganisationCameoCodes.shared()).write(format, file, filter);
      }
    } catch (SQLException | IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    String extension;
    String type;
    switch (format) {
      case CSV -> {
        extension = "csv";
        type = "text/csv; charset=utf-8";
      }
      case JSONL -> {
        extension = "jsonl";
        type = "application/x-ndjson; charset=utf-8";
      }
      case GDELT -> {
        extension = "tsv";
        type = "text/tab-separated-values; charset=utf-8";
      }
      default -> {
        extension = "parquet";
        type = "application/vnd.apache.parquet";
      }
    }
    ctx.header("Content-Disposition", "attachment; filename=\"annals-events." + extension + "\"");
    ctx.contentType(type);
    ctx.result(Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE));
  }

  private void submit(Context ctx) throws IOException, SQLException {
    if (token.isEmpty()) {
      throw new ApiError(403, "adding articles is switched off: start annals serve with --token T or ANNALS_TOKEN set");
    }
    String given = Optional.ofNullable(ctx.header("Authorization")).filter(h -> h.startsWith("Bearer "))
        .map(h -> h.substring("Bearer ".length()).strip()).orElse("");
    if (given.isEmpty() || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, given.isEmpty() ? "this needs the server's token: send 'Authorization: Bearer TOKEN'"
          : "wrong token");
    }
    new Parameters(ctx.queryParamMap(), Set.of());
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BODY_BYTES) {
      throw new ApiError(413, "body of " + declared + " bytes is larger than the limit of " + MAX_BODY_BYTES + " bytes");
    }
    byte[] body = ctx.req().getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new ApiError(413, "body is larger than the limit of " + MAX_BODY_BYTES + " bytes");
    }
    JsonNode json;
    try {
      json = TableJson.MAPPER.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
    }
    ArticleSubmission.Outcome outcome;
    try {
      outcome = submission.submit(ArticleSubmission.source(json));
    } catch (IOException e) {
      throw new ApiError(422, "cannot read the article: " + e.getMessage());
    }
    String shown = outcome.originalId().orElse(outcome.articleId());
    ObjectNode result = TableJson.MAPPER.createObjectNode();
    result.put("article_id", outcome.articleId());
    result.put("status", outcome.status());
    outcome.originalId().ifPresent(o -> result.put("original_id", o));
    result.set("problems", TableJson.MAPPER.valueToTree(outcome.problems()));
    result.set("article", pool.with(connection -> articleView.build(new ViewQueries(connection), shown)));
    ctx.status(outcome.status().equals("stored") ? 201 : 200);
    json(ctx, result);
  }

  private static ArrayNode cameoCodes() {
    ArrayNode codes = TableJson.MAPPER.createArrayNode();
    List<EventType> all = new ArrayList<>(CameoCodebook.load().all());
    all.sort(Comparator.comparing(EventType::code));
    for (EventType type : all) {
      ObjectNode node = codes.addObject();
      node.put("code", type.code());
      node.put("name", type.name());
      node.put("root_code", type.rootCode());
      node.put("quad_class", type.quadClass().number());
      node.put("goldstein", type.goldstein());
    }
    return codes;
  }

  private static void json(Context ctx, JsonNode node) {
    try {
      ctx.contentType("application/json").result(TableJson.MAPPER.writeValueAsBytes(node));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void error(Context ctx, int status, String message) {
    ctx.attribute("annals-error", Boolean.TRUE);
    ctx.status(status);
    json(ctx, TableJson.MAPPER.createObjectNode().put("status", status).put("error", message));
  }

  private static String shorten(String value) {
    return value.length() > 80 ? value.substring(0, 80) + "..." : value;
  }

  @Override
  public void close() throws SQLException {
    if (app != null) {
      app.stop();
    }
    pool.close();
  }

}
