package dev.annals.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every article file under a folder, walked recursively in the order of the files' paths (so a
 * resumed run sees them in the same order), each read by the reader for its kind. Hidden files
 * and folders (names starting with a dot) are passed over; a file that no reader understands or
 * that cannot be opened is reported and the walk goes on.
 */
public final class FolderSource implements ArticleSource {
  private final Path folder;
  private final Sources sources;

  FolderSource(Path folder, Sources sources) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.sources = Objects.requireNonNull(sources, "sources");
  }

  @Override
  public String name() {
    return folder.toString();
  }

  /** The files that will be read, in reading order. */
  public List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> !hidden(folder.relativize(path)))
          .sorted(Comparator.comparing(path -> slashed(folder.relativize(path))))
          .collect(Collectors.toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The sum of the files' estimates; a file whose count is unknown counts as one article. */
  @Override
  public java.util.OptionalLong estimatedCount() throws IOException {
    long total = 0;
    for (Path file : files()) {
      try {
        total += sources.forFile(file, slashed(folder.relativize(file))).estimatedCount().orElse(1);
      } catch (IOException | UncheckedIOException e) {
        total += 1;
      }
    }
    return java.util.OptionalLong.of(total);
  }

  @Override
  public void forEach(Consumer<IngestedArticle> articles, Consumer<ReadProblem> problems) throws IOException {
    for (Path file : files()) {
      try {
        // In a folder a plain text is named by its path inside the folder, so that two
        // "index.txt" files in different subfolders keep different ids.
        ArticleSource source = sources.forFile(file, slashed(folder.relativize(file)));
        source.forEach(articles, problems);
      } catch (IOException | UncheckedIOException e) {
        problems.accept(new ReadProblem(file.toString(), "cannot be read: " + e.getMessage()));
      }
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String slashed(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }
}
