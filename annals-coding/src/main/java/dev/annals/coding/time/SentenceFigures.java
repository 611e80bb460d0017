package dev.annals.coding.time;

/**
 * What the sentence around a time expression says about figures, which decides what "a year
 * earlier" means in an earnings report.
 *
 * @param comparison the sentence compares figures ("up from", "compared with"), so "the prior
 *     year" means the same period a year before
 * @param yearToDate the sentence reports a period longer than the quarter ("In the nine months,
 *     net rose ... from $504 million a year earlier"): its year-ago figures are the year before's
 *     same months, which TimeML writes as that year, not as the quarter the article reports on
 */
public record SentenceFigures(boolean comparison, boolean yearToDate) {
  public static final SentenceFigures NONE = new SentenceFigures(false, false);
  public static final SentenceFigures COMPARISON = new SentenceFigures(true, false);
}
