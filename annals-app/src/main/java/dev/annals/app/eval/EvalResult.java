package dev.annals.app.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of one evaluation run.
 *
 * @param scores named scores in percent, e.g. "timex.value.accuracy" = 78.9; Annals' own scores
 *     only (the baseline's are printed, not floored)
 * @param errors every error, one line each, worst or most telling first
 */
public record EvalResult(Map<String, Double> scores, List<String> errors) {
  public EvalResult {
    scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    errors = List.copyOf(errors);
  }
}
