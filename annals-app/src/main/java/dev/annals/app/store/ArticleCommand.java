package dev.annals.app.store;

import dev.annals.store.EventStore;
import dev.annals.store.Queries;
import dev.annals.store.Table;
import java.io.PrintWriter;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code annals article ID}: a stored article's text with the events read in it. */
@Command(name = "article", mixinStandardHelpOptions = true,
    description = "Prints a stored article: its metadata, its text, the event mentions read in it and its stored copies.")
public final class ArticleCommand extends StoreCommand {
  @Parameters(paramLabel = "ID", description = "the article id")
  String id;

  @Override
  int run(EventStore store, PrintWriter out) throws SQLException {
    Queries queries = new Queries(store);
    Table article = queries.article(id);
    if (article.size() == 0) {
      throw new IllegalArgumentException("no article '" + id + "' in " + store.folder()
          + (store.contains(id) ? " (it is stored as a copy of another article: see article_copies)" : ""));
    }
    for (String column : article.columns()) {
      if (!column.equals("text") && article.value(0, column) != null) {
        out.println(column + ": " + article.value(0, column));
      }
    }
    out.println();
    out.println(article.value(0, "text"));
    out.println();
    out.println("events:");
    OutputFormat.TABLE.print(queries.articleMentions(id), out);
    Table copies = queries.articleCopies(id);
    if (copies.size() > 0) {
      out.println("copies:");
      OutputFormat.TABLE.print(copies, out);
    }
    out.flush();
    return 0;
  }
}
