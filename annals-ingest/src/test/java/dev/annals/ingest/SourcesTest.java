package dev.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  @TempDir Path dir;

  @Test
  void aFolderIsWalkedRecursivelyInPathOrderAndUnknownFilesAreReported() throws IOException {
    Path folder = Fixtures.path("folder");
    Collected read = Collected.from(new Sources().open(folder.toString()));

    assertThat(read.ids()).containsExactly("nested/minister.txt", "port-strike.txt");
    assertThat(read.problemLines()).containsExactly(
        folder.resolve("nested/notes.csv") + ": is not a format Annals reads (UNKNOWN)");
  }

  @Test
  void hiddenFilesAreSkippedAndFilesWithoutExtensionAreSniffed() throws IOException {
    Files.writeString(dir.resolve(".DS_Store"), "junk");
    Files.writeString(dir.resolve("README"), "Ministers met in the capital on Monday.");
    Files.writeString(dir.resolve("dump"), "{\"id\": \"j1\", \"text\": \"Talks went on.\"}\n");

    Collected read = Collected.from(new Sources().open(dir.toString()));

    assertThat(read.ids()).containsExactly("README", "j1");
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void aSingleFileIsNamedByItsFileName() throws IOException {
    Path file = Fixtures.path("folder/nested/minister.txt");
    assertThat(Collected.from(new Sources().open(file.toString())).ids()).containsExactly("minister.txt");
  }

  @Test
  void estimatedCountsAreFileCountsAndJsonLines() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "One report.");
    Files.writeString(dir.resolve("b.jsonl"), "{\"text\": \"x\"}\n\n{\"text\": \"y\"}\n{\"text\": \"z\"}");
    Files.writeString(dir.resolve("c.warc"), "");

    assertThat(new Sources().open(dir.toString()).estimatedCount()).hasValue(5);
    assertThat(new Sources().open(dir.resolve("b.jsonl").toString()).estimatedCount()).hasValue(3);
    assertThat(new Sources().open(dir.resolve("c.warc").toString()).estimatedCount()).isEmpty();
  }

  @Test
  void aMissingPathIsAnErrorNamingIt() {
    String missing = dir.resolve("nowhere.jsonl").toString();
    assertThatThrownBy(() -> new Sources().open(missing))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing)
        .hasMessageContaining("no such file or folder");
  }
}
