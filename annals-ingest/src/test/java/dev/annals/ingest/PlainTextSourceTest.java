package dev.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextSourceTest {
  @TempDir Path dir;

  @Test
  void readsTextDatelineAndHeadlineAndNamesTheArticleByItsFile() throws IOException {
    Path file = Fixtures.path("folder/port-strike.txt");
    Collected read = Collected.from(new PlainTextSource(file));

    assertThat(read.problems()).isEmpty();
    assertThat(read.ids()).containsExactly("port-strike.txt");
    var article = read.articles().get(0).article();
    assertThat(article.publicationDate()).contains(LocalDate.of(2021, 3, 3));
    assertThat(article.title()).contains("Dockworkers walk out at Port Halvard");
    assertThat(article.text()).startsWith("Dockworkers walk out").contains("night-shift pay");
    assertThat(read.articles().get(0).origin()).isEqualTo(file.toString());
  }

  @Test
  void aTextWithoutDatelineOrHeadlineHasNeither() throws IOException {
    Collected read = Collected.from(new PlainTextSource(Fixtures.path("folder/nested/minister.txt")));

    var article = read.articles().get(0).article();
    assertThat(article.publicationDate()).isEmpty();
    assertThat(article.title()).isEmpty();
  }

  @Test
  void windows1252BytesAreReadAsWindows1252() throws IOException {
    Path file = dir.resolve("legacy.txt");
    // "The envoy said \u201cno\u201d in Z\u00fcrich." in Windows-1252: curly quotes 0x93/0x94, u-umlaut 0xFC.
    byte[] bytes = "The envoy said \u201cno\u201d in Z\u00fcrich.".getBytes("windows-1252");
    Files.write(file, bytes);

    Collected read = Collected.from(new PlainTextSource(file));

    assertThat(read.problems()).isEmpty();
    assertThat(read.articles().get(0).article().text()).isEqualTo("The envoy said \u201cno\u201d in Z\u00fcrich.");
  }

  @Test
  void bytesThatAreNeitherUtf8NorWindows1252AreReportedWithTheirOffset() throws IOException {
    Path file = dir.resolve("broken.txt");
    byte[] prefix = "Officials met on Monday ".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[prefix.length + 2];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    bytes[prefix.length] = (byte) 0x81; // undefined in Windows-1252, invalid alone in UTF-8
    bytes[prefix.length + 1] = 'x';
    Files.write(file, bytes);

    Collected read = Collected.from(new PlainTextSource(file));

    assertThat(read.articles()).isEmpty();
    assertThat(read.problemLines()).containsExactly(
        file + ": is not text in UTF-8 (invalid byte sequence at byte 24) nor in Windows-1252");
  }

  @Test
  void emptyBlankAndBinaryFilesAreReportedByName() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
    Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

    assertThat(Collected.from(new PlainTextSource(empty)).problemLines()).containsExactly(empty + ": is empty");
    assertThat(Collected.from(new PlainTextSource(blank)).problemLines())
        .containsExactly(blank + ": holds only white space");
    assertThat(Collected.from(new PlainTextSource(binary)).problemLines())
        .containsExactly(binary + ": is a binary file, not text");
  }

  @Test
  void crLfLineEndsAndAByteOrderMarkAreNormalised() throws IOException {
    Path file = Files.write(dir.resolve("dos.txt"),
        "\uFEFFFirst line\r\nsecond line\r\n".getBytes(StandardCharsets.UTF_8));

    assertThat(Collected.from(new PlainTextSource(file)).articles().get(0).article().text())
        .isEqualTo("First line\nsecond line\n");
  }
}
