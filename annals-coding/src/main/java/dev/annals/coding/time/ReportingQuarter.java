package dev.annals.coding.time;

/**
 * The quarter an earnings report's figures are about: "the quarter" and "a year earlier" are
 * counted from it. A fiscal quarter keeps its own number ("the fiscal first quarter ended Sept.
 * 30" is Q1): TimeBank writes it so as often as it writes the unknown "QX" (6 of 12), and the
 * number is what the article says.
 */
public record ReportingQuarter(int year, int quarter) {
  public ReportingQuarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("not a quarter: " + quarter);
    }
  }
}
