package dev.annals.spark;

import dev.annals.ingest.DuplicateDetector;
import dev.annals.ingest.DuplicateIndex;
import dev.annals.ingest.Fingerprint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds repeated reports as {@code annals ingest} does: the fingerprints (computed on the
 * executors while reading) stream to the driver in input order and go through one {@link
 * DuplicateIndex}, so the first reading of a text is the original and later ones are its copies,
 * exactly as in the embedded store. The driver holds every fingerprint (a few hundred bytes an
 * article): for corpora beyond its memory run the job with {@code --no-duplicates}.
 */
final class DriverDuplicates {
  /** One copy: its id, the original's id, the kind of repeat and the estimated similarity. */
  static final StructType COPIES = DataTypes.createStructType(List.of(
      DataTypes.createStructField("article_id", DataTypes.StringType, false),
      DataTypes.createStructField("original_id", DataTypes.StringType, false),
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("similarity", DataTypes.DoubleType, false)));

  private DriverDuplicates() {}

  /** The copies among the articles (columns ordinal, article_id, fingerprint), as rows of {@link #COPIES}. */
  static List<Row> find(Dataset<Row> articles) {
    DuplicateIndex index = new DuplicateIndex(new DuplicateDetector());
    List<Row> copies = new ArrayList<>();
    Iterator<Row> rows = articles.select("ordinal", "article_id", "fingerprint").orderBy("ordinal").toLocalIterator();
    while (rows.hasNext()) {
      Row row = rows.next();
      String id = row.getString(1);
      Optional<DuplicateIndex.Match> match = index.addIfNew(id, Fingerprint.decode(row.getString(2)));
      if (match.isPresent() && !match.get().articleId().equals(id)) {
        copies.add(RowFactory.create(id, match.get().articleId(),
            match.get().verdict().kind().name().toLowerCase(java.util.Locale.ROOT), match.get().verdict().similarity()));
      }
    }
    return copies;
  }
}
