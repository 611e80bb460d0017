package dev.annals.app.serve;

import dev.annals.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A bounded load test of the server on loopback: a temporary store with N synthetic aggregated
 * events (written by SQL straight into the store's events table), the real server on a free
 * port, and C client threads that each send one request after the other for S seconds, cycling
 * through event pages and timelines with and without filters. Every answer other than 200 counts
 * as a failure.
 */
public final class ServeBenchmark {
  /** What a run measured. */
  public record Result(long requests, long failures, double seconds, long p50Micros, long p99Micros, long maxMicros) {
    public double requestsPerSecond() {
      return requests / seconds;
    }
  }

  /** The requests the clients cycle through: event pages and timelines, plain and filtered. */
  static final List<String> REQUESTS = List.of(
      "/api/events?limit=50",
      "/api/timeline?period=month",
      "/api/events?actor=RUS&limit=50&sort=goldstein",
      "/api/timeline?period=week&quad=4",
      "/api/events?quad=1&from=2024-03-01&to=2024-06-30&limit=50&offset=100",
      "/api/timeline?period=day&actor=CHN&from=2024-01-01&to=2024-12-31",
      "/api/events?dyad=USA:CHN&limit=50&sort=mentions",
      "/api/timeline?period=month&root=19");

  private final PrintWriter out;

  public ServeBenchmark(PrintWriter out) {
    this.out = out;
  }

  public Result run(long events, int clients, int seconds) throws IOException, SQLException, InterruptedException {
    Path folder = Files.createTempDirectory("annals-bench-serve-");
    try (EventStore store = EventStore.open(folder.resolve("store"))) {
      long start = System.nanoTime();
      fill(store, events);
      out.printf(Locale.ROOT, "store: %,d synthetic events written in %.1f s%n", store.count("events"), (System.nanoTime() - start) / 1e9);
      out.flush();
      try (ApiServer server = new ApiServer(store, () -> {
            throw new IllegalStateException("the benchmark adds no articles");
          }, Optional.empty()).start("127.0.0.1", 0)) {
        String base = "http://127.0.0.1:" + server.port();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        out.printf(Locale.ROOT, "warming up for 5 s, then %d clients for %d s against %s%n", clients, seconds, base);
        out.flush();
        load(client, base, clients, 5);
        Result result = load(client, base, clients, seconds);
        out.printf(Locale.ROOT, "%,d requests in %.1f s: %.0f requests/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d failed%n",
            result.requests(), result.seconds(), result.requestsPerSecond(), result.p50Micros() / 1000.0,
            result.p99Micros() / 1000.0, result.maxMicros() / 1000.0, result.failures());
        out.flush();
        return result;
      }
    } finally {
      try (Stream<Path> paths = Files.walk(folder)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private Result load(HttpClient client, String base, int clients, int seconds) throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong failures = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    int[] counts = new int[clients];
    CountDownLatch done = new CountDownLatch(clients);
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      long[] mine = new long[1 << 20];
      latencies.add(mine);
      int index = c;
      Thread thread = new Thread(() -> {
        try {
          int n = 0;
          while (System.nanoTime() < end && n < mine.length) {
            String path = REQUESTS.get((index + n) % REQUESTS.size());
            long t0 = System.nanoTime();
            try {
              HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
              if (response.statusCode() != 200) {
                failures.incrementAndGet();
              }
            } catch (IOException e) {
              failures.incrementAndGet();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            mine[n++] = (System.nanoTime() - t0) / 1000;
          }
          counts[index] = n;
        } finally {
          done.countDown();
        }
      }, "bench-client-" + c);
      thread.start();
    }
    done.await();
    double elapsed = (System.nanoTime() - started) / 1e9;
    long total = Arrays.stream(counts).asLongStream().sum();
    long[] all = new long[(int) total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    return new Result(total, failures.get(), elapsed, percentile(all, 0.50), percentile(all, 0.99), all.length == 0 ? 0 : all[all.length - 1]);
  }

  private static long percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  /**
   * Writes synthetic aggregated events: 40 actors over 8 countries, CAMEO codes of every root,
   * days spread over 2024, places with coordinates. Only the events table: the endpoints under
   * load read nothing else.
   */
  static void fill(EventStore store, long events) throws SQLException {
    try (Statement statement = store.connection().createStatement()) {
      statement.execute("INSERT INTO events "
          + "WITH actors AS (SELECT unnest(['RUS','RUSGOV','RUSMIL','UKR','UKRGOV','CHN','CHNGOV','USA','USAGOV','USAMIL',"
          + "'KEN','KENGOV','ETH','IND','INDGOV','PAK','IRN','ISR','TUR','GRC']) AS code), "
          + "codes AS (SELECT unnest(['010','036','040','042','043','057','061','071','111','112','120','130','138','141',"
          + "'160','163','173','180','190','193','195']) AS code) "
          + "SELECT substr(md5(CAST(i AS VARCHAR)), 1, 16), CAST(DATE '2024-01-01' + CAST(i % 366 AS INTEGER) AS VARCHAR), "
          + "DATE '2024-01-01' + CAST(i % 366 AS INTEGER), DATE '2024-01-01' + CAST(i % 366 AS INTEGER), 'day', "
          + "s.code, s.code, substr(s.code, 1, 3), t.code, t.code, substr(t.code, 1, 3), "
          + "c.code, substr(c.code, 1, 2), CASE WHEN c.code < '06' THEN 1 WHEN c.code < '09' THEN 2 WHEN c.code < '14' THEN 3 ELSE 4 END, "
          + "CASE WHEN c.code < '06' THEN 3.0 WHEN c.code < '09' THEN 6.0 WHEN c.code < '14' THEN -4.0 ELSE -9.0 END, "
          + "'asserted', false, 'Place ' || (i % 50), substr(s.code, 1, 3), (i % 140) - 70.0, (i % 340) - 170.0, "
          + "1 + i % 5, 1 + i % 3, 1 + i % 4, i % 2 = 0, 'https://example.org/' || i, 'synthetic-' || i, TIMESTAMP '2024-12-31 00:00:00' "
          + "FROM range(" + events + ") r(i) "
          + "JOIN (SELECT code, row_number() OVER () - 1 AS n FROM actors) s ON s.n = i % 20 "
          + "JOIN (SELECT code, row_number() OVER () - 1 AS n FROM actors) t ON t.n = (i * 7 + 3) % 20 "
          + "JOIN (SELECT code, row_number() OVER () - 1 AS n FROM codes) c ON c.n = (i * 13) % 21");
    }
  }
}
