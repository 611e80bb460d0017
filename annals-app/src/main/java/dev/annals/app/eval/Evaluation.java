package dev.annals.app.eval;

import java.io.IOException;

/**
 * One kind of gold data and how Annals is scored against it. Each kind reads its format as
 * published and returns named scores, so that {@code annals eval} prints them and the CI floor
 * check compares them with the floors recorded in the repository.
 */
public interface Evaluation {
  /** The name used on the command line and as the prefix of score names, e.g. "timex". */
  String kind();

  /** What GOLD is for this kind, for the help text and error messages. */
  String goldDescription();

  /**
   * Scores Annals (and, when asked, the baseline) on the gold data. Progress and skipped files
   * go to {@code request.err()}; the summary and worst errors go to {@code request.out()}.
   */
  EvalResult run(EvalRequest request) throws IOException;
}
