package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.coding.ArticleCoder;
import dev.annals.model.Article;
import dev.annals.nlp.TextAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals bench JSONL}: throughput of analysis plus coding on real articles. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures articles/s and tokens/s of the whole coding path (CoreNLP analysis + coding) on a JSON Lines corpus with text/date fields, and peak memory.")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "JSONL", description = "corpus, one JSON object with a \"text\" field per line (default: ../shared/corpus/news.jsonl)", arity = "0..1")
  Path corpus = Path.of("../shared/corpus/news.jsonl");

  @Option(names = "--articles", defaultValue = "200", description = "how many articles from the start of the file (default 200)")
  int articles;

  @Option(names = "--threads", defaultValue = "2", split = ",", description = "thread counts to measure, e.g. 1,2 (default 2)")
  List<Integer> threads;

  @Option(names = "--warmup", defaultValue = "20", description = "articles analysed first to warm the JIT (default 20)")
  int warmup;

  @Option(names = "--store", description = "measure ingest into the store (read, code, write, aggregate) instead of coding alone")
  boolean store;

  @Option(names = "--baseline", paramLabel = "PEER",
      description = "also measure CoreNLP's default pipeline through quote attribution on the same articles: corenlp "
          + "(needs about 5 GB more heap: ANNALS_JAVA_OPTS=-Xmx10g)")
  Optional<String> baseline = Optional.empty();

  @Option(names = "--query-events", paramLabel = "N", defaultValue = "0",
      description = "build a synthetic table of N events in DuckDB and time one dyad's monthly timeline on it (e.g. 10000000); "
          + "with no corpus run")
  long queryEvents;

  @Option(names = "--store-open", paramLabel = "N", defaultValue = "0",
      description = "write N small synthetic articles into a fresh store and time opening it (e.g. 20000); with no corpus run")
  int storeOpen;

  @Override
  public Integer call() throws IOException, java.sql.SQLException {
    PrintWriter out = spec.commandLine().getOut();
    if (storeOpen > 0) {
      new dev.annals.app.store.StoreBenchmark(out).storeOpen(storeOpen);
      out.printf(Locale.ROOT, "peak resident memory: %s; heap max %d MB%n", peakResident(), Runtime.getRuntime().maxMemory() / 1048576);
      return 0;
    }
    if (queryEvents > 0) {
      new dev.annals.app.store.StoreBenchmark(out).timelineQuery(queryEvents);
      out.printf(Locale.ROOT, "peak resident memory: %s; heap max %d MB%n", peakResident(), Runtime.getRuntime().maxMemory() / 1048576);
      return 0;
    }
    if (!Files.isRegularFile(corpus)) {
      spec.commandLine().getErr().println("annals: " + corpus + ": no such corpus file");
      return 2;
    }
    List<Article> sample = read(corpus, articles + warmup);
    List<Article> warm = sample.subList(0, Math.min(warmup, sample.size()));
    List<Article> measured = sample.subList(warm.size(), sample.size());
    long start = System.nanoTime();
    Annals annals = Annals.shared();
    out.printf(Locale.ROOT, "load: %.1f s%n", (System.nanoTime() - start) / 1e9);
    run(annals.analyzer(), annals.coder(), warm, 2);
    if (store) {
      var coding = new dev.annals.app.store.PipelineCoding(annals, java.time.Clock.systemDefaultZone());
      var benchmark = new dev.annals.app.store.StoreBenchmark(out);
      for (int t : threads) {
        var report = benchmark.ingest(coding, measured, t);
        out.printf(Locale.ROOT, "ingest into store: threads=%d articles=%d stored=%d failed=%d tokens=%d time=%.1f s  %.2f articles/s  %.0f tokens/s%n",
            t, report.read(), report.stored(), report.failed(), report.tokens(), report.seconds(), report.articlesPerSecond(),
            report.tokens() / report.seconds());
        out.flush();
      }
      out.printf(Locale.ROOT, "peak resident memory: %s; heap max %d MB%n", peakResident(), Runtime.getRuntime().maxMemory() / 1048576);
      return 0;
    }
    List<Double> ours = new ArrayList<>();
    for (int t : threads) {
      long begin = System.nanoTime();
      long cpuBegin = processCpuNanos();
      long[] counts = run(annals.analyzer(), annals.coder(), measured, t);
      double seconds = (System.nanoTime() - begin) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpuBegin) / 1e9;
      out.printf(Locale.ROOT, "threads=%d articles=%d tokens=%d events=%d failed=%d time=%.1f s  %.2f articles/s  %.0f tokens/s  (cpu %.1f s: %.0f tokens per cpu-second)%n",
          t, measured.size(), counts[0], counts[1], counts[2], seconds, measured.size() / seconds, counts[0] / seconds, cpuSeconds, counts[0] / cpuSeconds);
      ours.add(counts[0] / seconds);
      out.flush();
    }
    if (baseline.isPresent()) {
      if (!baseline.get().equals("corenlp")) {
        spec.commandLine().getErr().println("annals: unknown baseline '" + baseline.get() + "'; the one known is corenlp");
        return 2;
      }
      long load = System.nanoTime();
      var peer = new dev.annals.nlp.CoreNlpDefaultPipeline();
      out.printf(Locale.ROOT, "corenlp (%s, default settings) load: %.1f s%n", dev.annals.nlp.CoreNlpDefaultPipeline.ANNOTATORS, (System.nanoTime() - load) / 1e9);
      peer.annotateAll(warm.stream().map(Article::text).toList(), 2);
      for (int i = 0; i < threads.size(); i++) {
        int t = threads.get(i);
        long begin = System.nanoTime();
        int failedBefore = peer.failures();
        long tokens = peer.annotateAll(measured.stream().map(Article::text).toList(), t);
        double seconds = (System.nanoTime() - begin) / 1e9;
        out.printf(Locale.ROOT, "corenlp threads=%d articles=%d tokens=%d failed=%d time=%.1f s  %.2f articles/s  %.0f tokens/s  (Annals %.1f times faster)%n",
            t, measured.size(), tokens, peer.failures() - failedBefore, seconds, measured.size() / seconds, tokens / seconds, ours.get(i) / (tokens / seconds));
        out.flush();
      }
    }
    out.printf(Locale.ROOT, "peak resident memory: %s; heap max %d MB%n", peakResident(), Runtime.getRuntime().maxMemory() / 1048576);
    return 0;
  }

  private static long[] run(TextAnalyzer analyzer, ArticleCoder coder, List<Article> articles, int threads) {
    AtomicLong tokens = new AtomicLong();
    AtomicLong events = new AtomicLong();
    AtomicInteger failed = new AtomicInteger();
    analyzer.analyzeAll(articles, threads, result -> {
      if (result.text().isEmpty()) {
        failed.incrementAndGet();
        return;
      }
      var text = result.text().get();
      tokens.addAndGet(text.tokens().size());
      try {
        LocalDate date = result.article().publicationDate().orElse(LocalDate.now());
        events.addAndGet(coder.code(text, date, "publication").events().size());
      } catch (RuntimeException e) {
        failed.incrementAndGet();
      }
    });
    return new long[] {tokens.get(), events.get(), failed.get()};
  }

  static List<Article> read(Path corpus, int limit) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Article> found = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(corpus)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null && found.size() < limit) {
        number++;
        JsonNode node = mapper.readTree(line);
        String text = node.path("text").asText("");
        if (text.isBlank()) {
          continue;
        }
        Optional<LocalDate> date = Optional.empty();
        String raw = node.path("date").asText("");
        if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
          date = Optional.of(LocalDate.parse(raw));
        }
        String id = node.path("id").asText(corpus.getFileName() + ":" + number);
        found.add(new Article(id, text, date, Optional.empty(), Optional.empty(), Optional.empty()));
      }
    }
    return found;
  }

  /**
   * CPU time of the whole process (every thread, garbage collection and JIT included). On a
   * machine shared with other work, tokens per CPU-second compare two runs better than tokens per
   * second of wall time.
   */
  private static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static String peakResident() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return String.format(Locale.ROOT, "%.2f GiB", kb / 1048576.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return "unknown (" + e.getMessage() + ")";
    }
    return "unknown";
  }
}
