package dev.annals.coding.petrarch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A user's dictionaries in PETRARCH's published formats, loaded on top of Annals' own: actors
 * ({@code --actors}), agents ({@code --agents}) and verbs with their patterns ({@code --verbs}).
 *
 * @param actors named actors with their codes
 * @param agents words for kinds of actors with the codes they add
 * @param verbs verbs and patterns
 */
public record PetrarchDictionaries(List<PetrarchActor> actors, List<PetrarchAgent> agents, PetrarchVerbs verbs) {
  public PetrarchDictionaries {
    actors = List.copyOf(actors);
    agents = List.copyOf(agents);
    java.util.Objects.requireNonNull(verbs, "verbs");
  }

  /**
   * Reads whichever files are given.
   *
   * @throws dev.annals.coding.knowledge.KnowledgeFileException naming the file and line that
   *     cannot be read
   */
  public static PetrarchDictionaries load(Optional<Path> actors, Optional<Path> agents, Optional<Path> verbs) {
    return new PetrarchDictionaries(
        actors.map(PetrarchActorFile::read).orElse(List.of()),
        agents.map(PetrarchAgentFile::read).orElse(List.of()),
        verbs.map(PetrarchVerbFile::read).orElse(PetrarchVerbs.empty()));
  }

  public boolean isEmpty() {
    return actors.isEmpty() && agents.isEmpty() && verbs.isEmpty();
  }
}
