package dev.annals.spark;

import dev.annals.app.Annals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the job in local[1] and then local[2] on the first N articles of a corpus and prints the
 * speed-up (see annals-spark/speedup). The pipeline is loaded and warmed up on a few articles
 * first, so neither run pays for loading models; both write to a temporary folder.
 *
 * <pre>LocalSpeedup CORPUS [--articles 500] [--warmup 40]</pre>
 */
public final class LocalSpeedup {
  private LocalSpeedup() {}

  public static void main(String[] args) throws IOException {
    String corpus = args.length > 0 ? args[0] : "../shared/corpus/news.jsonl";
    int articles = 500;
    int warmup = 40;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (!Files.exists(Path.of(corpus))) {
      System.err.println("LocalSpeedup: " + corpus + " does not exist");
      System.exit(2);
    }
    long load = System.nanoTime();
    Annals.shared();
    System.out.printf(Locale.ROOT, "pipeline loaded in %.1f s%n", (System.nanoTime() - load) / 1e9);
    Path work = Files.createTempDirectory("annals-speedup-");
    run("local[2]", corpus, warmup, work.resolve("warmup"));
    List<AnnalsJob.Summary> summaries = new ArrayList<>();
    for (String master : List.of("local[1]", "local[2]")) {
      AnnalsJob.Summary summary = run(master, corpus, articles, work.resolve(master.replaceAll("\\W", "")));
      System.out.println(master + ": " + summary);
      summaries.add(summary);
    }
    AnnalsJob.Summary one = summaries.get(0);
    AnnalsJob.Summary two = summaries.get(1);
    System.out.printf(Locale.ROOT, "speed-up local[2] over local[1]: coding stage %.2fx (%.2f -> %.2f articles/s), "
        + "whole job %.2fx (%.1f s -> %.1f s), %d available processors%n",
        one.codingSeconds() / two.codingSeconds(), one.articlesPerSecond(), two.articlesPerSecond(),
        one.seconds() / two.seconds(), one.seconds(), two.seconds(), Runtime.getRuntime().availableProcessors());
  }

  private static AnnalsJob.Summary run(String master, String corpus, int articles, Path output) {
    SparkSession spark = SparkSession.builder().master(master).appName("annals-speedup")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      return AnnalsJob.run(spark, AnnalsJob.Options.parse(corpus, "--out", output.toString(), "--limit",
          String.valueOf(articles)));
    } finally {
      spark.stop();
    }
  }
}
