package dev.annals.app;

import dev.annals.coding.petrarch.PetrarchDictionaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that load a user's dictionaries in PETRARCH's published formats on top of Annals'
 * own, shared by the commands that code text. Each file given replaces its part of Annals'
 * knowledge: actors (countries, organisations, people), agents (sector words), verbs.
 */
public final class UserDictionaries {
  @Option(names = "--actors", paramLabel = "FILE", description = "actor dictionary in PETRARCH format (replaces Annals' actor names)")
  Optional<Path> actors = Optional.empty();

  @Option(names = "--agents", paramLabel = "FILE", description = "agent dictionary in PETRARCH format (replaces Annals' sector words)")
  Optional<Path> agents = Optional.empty();

  @Option(names = "--verbs", paramLabel = "FILE", description = "verb dictionary in PETRARCH format (replaces Annals' verb and noun patterns)")
  Optional<Path> verbs = Optional.empty();

  /** The files given, by role ("actors", "agents", "verbs"). */
  public Map<String, Path> byRole() {
    Map<String, Path> files = new LinkedHashMap<>();
    actors.ifPresent(p -> files.put("actors", p));
    agents.ifPresent(p -> files.put("agents", p));
    verbs.ifPresent(p -> files.put("verbs", p));
    return files;
  }

  /** The first problem with the files given ("--verbs x.txt: no such file"), if any. */
  public Optional<String> problem() {
    for (Map.Entry<String, Path> file : byRole().entrySet()) {
      if (!Files.isRegularFile(file.getValue())) {
        return Optional.of("--" + file.getKey() + " " + file.getValue() + ": no such file");
      }
    }
    return Optional.empty();
  }

  /**
   * The pipeline with the dictionaries loaded, or the base one when none were given.
   *
   * @throws dev.annals.coding.knowledge.KnowledgeFileException naming a file and line that
   *     cannot be read
   */
  public static Annals apply(Annals base, Map<String, Path> files) {
    if (files.isEmpty()) {
      return base;
    }
    PetrarchDictionaries user = PetrarchDictionaries.load(
        Optional.ofNullable(files.get("actors")), Optional.ofNullable(files.get("agents")), Optional.ofNullable(files.get("verbs")));
    return new Annals(base.analyzer(), base.coder().withPetrarch(user), Clock.systemDefaultZone());
  }
}
