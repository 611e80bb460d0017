package dev.annals.app.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The TimeML documents an evaluation reads, in turn: those past {@code --limit} left out, one that
 * cannot be read reported by name and skipped, progress shown every twenty.
 */
final class TimemlCorpus {
  /** What an evaluation does with one document. */
  interface DocumentScorer {
    void score(TimemlDocument document) throws IOException;
  }

  private TimemlCorpus() {}

  static void forEach(EvalRequest request, DocumentScorer scorer) throws IOException {
    List<Path> files = GoldFiles.expand(request.gold(), ".tml");
    if (request.limit() > 0 && files.size() > request.limit()) {
      files = files.subList(0, request.limit());
    }
    int done = 0;
    for (Path file : files) {
      TimemlDocument document;
      try {
        document = TimemlDocument.read(file);
      } catch (IOException e) {
        request.err().println("annals: " + e.getMessage() + " (skipped)");
        continue;
      }
      scorer.score(document);
      done++;
      if (done % 20 == 0) {
        request.err().printf("annals: %d/%d documents%n", done, files.size());
        request.err().flush();
      }
    }
  }
}
