package dev.annals.app.store;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The progress line of an ingest run on a terminal's error stream: articles read of how many,
 * stored, copies, skipped, failed, articles/s and the time left, rewritten in place.
 */
public class Progress {
  private final PrintWriter err;
  private OptionalLong expected = OptionalLong.empty();
  private long started;

  public Progress(PrintWriter err) {
    this.err = err;
  }

  /** No output (tests). */
  public static Progress silent() {
    return new Progress(null);
  }

  void start(OptionalLong expected) {
    this.expected = expected;
    this.started = System.nanoTime();
  }

  void update(long read, long stored, long copies, long skipped, long failed) {
    if (err == null) {
      return;
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    double rate = stored / seconds;
    String of = expected.isPresent() ? "/" + expected.getAsLong() : "";
    String eta = "";
    if (expected.isPresent() && read > 0) {
      double perRead = seconds / read;
      long left = Math.max(0, expected.getAsLong() - read);
      eta = "  ETA " + duration(left * perRead);
    }
    err.printf(Locale.ROOT, "\ringest: %d%s read, %d stored, %d copies, %d skipped, %d failed  %.2f articles/s%s   ",
        read, of, stored, copies, skipped, failed, rate, eta);
    err.flush();
  }

  void finish(Ingester.Report report) {
    if (err == null) {
      return;
    }
    err.println();
    err.flush();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }
    return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
