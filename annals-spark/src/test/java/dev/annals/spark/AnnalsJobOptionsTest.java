package dev.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class AnnalsJobOptionsTest {
  @Test
  void inputsAndOptionsAreParsedInAnyOrder() {
    AnnalsJob.Options options = AnnalsJob.Options.parse(
        "hdfs:///crawl/*.warc.gz", "--out", "s3a://bucket/annals", "--partitions", "64", "news.jsonl", "--batch", "8",
        "--no-duplicates", "--limit", "1000");
    assertThat(options.inputs()).containsExactly("hdfs:///crawl/*.warc.gz", "news.jsonl");
    assertThat(options.output()).isEqualTo("s3a://bucket/annals");
    assertThat(options.partitions()).isEqualTo(64);
    assertThat(options.batchSize()).isEqualTo(8);
    assertThat(options.duplicates()).isFalse();
    assertThat(options.limit()).isEqualTo(1000);
    assertThat(options.codingClass()).isEqualTo(CodingFactory.Pipeline.class.getName());
  }

  @Test
  void defaultsCodeEveryArticleWithThePipelineAndFindDuplicates() {
    AnnalsJob.Options options = AnnalsJob.Options.parse("in", "--out", "out");
    assertThat(options.duplicates()).isTrue();
    assertThat(options.batchSize()).isEqualTo(16);
    assertThat(options.partitions()).isZero();
    assertThat(options.limit()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void badCommandLinesSayWhatIsWrong() {
    assertThatThrownBy(() -> AnnalsJob.Options.parse("in")).hasMessageContaining("--out DIR is required");
    assertThatThrownBy(() -> AnnalsJob.Options.parse("--out", "x")).hasMessageContaining("no input paths");
    assertThatThrownBy(() -> AnnalsJob.Options.parse("in", "--out", "x", "--batch", "many"))
        .hasMessageContaining("--batch takes a number, not 'many'");
    assertThatThrownBy(() -> AnnalsJob.Options.parse("in", "--out", "x", "--fast")).hasMessageContaining("unknown option --fast");
    assertThatThrownBy(() -> AnnalsJob.Options.parse("in", "--out")).hasMessageContaining("--out needs a value");
  }

  @Test
  void theStoresTablesBecomeSparkSchemasWithTheirColumnsInOrder() {
    var tables = SparkTypes.storeTables();
    assertThat(tables.keySet()).containsExactly(
        "articles", "article_copies", "sentences", "event_mentions", "actor_mentions", "quotes", "events", "event_links");
    StructType articles = tables.get("articles");
    assertThat(articles.fieldNames()).startsWith("article_id", "url", "title");
    assertThat(articles.apply("publication_date").dataType()).isEqualTo(DataTypes.DateType);
    assertThat(articles.apply("ingested_at").dataType()).isEqualTo(DataTypes.TimestampNTZType);
    assertThat(articles.apply("reference_date").nullable()).isFalse();
    assertThat(tables.get("events").apply("num_mentions").dataType()).isEqualTo(DataTypes.IntegerType);
    assertThat(List.of(tables.get("event_mentions").fieldNames())).contains("goldstein", "is_root_event", "quote_index");
  }

  @Test
  void theAggregationScriptHasItsThreeViews() {
    assertThat(AnnalsJob.statements("aggregate.sql")).hasSize(3)
        .allSatisfy(statement -> assertThat(statement).startsWith("CREATE OR REPLACE TEMPORARY VIEW"));
  }
}
