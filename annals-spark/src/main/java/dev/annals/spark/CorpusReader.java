package dev.annals.spark;

import dev.annals.ingest.ArticleSource;
import dev.annals.ingest.DuplicateDetector;
import dev.annals.ingest.IngestedArticle;
import dev.annals.ingest.PageFetcher;
import dev.annals.ingest.ReadProblem;
import dev.annals.ingest.Sources;
import dev.annals.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * Reads one input file on an executor with annals-ingest's readers: the file is copied from its
 * Hadoop path to a local temporary file of the same name (the readers tell formats by name and
 * read local files), read, and deleted. Origins name the Hadoop path, not the copy.
 */
final class CorpusReader implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Positions within a file take the low 32 bits of an ordinal, the file's index the rest. */
  static final int POSITION_BITS = 32;

  private final Map<String, Integer> fileIndex;

  CorpusReader(Map<String, Integer> fileIndex) {
    this.fileIndex = Map.copyOf(fileIndex);
  }

  List<Row> read(Tuple2<String, PortableDataStream> file) throws IOException {
    String hadoopPath = file._1();
    long base = (long) fileIndex.getOrDefault(hadoopPath, 0) << POSITION_BITS;
    String name = hadoopPath.substring(hadoopPath.lastIndexOf('/') + 1);
    Path folder = Files.createTempDirectory("annals-read-");
    Path local = folder.resolve(name.isEmpty() ? "input" : name);
    List<Row> rows = new ArrayList<>();
    try {
      try (InputStream in = file._2().open()) {
        Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
      }
      String localName = local.toString();
      ArticleSource source = new Sources(new PageFetcher(), false).forFile(local, name);
      long[] position = {0};
      DuplicateDetector detector = new DuplicateDetector();
      source.forEach(
          ingested -> rows.add(articleRow(base + position[0]++, ingested, detector, localName, hadoopPath)),
          problem -> rows.add(problemRow(base + position[0]++, problem, localName, hadoopPath)));
    } catch (IOException | RuntimeException e) {
      rows.add(RowFactory.create(base, null, null, null, null, null, null, hadoopPath, null, null, "cannot be read: " + e));
    } finally {
      try (Stream<Path> paths = Files.walk(folder)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    return rows;
  }

  private static Row articleRow(long ordinal, IngestedArticle ingested, DuplicateDetector detector, String localName,
      String hadoopPath) {
    Article article = ingested.article();
    return RowFactory.create(ordinal, article.id(), article.text(), article.publicationDate().orElse(null),
        article.title().orElse(null), article.url().orElse(null), article.publisher().orElse(null),
        origin(ingested.origin(), localName, hadoopPath), ingested.author().orElse(null),
        detector.fingerprint(article).encode(), null);
  }

  private static Row problemRow(long ordinal, ReadProblem problem, String localName, String hadoopPath) {
    return RowFactory.create(ordinal, null, null, null, null, null, null, origin(problem.origin(), localName, hadoopPath),
        null, null, problem.message());
  }

  private static String origin(String origin, String localName, String hadoopPath) {
    return origin.startsWith(localName) ? hadoopPath + origin.substring(localName.length()) : origin;
  }
}
