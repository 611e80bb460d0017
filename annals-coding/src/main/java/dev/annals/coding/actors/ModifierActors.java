package dev.annals.coding.actors;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.Token;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The actor a single modifier word names: "Western" sanctions, "US" strikes, "the police" response. */
final class ModifierActors {
  private final ActorDictionary dictionary;

  ModifierActors(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The adjective or noun modifier of an event noun as an actor: "Western" sanctions, "US" strikes, "Greek-owned" tanker. */
  Optional<Actor> modifierActor(Token modifier) {
    return modifierActor(modifier, Optional.empty());
  }

  /** As {@link #modifierActor(Token)}, for a text of that day (dated codes of a user's dictionary). */
  Optional<Actor> modifierActor(Token modifier, LocalDate when) {
    return modifierActor(modifier, Optional.of(when));
  }

  /**
   * A noun of a state sector used as a modifier, as a group of no country yet: "the police
   * response", "army chiefs". The article's country or the event's place places it later.
   */
  Optional<Actor> sectorGroup(Token modifier) {
    return dictionary.sector(modifier.lemma().toLowerCase(Locale.ROOT)).filter(ActorResolver.STATE_SECTORS::contains)
        .map(sector -> new Actor(sector, modifier.text(), Optional.empty(), Optional.of(sector), ActorKind.GROUP));
  }

  private Optional<Actor> modifierActor(Token modifier, Optional<LocalDate> when) {
    String word = modifier.text().replaceFirst("-(owned|flagged|registered|operated|led|backed|based|made|built)$", "");
    Optional<NameMatch> match = when.isPresent() ? dictionary.match(word, when.get()) : dictionary.match(word);
    return match.filter(m -> m.how() != NameMatch.How.PERSON).map(NameMatch::actor);
  }
}
