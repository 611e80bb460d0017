package dev.annals.spark;

import dev.annals.store.StoreSchema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The store's tables ({@link StoreSchema}) as Spark schemas. DuckDB's TIMESTAMP has no time zone,
 * so it maps to Spark's TIMESTAMP_NTZ, which Parquet stores as a timestamp not adjusted to UTC:
 * DuckDB reads it back as TIMESTAMP, not TIMESTAMP WITH TIME ZONE.
 */
final class SparkTypes {
  private SparkTypes() {}

  static Map<String, StructType> storeTables() {
    try {
      Map<String, StructType> tables = new LinkedHashMap<>();
      for (Map.Entry<String, List<StoreSchema.Column>> table : StoreSchema.tables().entrySet()) {
        List<StructField> fields = new ArrayList<>();
        for (StoreSchema.Column column : table.getValue()) {
          fields.add(DataTypes.createStructField(column.name(), type(table.getKey(), column), column.nullable()));
        }
        tables.put(table.getKey(), DataTypes.createStructType(fields));
      }
      return tables;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store's schema: " + e.getMessage(), e);
    }
  }

  private static DataType type(String table, StoreSchema.Column column) {
    return switch (column.type()) {
      case "VARCHAR" -> DataTypes.StringType;
      case "INTEGER" -> DataTypes.IntegerType;
      case "BIGINT" -> DataTypes.LongType;
      case "DOUBLE" -> DataTypes.DoubleType;
      case "BOOLEAN" -> DataTypes.BooleanType;
      case "DATE" -> DataTypes.DateType;
      case "TIMESTAMP" -> DataTypes.TimestampNTZType;
      default -> throw new IllegalStateException(
          "no Spark type for " + table + "." + column.name() + " of DuckDB type " + column.type());
    };
  }

  /** The errors table: articles or input records a stage could not handle. */
  static final StructType ERRORS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("article_id", DataTypes.StringType, true),
      DataTypes.createStructField("origin", DataTypes.StringType, false),
      DataTypes.createStructField("stage", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, false)));

  /** An article as read, before coding; ordinal = input order (file index, then position). */
  static final StructType READ = DataTypes.createStructType(List.of(
      DataTypes.createStructField("ordinal", DataTypes.LongType, false),
      DataTypes.createStructField("article_id", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("publication_date", DataTypes.DateType, true),
      DataTypes.createStructField("title", DataTypes.StringType, true),
      DataTypes.createStructField("url", DataTypes.StringType, true),
      DataTypes.createStructField("publisher", DataTypes.StringType, true),
      DataTypes.createStructField("origin", DataTypes.StringType, false),
      DataTypes.createStructField("author", DataTypes.StringType, true),
      DataTypes.createStructField("fingerprint", DataTypes.StringType, true),
      DataTypes.createStructField("problem", DataTypes.StringType, true)));
}
