package dev.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.ingest.DuplicateDetector.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
  private final DuplicateDetector detector = new DuplicateDetector();

  private static String text(String name) throws IOException {
    return Files.readString(Fixtures.path("duplicates/" + name));
  }

  private Fingerprint print(String name) throws IOException {
    return detector.fingerprint(text(name), Optional.empty());
  }

  @Test
  void aReportWithOneSentenceRewrittenIsANearDuplicate() throws IOException {
    DuplicateDetector.Verdict verdict = detector.compare(print("original.txt"), print("edited-sentence.txt"));

    assertThat(verdict.kind()).isEqualTo(Kind.NEAR_DUPLICATE);
    assertThat(verdict.similarity()).isBetween(DuplicateDetector.NEAR_DUPLICATE_SIMILARITY, 0.99);
  }

  @Test
  void aReportUnderANewHeadlineIsANearDuplicate() throws IOException {
    DuplicateDetector.Verdict verdict = detector.compare(print("original.txt"), print("changed-headline.txt"));

    assertThat(verdict.kind()).isEqualTo(Kind.NEAR_DUPLICATE);
    assertThat(verdict.similarity()).isGreaterThan(0.8);
  }

  @Test
  void aDifferentReportOnTheSameEventIsNotADuplicate() throws IOException {
    DuplicateDetector.Verdict verdict = detector.compare(print("original.txt"), print("same-topic-other-report.txt"));

    assertThat(verdict.kind()).isEqualTo(Kind.DIFFERENT);
    assertThat(verdict.similarity()).isLessThan(0.2);
    assertThat(detector.compare(print("original.txt"), print("unrelated.txt")).similarity()).isLessThan(0.1);
  }

  @Test
  void theSameTextWithOtherSpacingCaseAndQuotesIsAnExactDuplicate() throws IOException {
    String original = text("original.txt");
    String retyped = original.replace("\n\n", "\r\n \r\n").replace("\"", "\u201C").toUpperCase(java.util.Locale.ROOT)
        .replace("  ", " ");

    assertThat(detector.compare(print("original.txt"), detector.fingerprint(retyped, Optional.empty())))
        .isEqualTo(new DuplicateDetector.Verdict(Kind.SAME_TEXT, 1.0));
  }

  @Test
  void theSameUrlWithTrackingParametersWwwAndFragmentIsTheSameArticle() throws IOException {
    Fingerprint a = detector.fingerprint(text("original.txt"), Optional.of("https://www.news.example/a/1?id=7&utm_source=rss"));
    Fingerprint b = detector.fingerprint(text("edited-sentence.txt"), Optional.of("http://news.example/a/1/?id=7#top"));
    Fingerprint c = detector.fingerprint(text("unrelated.txt"), Optional.of("https://news.example/a/1?id=8"));

    assertThat(detector.compare(a, b).kind()).isEqualTo(Kind.SAME_URL);
    assertThat(detector.compare(a, c).kind()).isEqualTo(Kind.DIFFERENT);
  }

  @Test
  void templatedReportsOfDifferentDaysAreNotDuplicatesButTheSameDaysAre() {
    String monday = "The composite index of the Lakeport stock exchange closed at 869.62 points on Monday, down 14.25"
        + " points from the previous close. About one fifth of the shares listed on the exchange are chosen as samples"
        + " of the index, accounting for 60 percent of the market value of the exchange.";
    String wednesday = monday.replace("869.62", "873.83").replace("Monday", "Wednesday").replace("down 14.25", "up 2.52");
    java.time.LocalDate day = java.time.LocalDate.of(2005, 11, 21);

    Fingerprint first = detector.fingerprint(monday, Optional.empty(), Optional.of(day));
    DuplicateDetector.Verdict twoDaysLater =
        detector.compare(first, detector.fingerprint(wednesday, Optional.empty(), Optional.of(day.plusDays(2))));
    DuplicateDetector.Verdict nineDaysLater =
        detector.compare(first, detector.fingerprint(wednesday, Optional.empty(), Optional.of(day.plusDays(9))));

    assertThat(twoDaysLater.kind()).isEqualTo(Kind.NEAR_DUPLICATE);
    assertThat(nineDaysLater.kind()).isEqualTo(Kind.DIFFERENT);
    assertThat(nineDaysLater.similarity()).isEqualTo(twoDaysLater.similarity());
  }

  @Test
  void shortTextsAreComparedExactlyOnly() {
    Fingerprint a = detector.fingerprint("Troops crossed the border at dawn.", Optional.empty());
    Fingerprint b = detector.fingerprint("Troops crossed the border at noon.", Optional.empty());

    assertThat(detector.compare(a, b).kind()).isEqualTo(Kind.DIFFERENT);
  }

  @Test
  void fingerprintsSurviveEncodingAndAreTheSameOnEveryRun() throws IOException {
    Fingerprint withUrl = detector.fingerprint(text("original.txt"), Optional.of("https://news.example/a b?x=1"),
        Optional.of(java.time.LocalDate.of(2023, 6, 14)));
    Fingerprint without = print("unrelated.txt");

    assertThat(Fingerprint.decode(withUrl.encode())).isEqualTo(withUrl);
    assertThat(Fingerprint.decode(without.encode())).isEqualTo(without);
    assertThat(new DuplicateDetector().fingerprint(text("unrelated.txt"), Optional.empty()).encode())
        .isEqualTo(without.encode());
    assertThatThrownBy(() -> Fingerprint.decode("mh0 abc 3 - AAAA"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a fingerprint of version mh1");
  }

  @Test
  void theIndexFindsEachKindOfRepeatAndKeepsNewArticles() throws IOException {
    DuplicateIndex index = new DuplicateIndex(detector);
    Fingerprint original = detector.fingerprint(text("original.txt"), Optional.of("https://gazette.example/talks"));

    assertThat(index.addIfNew("original", original)).isEmpty();
    assertThat(index.addIfNew("other", print("same-topic-other-report.txt"))).isEmpty();
    assertThat(index.addIfNew("water", print("unrelated.txt"))).isEmpty();

    assertThat(index.addIfNew("again", detector.fingerprint("new text", Optional.of("https://www.gazette.example/talks/"))))
        .hasValueSatisfying(match -> {
          assertThat(match.articleId()).isEqualTo("original");
          assertThat(match.verdict().kind()).isEqualTo(Kind.SAME_URL);
        });
    assertThat(index.addIfNew("copy", print("original.txt")))
        .hasValueSatisfying(match -> assertThat(match.verdict().kind()).isEqualTo(Kind.SAME_TEXT));
    assertThat(index.addIfNew("edited", print("edited-sentence.txt")))
        .hasValueSatisfying(match -> {
          assertThat(match.articleId()).isEqualTo("original");
          assertThat(match.verdict().kind()).isEqualTo(Kind.NEAR_DUPLICATE);
        });
    assertThat(index.size()).isEqualTo(3);
  }

  @Test
  void nearDuplicatesShareABandKeyAndDifferentReportsDoNot() throws IOException {
    assertThat(java.util.Arrays.stream(print("original.txt").bandKeys()).boxed().toList())
        .containsAnyElementsOf(java.util.Arrays.stream(print("edited-sentence.txt").bandKeys()).boxed().toList())
        .doesNotContainAnyElementsOf(
            java.util.Arrays.stream(print("unrelated.txt").bandKeys()).boxed().toList());
  }
}
