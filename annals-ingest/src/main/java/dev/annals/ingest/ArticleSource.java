package dev.annals.ingest;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Articles read from one input (a file, a folder, a feed URL), one at a time so that a corpus
 * larger than memory streams through. The contract between ingest readers and their users (the
 * store's ingest command, the Spark job):
 *
 * <ul>
 *   <li>{@link #forEach} hands over articles in a stable order, so a resumed run can skip what
 *       was stored;
 *   <li>a record or file that cannot be read is reported to the problem consumer by name and
 *       skipped; the rest of the input goes on;
 *   <li>an {@link IOException} means the input as a whole could not be opened.
 * </ul>
 */
public interface ArticleSource {
  /** A short description for progress lines, e.g. the path or URL. */
  String name();

  /** Reads every article, in a stable order. */
  void forEach(Consumer<IngestedArticle> articles, Consumer<ReadProblem> problems) throws IOException;

  /**
   * About how many articles {@link #forEach} will hand over, for a progress bar's ETA; empty when
   * it cannot be known without reading everything (a WARC file, a feed). Counting may scan the
   * input once (the lines of a JSON Lines file), so call it once, before reading.
   */
  default OptionalLong estimatedCount() throws IOException {
    return OptionalLong.empty();
  }
}
