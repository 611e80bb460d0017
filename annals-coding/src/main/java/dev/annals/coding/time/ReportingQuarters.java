package dev.annals.coding.time;

import dev.annals.coding.DependencyIndex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which quarter an earnings report's figures are about, sentence by sentence: the article's (the
 * first quarter it names by its ordinal, "third-quarter profit"), until a later sentence reports
 * another quarter's results ("Separately, America West reported third-quarter profit"), which
 * holds from there on; and what each sentence says of figures (a comparison, the nine months).
 */
public final class ReportingQuarters {
  private static final String ORDINAL = "(first|second|third|fourth|1st|2nd|3rd|4th) ?[- ] ?quarter";
  private static final Pattern ORDINAL_QUARTER = Pattern.compile("\\b" + ORDINAL + "\\b(?: of ((?:19|20)\\d{2}))?", Pattern.CASE_INSENSITIVE);
  private static final String RESULTS = "(?:net|profit|profits|earnings|loss|income|sales|revenue|results)";
  /**
   * A sentence reporting a quarter's results: "X reported third-quarter profit", "posted net
   * income for the fiscal second quarter" (not "after a flat second quarter" or "into the fourth
   * quarter", nor "the 1988 second quarter").
   */
  private static final Pattern QUARTER_RESULTS = Pattern.compile(
      "(?<!\\d{4} )(?<!\\d{4} fiscal )\\b" + ORDINAL + "\\b(?! of (?:19|20)\\d{2})(?: \\w+)? " + RESULTS + "\\b"
          + "|\\b" + RESULTS + " (?:\\w+ ){0,2}(?:for|in) (?:the|its) (?:fiscal )?" + ORDINAL + "\\b(?! of (?:19|20)\\d{2})",
      Pattern.CASE_INSENSITIVE);

  /** Words of a sentence that compares figures: "up from", "compared with", "rose". */
  private static final Set<String> COMPARING_WORDS = Set.of("compared", "from", "versus", "vs.", "against", "rose", "fell", "increase", "decrease",
      "gain", "decline", "up", "down", "jumped", "dropped", "climbed", "slipped", "quarter", "period");
  /** A sentence reporting on more than a quarter: "In the nine months", "for the first half". */
  private static final Pattern YEAR_TO_DATE = Pattern.compile(
      "\\b(?:six|nine) months\\b|\\bfirst half\\b|\\bhalf-year\\b|\\byear to date\\b|\\byear-to-date\\b", Pattern.CASE_INSENSITIVE);

  private final List<Optional<ReportingQuarter>> bySentence;
  private final List<SentenceFigures> figuresBySentence;

  private ReportingQuarters(List<Optional<ReportingQuarter>> bySentence, List<SentenceFigures> figuresBySentence) {
    this.bySentence = List.copyOf(bySentence);
    this.figuresBySentence = List.copyOf(figuresBySentence);
  }

  /** Worked out once per article: each sentence's quarter and figures. */
  public static ReportingQuarters of(DependencyIndex index, LocalDate reference) {
    Optional<ReportingQuarter> inForce = ofArticle(index.text().text(), reference);
    if (inForce.isEmpty()) {
      // No quarter reported: what a sentence says of figures changes no value.
      return new ReportingQuarters(List.of(), List.of());
    }
    List<Optional<ReportingQuarter>> bySentence = new ArrayList<>();
    List<SentenceFigures> figuresBySentence = new ArrayList<>();
    for (var sentence : index.text().sentences()) {
      String text = index.text().textOf(sentence);
      Optional<ReportingQuarter> reported = reported(text, reference);
      if (reported.isPresent()) {
        inForce = reported;
      }
      bySentence.add(inForce);
      figuresBySentence.add(figures(index, sentence, text));
    }
    return new ReportingQuarters(bySentence, figuresBySentence);
  }

  /** The quarter the figures of this sentence are about, if the article reports on one. */
  public Optional<ReportingQuarter> at(int sentence) {
    return sentence < bySentence.size() ? bySentence.get(sentence) : Optional.empty();
  }

  /** What this sentence says of figures ({@link SentenceFigures#NONE} when the article reports no quarter). */
  public SentenceFigures figuresAt(int sentence) {
    return sentence < figuresBySentence.size() ? figuresBySentence.get(sentence) : SentenceFigures.NONE;
  }

  private static SentenceFigures figures(DependencyIndex index, dev.annals.model.Sentence sentence, String text) {
    boolean comparison = false;
    for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
      comparison |= COMPARING_WORDS.contains(index.token(t).text().toLowerCase(Locale.ROOT));
    }
    return new SentenceFigures(comparison, YEAR_TO_DATE.matcher(text).find());
  }

  /**
   * The quarter an earnings report is about: the first quarter the article names by its ordinal
   * ("third-quarter profit"), in the year it says or the latest such quarter before the reference.
   */
  static Optional<ReportingQuarter> ofArticle(String text, LocalDate reference) {
    // A quarter named with its year ("the third quarter of 1984") is usually history; the report
    // is on the first quarter named without one, else on the first named at all.
    Matcher m = ORDINAL_QUARTER.matcher(text);
    Optional<java.util.regex.MatchResult> first = Optional.empty();
    while (m.find()) {
      first = first.or(() -> Optional.of(m.toMatchResult()));
      if (m.group(2) == null) {
        first = Optional.of(m.toMatchResult());
        break;
      }
    }
    return first.map(found -> {
      int quarter = FinancialPeriods.quarterNumber(found.group(1));
      int year = found.group(2) != null ? Integer.parseInt(found.group(2)) : FinancialPeriods.latestYearOfQuarter(quarter, reference);
      return new ReportingQuarter(year, quarter);
    });
  }

  /** The quarter whose results this sentence reports, if it reports any. */
  private static Optional<ReportingQuarter> reported(String sentence, LocalDate reference) {
    Matcher m = QUARTER_RESULTS.matcher(sentence);
    if (!m.find()) {
      return Optional.empty();
    }
    int quarter = FinancialPeriods.quarterNumber((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT));
    int year = FinancialPeriods.latestYearOfQuarter(quarter, reference);
    // Only a quarter that has ended has results; "the impact on fourth-quarter results" looks ahead.
    return YearMonth.of(year, quarter * 3).atEndOfMonth().isBefore(reference) ? Optional.of(new ReportingQuarter(year, quarter)) : Optional.empty();
  }
}
