package dev.annals.spark;

import dev.annals.app.store.ArticleCoding;
import dev.annals.model.Article;
import dev.annals.store.StoreRows;
import dev.annals.store.StoredArticle;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Codes one partition of read articles with the JVM's shared coding, a batch at a time, and turns
 * each article into the store's rows ({@link StoreRows}, the code the embedded store appends
 * with). An article whose coding fails, or whose batch throws and which then throws again when
 * coded alone, becomes an error row; the partition goes on.
 */
final class PartitionCoder implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The tables one article writes rows to, in the order of the coded schema's arrays. */
  static final List<String> ARTICLE_TABLES = List.of("articles", "sentences", "event_mentions", "actor_mentions", "quotes");

  private final String codingClass;
  private final int batchSize;
  private final LocalDateTime ingestedAt;

  PartitionCoder(String codingClass, int batchSize, LocalDateTime ingestedAt) {
    this.codingClass = codingClass;
    this.batchSize = batchSize;
    this.ingestedAt = ingestedAt;
  }

  /** One row per article: ordinal, id, origin, error stage and message, then an array of rows per table. */
  static StructType schema(Map<String, StructType> tables) {
    List<StructField> fields = new ArrayList<>(List.of(
        DataTypes.createStructField("ordinal", DataTypes.LongType, false),
        DataTypes.createStructField("article_id", DataTypes.StringType, false),
        DataTypes.createStructField("origin", DataTypes.StringType, false),
        DataTypes.createStructField("error_stage", DataTypes.StringType, true),
        DataTypes.createStructField("error_message", DataTypes.StringType, true)));
    for (String table : ARTICLE_TABLES) {
      fields.add(DataTypes.createStructField(table, DataTypes.createArrayType(tables.get(table), false), false));
    }
    return DataTypes.createStructType(fields);
  }

  Iterator<Row> code(Iterator<Row> input) {
    ArticleCoding coding = CodingFactory.shared(codingClass);
    List<Row> batch = new ArrayList<>();
    List<Row> output = new ArrayList<>();
    while (input.hasNext()) {
      batch.add(input.next());
      if (batch.size() >= batchSize || !input.hasNext()) {
        codeBatch(coding, batch, output);
        batch.clear();
      }
    }
    return output.iterator();
  }

  private void codeBatch(ArticleCoding coding, List<Row> batch, List<Row> output) {
    Map<String, Row> readById = new LinkedHashMap<>();
    List<Article> articles = new ArrayList<>();
    for (Row row : batch) {
      Article article = article(row);
      readById.put(article.id(), row);
      articles.add(article);
    }
    Map<String, ArticleCoding.Result> results;
    try {
      results = codeAll(coding, articles);
    } catch (RuntimeException batchFailure) {
      // One article can take its whole batch down: code each alone so only it is lost.
      results = new HashMap<>();
      for (Article article : articles) {
        try {
          results.putAll(codeAll(coding, List.of(article)));
        } catch (RuntimeException e) {
          results.put(article.id(), ArticleCoding.Result.failed(article, e));
        }
      }
    }
    for (Map.Entry<String, Row> entry : readById.entrySet()) {
      Row read = entry.getValue();
      ArticleCoding.Result result = results.get(entry.getKey());
      if (result == null) {
        output.add(error(read, "coding", "the pipeline returned no result"));
      } else if (result.coded().isEmpty()) {
        output.add(error(read, "coding", String.valueOf(result.failure().orElseThrow())));
      } else {
        output.add(rows(read, result));
      }
    }
  }

  private static Map<String, ArticleCoding.Result> codeAll(ArticleCoding coding, List<Article> articles) {
    Map<String, ArticleCoding.Result> results = Collections.synchronizedMap(new HashMap<>());
    coding.codeAll(articles, 1, result -> results.putIfAbsent(result.article().id(), result));
    return results;
  }

  private Row rows(Row read, ArticleCoding.Result result) {
    try {
      StoredArticle stored = new StoredArticle(result.coded().get(), result.sentences(), read.getAs("origin"),
          Optional.ofNullable(read.getAs("author")), Optional.ofNullable(read.getAs("fingerprint")));
      Map<String, List<Row>> byTable = new HashMap<>();
      for (String table : ARTICLE_TABLES) {
        byTable.put(table, new ArrayList<>());
      }
      StoreRows.forEach(stored, ingestedAt, (table, values) -> byTable.get(table).add(RowFactory.create(values)));
      List<Object> values = new ArrayList<>(List.<Object>of(read.getAs("ordinal"), stored.id(), stored.origin()));
      values.add(null);
      values.add(null);
      for (String table : ARTICLE_TABLES) {
        values.add(scala.jdk.javaapi.CollectionConverters.asScala(byTable.get(table)).toSeq());
      }
      return RowFactory.create(values.toArray());
    } catch (SQLException | RuntimeException e) {
      return error(read, "store rows", e.toString());
    }
  }

  private static Row error(Row read, String stage, String message) {
    List<Object> values = new ArrayList<>(List.<Object>of(read.getAs("ordinal"), read.getAs("article_id"), read.getAs("origin"),
        stage, message));
    for (int i = 0; i < ARTICLE_TABLES.size(); i++) {
      values.add(scala.jdk.javaapi.CollectionConverters.asScala(List.<Row>of()).toSeq());
    }
    return RowFactory.create(values.toArray());
  }

  private static Article article(Row row) {
    return new Article(row.getAs("article_id"), row.getAs("text"),
        Optional.ofNullable(localDate(row.getAs("publication_date"))), Optional.ofNullable(row.getAs("title")),
        Optional.ofNullable(row.getAs("url")), Optional.ofNullable(row.getAs("publisher")));
  }

  /** A DateType value: LocalDate with spark.sql.datetime.java8API.enabled, java.sql.Date without. */
  private static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
