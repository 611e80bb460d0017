package dev.annals.app.eval;

import dev.annals.app.Annals;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code annals eval} was asked to do.
 *
 * @param gold the gold files or folders as given
 * @param baseline the peer to score beside Annals ("corenlp"), if any
 * @param dictionaries extra dictionaries by role ("actors", "agents", "verbs"), PETRARCH format
 * @param annals the pipeline to score
 * @param limit at most this many gold items (documents, records), 0 for all
 * @param out where the summary and errors go
 * @param err where progress and skipped files go
 */
public record EvalRequest(
    List<Path> gold,
    Optional<String> baseline,
    Map<String, Path> dictionaries,
    Annals annals,
    int limit,
    PrintWriter out,
    PrintWriter err) {
  public EvalRequest {
    gold = List.copyOf(gold);
    Objects.requireNonNull(baseline, "baseline");
    dictionaries = Map.copyOf(dictionaries);
    Objects.requireNonNull(annals, "annals");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  public boolean wantsBaseline() {
    return baseline.isPresent();
  }
}
