package dev.annals.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.store.Table;
import java.util.List;

/** Query results as JSON: one object per row, the table's column names as keys. */
final class TableJson {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TableJson() {}

  static ArrayNode rows(Table table) {
    ArrayNode array = NODES.arrayNode();
    for (int r = 0; r < table.size(); r++) {
      array.add(row(table, r));
    }
    return array;
  }

  static ObjectNode row(Table table, int r) {
    ObjectNode node = NODES.objectNode();
    List<Object> row = table.rows().get(r);
    for (int c = 0; c < row.size(); c++) {
      node.set(table.columns().get(c), value(row.get(c)));
    }
    return node;
  }

  static JsonNode value(Object value) {
    if (value == null) {
      return NODES.nullNode();
    } else if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (value instanceof Integer i) {
      return NODES.numberNode(i);
    } else if (value instanceof Long l) {
      return NODES.numberNode(l);
    } else if (value instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? NODES.nullNode() : NODES.numberNode(d);
    } else if (value instanceof Number n) {
      return NODES.numberNode(n.doubleValue());
    }
    return NODES.textNode(value.toString());
  }
}
