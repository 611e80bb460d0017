package dev.annals.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: reads a corpus from Hadoop-compatible paths (JSON Lines, WARC, WARC.gz, plain
 * text, HTML: what {@code annals ingest} reads), codes it with the embedded path's stages (one
 * pipeline per executor JVM) and writes the store's tables as Parquet, one folder per table under
 * the output folder, plus {@code errors}. Aggregation across articles is a Spark stage
 * ({@code aggregate.sql}) with the embedded store's key and counts. {@code annals --db OUT ...}
 * or {@code annals attach OUT} queries the result.
 *
 * <pre>
 * spark-submit --class dev.annals.spark.AnnalsJob annals-spark.jar INPUT... --out DIR
 *     [--partitions N] [--batch N] [--coding CLASS]
 * </pre>
 *
 * <p>Repeats are found as the embedded store finds them ({@link DriverDuplicates}, on the driver, in
 * input order): an id read again is skipped, a repeated text is written to {@code article_copies}
 * and not coded. Input order is the files' paths sorted, then each file's own order.
 */
public final class AnnalsJob {
  /** The job's settings. */
  public record Options(List<String> inputs, String output, int partitions, int batchSize, String codingClass,
      boolean duplicates, long limit) {
    public Options {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(codingClass, "codingClass");
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("no input paths given");
      }
      if (limit < 1) {
        throw new IllegalArgumentException("--limit must be at least 1, was " + limit);
      }
      if (batchSize < 1) {
        throw new IllegalArgumentException("--batch must be at least 1, was " + batchSize);
      }
    }

    static final String USAGE = "usage: AnnalsJob INPUT... --out DIR [--partitions N] [--batch N] [--coding CLASS] [--no-duplicates]\n"
        + "             [--limit N]\n"
        + "  INPUT       files, folders or globs on any Hadoop file system (JSON Lines, WARC(.gz), text, HTML)\n"
        + "  --out       output folder: one Parquet folder per table (articles, event_mentions, events, quotes,\n"
        + "              sentences, actor_mentions, event_links, article_copies) and errors\n"
        + "  --partitions how many coding tasks (default: 4 x the default parallelism)\n"
        + "  --batch     articles coded per pipeline call (default 16)\n"
        + "  --coding    a java.util.function.Supplier<ArticleCoding> class (default: the Annals pipeline)\n"
        + "  --no-duplicates  code every article with a new id: no duplicate detection on the driver\n"
        + "  --limit     only the first N articles in input order (files by path, then their order)";

