package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Actor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a party named in a phrase stands for its country's government or its opposition. The
 * phrase's own word wins ("the ruling ANC", "the opposition Patriotic Front"): the reporter knew
 * the day's politics better than the file's dates. Without one, parties.tsv decides by the
 * article's day.
 */
final class PartyStanding {
  /** Words before a party's name that say where it stands. */
  private static final Map<String, String> STANDING_WORDS = Map.of("ruling", "GOV", "governing", "GOV", "opposition", "OPP");
  /** Words that turn "ruling" into the past: "the former ruling Awami League" governs no more. */
  private static final Set<String> PAST_WORDS = Set.of("former", "ex", "erstwhile", "once");

  private final DependencyIndex index;

  PartyStanding(DependencyIndex index) {
    this.index = index;
  }

  /**
   * The actor a party name stands for in this phrase.
   *
   * @param party the party's match on the article's day (the file's standing)
   * @param nameStart the phrase's first token of the party's name
   */
  Actor actor(NameMatch party, List<Integer> phrase, int nameStart) {
    Actor byFile = party.actor();
    boolean past = false;
    Optional<String> said = Optional.empty();
    for (int t : phrase) {
      if (t >= nameStart) {
        break;
      }
      for (String word : index.token(t).text().toLowerCase(Locale.ROOT).split("-")) {
        past |= PAST_WORDS.contains(word);
        if (STANDING_WORDS.containsKey(word)) {
          said = Optional.of(STANDING_WORDS.get(word));
        }
      }
    }
    if (said.isEmpty() || (past && said.get().equals("GOV")) || said.equals(byFile.sector())) {
      return byFile;
    }
    String country = byFile.country().orElseThrow();
    return new Actor(country + said.get(), byFile.name(), byFile.country(), said, byFile.kind());
  }
}
