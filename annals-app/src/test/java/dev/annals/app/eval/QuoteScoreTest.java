package dev.annals.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteScoreTest {
  // A made-up article: one direct quote, one indirect report, one content without a source.
  private static final String TEXT = "Mayor speaks.\n\n“We will rebuild,” the mayor said.\nOfficials said that the bridge was closed.\nIt is unclear.\n";

  @TempDir Path corpus;

  private Path write() throws IOException {
    Files.createDirectories(corpus.resolve("dev/text"));
    Files.createDirectories(corpus.resolve("dev/attributions"));
    Files.writeString(corpus.resolve("metadata.tsv"), "compartment\tfilename\tpublication_date\ndev\tcity_2016-01-02_mayor\t2016-01-02\n");
    Files.writeString(corpus.resolve("dev/text/city_2016-01-02_mayor.txt"), TEXT);
    int quote = TEXT.indexOf("“We");
    int mayor = TEXT.indexOf("the mayor");
    int said = TEXT.indexOf("said");
    int officials = TEXT.indexOf("Officials");
    int that = TEXT.indexOf("that the bridge");
    int closed = TEXT.indexOf("closed") + "closed".length();
    String ann = String.join("\n",
        "T1\tContent " + quote + " " + (quote + 17) + "\t“We will rebuild,”",
        "T2\tSource " + mayor + " " + (mayor + 9) + "\tthe mayor",
        "T3\tCue " + said + " " + (said + 4) + "\tsaid",
        "T4\tAttribution " + said + " " + (said + 4) + "\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        "T5\tSource " + officials + " " + (officials + 9) + "\tOfficials",
        "T6\tContent " + that + " " + closed + "\tthat the bridge",
        "was closed",
        "T7\tCue " + (officials + 10) + " " + (officials + 14) + "\tsaid",
        "E2\tAttribution:T7 Content:T6 Cue:T7 Source:T5",
        "");
    Path file = corpus.resolve("dev/attributions/city_2016-01-02_mayor_ab12.ann");
    Files.writeString(file, ann);
    return file;
  }

  @Test
  void readsAttributionsWithWrappedSurfacesAndTheDateFromMetadata() throws IOException {
    Path file = write();
    BratAttributions document = BratAttributions.read(file, BratAttributions.dates(corpus.resolve("dev")));
    assertThat(document.date()).isEqualTo(LocalDate.of(2016, 1, 2));
    assertThat(document.annotator()).isEqualTo("ab12");
    assertThat(document.attributions()).hasSize(2);
    assertThat(document.attributions().get(1).contentExtent().of(TEXT)).isEqualTo("that the bridge was closed");
    assertThat(BratAttributions.annotationFiles(List.of(corpus.resolve("dev")))).containsExactly(file);
  }

  @Test
  void directAndIndirectAreScoredApartAndAMissCountsWrong() throws IOException {
    Path file = write();
    BratAttributions document = BratAttributions.read(file, BratAttributions.dates(corpus));
    int mayor = TEXT.indexOf("the mayor");
    int quote = TEXT.indexOf("We will");
    QuoteScore score = new QuoteScore();
    score.add(document, List.of(new QuoteScore.Predicted(new Span(quote, quote + 15), Optional.of(new Span(mayor, mayor + 9)), Optional.empty())));
    assertThat(score.directAccuracy()).isEqualTo(1.0);
    assertThat(score.indirectAccuracy()).isEqualTo(0.0);
    assertThat(score.contentRecall()).isEqualTo(0.5);
    assertThat(score.contentPrecision()).isEqualTo(1.0);
    assertThat(score.errors()).singleElement().asString().startsWith("missed   indirect");
  }

  @Test
  void theSameNameElsewhereIsTheSameSourceButATitleAloneIsNot() {
    assertThat(QuoteScore.nameWords("Rep. Jim Clyburn (D-S.C.)")).contains("clyburn", "jim");
    assertThat(QuoteScore.nameWords("the President")).isEmpty();
    assertThat(QuoteScore.nameWords("He")).isEmpty();
  }

  @Test
  void quotedCharactersRunToTheEndOfAParagraphThatLeavesAQuoteOpen() {
    String text = "He said: “First part.\n“Second part,” he added.";
    boolean[] quoted = QuoteScore.quotedCharacters(text);
    assertThat(quoted[text.indexOf("First")]).isTrue();
    assertThat(quoted[text.indexOf("Second")]).isTrue();
    assertThat(quoted[text.indexOf("added")]).isFalse();
    assertThat(QuoteScore.isDirect(text, quoted, List.of(new Span(text.indexOf("First"), text.indexOf("First") + 5)))).isTrue();
  }

  @Test
  void anArticleMissingFromMetadataIsAnErrorNamingTheFile() throws IOException {
    Path file = write();
    assertThatThrownBy(() -> BratAttributions.read(file, java.util.Map.of()))
        .isInstanceOf(IOException.class).hasMessageContaining(file.toString()).hasMessageContaining("metadata.tsv");
  }
}
