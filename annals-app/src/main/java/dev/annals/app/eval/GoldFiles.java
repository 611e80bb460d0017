package dev.annals.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the GOLD arguments (files or folders) into the files of one format. */
public final class GoldFiles {
  private GoldFiles() {}

  /**
   * Every file under the given paths whose name ends with one of the suffixes, sorted; a file
   * named directly is taken whatever its name.
   *
   * @throws NoSuchFileException naming the first path that does not exist
   * @throws IOException when nothing matching was found
   */
  public static List<Path> expand(List<Path> paths, String... suffixes) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(p -> endsWithAny(p, suffixes)).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new NoSuchFileException(path.toString(), null, "no such file or folder");
      }
    }
    if (files.isEmpty()) {
      throw new IOException("no " + String.join(" or ", suffixes) + " files in " + paths);
    }
    return files;
  }

  private static boolean endsWithAny(Path path, String... suffixes) {
    String name = path.getFileName().toString();
    for (String suffix : suffixes) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