    public static Options parse(String... args) {
      List<String> inputs = new ArrayList<>();
      String output = null;
      int partitions = 0;
      int batch = 16;
      String coding = CodingFactory.Pipeline.class.getName();
      boolean duplicates = true;
      long limit = Long.MAX_VALUE;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--out" -> output = value(args, ++i, arg);
          case "--partitions" -> partitions = number(value(args, ++i, arg), arg);
          case "--batch" -> batch = number(value(args, ++i, arg), arg);
          case "--coding" -> coding = value(args, ++i, arg);
          case "--no-duplicates" -> duplicates = false;
          case "--limit" -> limit = number(value(args, ++i, arg), arg);
          default -> {
            if (arg.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
            inputs.add(arg);
          }
        }
      }
      if (output == null) {
        throw new IllegalArgumentException("--out DIR is required\n" + USAGE);
      }
      return new Options(inputs, output, partitions, batch, coding, duplicates, limit);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
      }
      return args[i];
    }

    private static int number(String value, String option) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " takes a number, not '" + value + "'");
      }
    }
  }

  /** What a run wrote. */
  /**
   * What a run did.
   *
   * @param read articles read (records that could not be read are errors)
   * @param coding articles sent to coding (new ids that are not copies)
   * @param copies repeats written to article_copies
   * @param articles articles written (coding minus errors)
   * @param codingSeconds the coding stage alone (read, code, turn into rows), without session start and writing
   * @param seconds the whole run
   */
  public record Summary(long read, long coding, long copies, long articles, long errors, long mentions, long events,
      double codingSeconds, double seconds) {
    public double articlesPerSecond() {
      return codingSeconds > 0 ? coding / codingSeconds : 0;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "%d articles read, %d copies, %d coded, %d errors, %d event mentions, %d events; coding stage %.1f s "
              + "(%.2f articles/s), whole job %.1f s",
          read, copies, articles, errors, mentions, events, codingSeconds, articlesPerSecond(), seconds);
    }
  }

  private AnnalsJob() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("AnnalsJob: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("annals").getOrCreate();
    try {
      System.out.println(run(spark, options));
    } finally {
      spark.stop();
    }
  }

  public static Summary run(SparkSession spark, Options options) {
    long start = System.nanoTime();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    context.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    Map<String, StructType> tables = SparkTypes.storeTables();
    LocalDateTime ingestedAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    JavaPairRDD<String, PortableDataStream> files =
        context.binaryFiles(String.join(",", options.inputs()), context.defaultParallelism());
    List<String> paths = new ArrayList<>(files.keys().collect());
    paths.sort(null);
    Map<String, Integer> fileIndex = new HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      fileIndex.put(paths.get(i), i);
    }
    CorpusReader reader = new CorpusReader(fileIndex);
    Dataset<Row> read = spark.createDataFrame(files.flatMap(file -> reader.read(file).iterator()).rdd(), SparkTypes.READ)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> readErrors = read.where(col("problem").isNotNull())
        .select(col("article_id"), col("origin"), lit("read").as("stage"), col("problem").as("message"));
    // An id read twice is coded once, from its first reading (the embedded store skips it).
    Dataset<Row> unique = read.where(col("problem").isNull())
        .withColumn("reading", row_number().over(Window.partitionBy("article_id").orderBy("ordinal")))
        .where(col("reading").equalTo(1))
        .drop("reading");
    if (options.limit() < Long.MAX_VALUE) {
      unique = unique.orderBy("ordinal").limit((int) Math.min(options.limit(), Integer.MAX_VALUE));
    }
    List<Row> copyRows = options.duplicates() ? DriverDuplicates.find(unique) : List.of();
    Dataset<Row> copies = spark.createDataFrame(copyRows, DriverDuplicates.COPIES);
    Dataset<Row> originals = unique.join(copies.select("article_id"), seq("article_id"), "left_anti");
    int partitions = options.partitions() > 0 ? options.partitions() : 4 * context.defaultParallelism();
    PartitionCoder coder = new PartitionCoder(options.codingClass(), options.batchSize(), ingestedAt);
    JavaRDD<Row> codedRows = originals.repartition(partitions).toJavaRDD().mapPartitions(coder::code);
    Dataset<Row> coded = spark.createDataFrame(codedRows.rdd(), PartitionCoder.schema(tables))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long codingStart = System.nanoTime();
    long codedArticles = coded.count();
    double codingSeconds = (System.nanoTime() - codingStart) / 1e9;

    Dataset<Row> errors = readErrors.unionByName(coded.where(col("error_stage").isNotNull())
        .select(col("article_id"), col("origin"), col("error_stage").as("stage"), col("error_message").as("message")));
    Dataset<Row> mentionsWithOrdinal = coded.select(col("ordinal"), explode(col("event_mentions")).as("row"))
        .select("ordinal", "row.*");
    Map<String, Dataset<Row>> out = new HashMap<>();
    for (String table : PartitionCoder.ARTICLE_TABLES) {
      out.put(table, coded.select(explode(col(table)).as("row")).select("row.*"));
    }
    out.put("article_copies", copies
        .join(unique.select("article_id", "url", "publisher", "publication_date", "origin"), seq("article_id"))
        .withColumn("ingested_at", lit(ingestedAt)));
    mentionsWithOrdinal.createOrReplaceTempView("event_mentions");
    out.get("articles").createOrReplaceTempView("articles");
    out.get("article_copies").createOrReplaceTempView("article_copies");
    for (String statement : statements("aggregate.sql")) {
      spark.sql(statement);
    }
    out.put("events", spark.table("aggregated_events"));
    out.put("event_links", spark.table("aggregated_links"));

    for (Map.Entry<String, StructType> table : tables.entrySet()) {
      conform(out.get(table.getKey()), table.getValue()).write().mode(SaveMode.Overwrite)
          .parquet(options.output() + "/" + table.getKey());
    }
    errors.write().mode(SaveMode.Overwrite).parquet(options.output() + "/errors");

    Summary summary = new Summary(read.where(col("problem").isNull()).count(), codedArticles, copyRows.size(),
        spark.read().parquet(options.output() + "/articles").count(), spark.read().parquet(options.output() + "/errors").count(),
        spark.read().parquet(options.output() + "/event_mentions").count(),
        spark.read().parquet(options.output() + "/events").count(), codingSeconds, (System.nanoTime() - start) / 1e9);
    coded.unpersist();
    read.unpersist();
    return summary;
  }

  private static scala.collection.immutable.Seq<String> seq(String... columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
  }

  /** The store table's columns, in its order and with its types. */
  private static Dataset<Row> conform(Dataset<Row> data, StructType schema) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : schema.fields()) {
      columns.add(col(field.name()).cast(field.dataType()).as(field.name()));
    }
    return data.select(columns.toArray(Column[]::new));
  }

  /** A SQL resource's statements, separated by lines holding only ';'. */
  static List<String> statements(String resource) {
    try (InputStream in = AnnalsJob.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/annals/spark/" + resource);
      }
      List<String> statements = new ArrayList<>();
      for (String part : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("(?m)^;\\s*$")) {
        String statement = part.replaceAll("(?m)^--.*$", "").strip();
        if (!statement.isEmpty()) {
          statements.add(statement);
        }
      }
      return statements;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + resource, e);
    }
  }
}
