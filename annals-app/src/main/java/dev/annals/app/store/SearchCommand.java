package dev.annals.app.store;

import dev.annals.store.EventStore;
import dev.annals.store.FullTextIndex;
import dev.annals.store.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals search QUERY}: full-text search with highlighted sentences. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches sentences and quotes (or articles) with Lucene query syntax: words, \"phrases\", AND/OR/NOT, "
        + "wild*cards, title:word. Matched words are shown in [brackets].")
public final class SearchCommand extends StoreCommand {
  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "the query (several words are joined with spaces)")
  List<String> query;

  @Option(names = "--in", split = ",", defaultValue = "sentence,quote", description = "sentence, quote, article (default sentence,quote)")
  List<FullTextIndex.Kind> kinds;

  @Option(names = "--limit", defaultValue = "20", description = "how many hits (default 20)")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl")
  OutputFormat format;

  @Override
  int run(EventStore store, PrintWriter out) throws IOException {
    Set<FullTextIndex.Kind> wanted = kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
    List<FullTextIndex.Hit> hits = store.index().search(String.join(" ", query), wanted, limit);
    List<List<Object>> rows = new ArrayList<>();
    for (FullTextIndex.Hit hit : hits) {
      List<Object> row = new ArrayList<>();
      row.add(hit.articleId());
      row.add(hit.kind().name().toLowerCase());
      row.add(hit.sentence().orElse(null));
      row.add(Math.round(hit.score() * 100) / 100.0);
      row.add(hit.highlighted());
      rows.add(row);
    }
    Table table = new Table(List.of("article_id", "kind", "sentence_index", "score", "text"), rows);
    if (format == OutputFormat.TABLE) {
      for (FullTextIndex.Hit hit : hits) {
        String where = switch (hit.kind()) {
          case ARTICLE -> " article";
          case SENTENCE -> " s" + hit.sentence().orElse(-1);
          case QUOTE -> " s" + hit.sentence().orElse(-1) + " quote";
        };
        out.printf("%s%s  %s%n", hit.articleId(), where, hit.highlighted());
      }
      out.println("(" + hits.size() + (hits.size() == 1 ? " hit)" : " hits)"));
      out.flush();
    } else {
      format.print(table, out);
    }
    return 0;
  }
}
