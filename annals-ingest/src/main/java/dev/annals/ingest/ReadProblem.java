package dev.annals.ingest;

import java.util.Objects;

/**
 * Something a reader could not read and skipped ("news.jsonl:17: no text field").
 *
 * @param origin the file, file and record, or URL
 * @param message what was wrong, in words a user can act on
 */
public record ReadProblem(String origin, String message) {
  public ReadProblem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return origin + ": " + message;
  }
}
