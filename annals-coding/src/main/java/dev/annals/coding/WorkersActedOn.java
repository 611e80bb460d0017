package dev.annals.coding;

import dev.annals.coding.actors.ActorDictionary;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.ActorMention;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "Ecuadorian soldiers detained 14 Peruvian miners", "Angolan police expelled 3,000 Congolese
 * miners", "killed three Chinese workers": workers whom a deed of force or coercion befalls are
 * people taken, driven out or killed, civilians of their country, not labour as a side (CAMEO's
 * LAB is workers acting as workers: unions, strikes, wage claims). A union stays labour
 * whatever is done to it ("police raided the miners' union").
 */
final class WorkersActedOn {
  /** Roots of deeds that befall people: coercion, assault, force, mass violence. */
  private static final Set<String> DEED_ROOTS = Set.of("17", "18", "19", "20");
  private static final String LABOUR = "LAB";
  private static final String CIVILIANS = "CVL";

  private final BiFunction<String, Optional<String>, Actor> states;

  WorkersActedOn(BiFunction<String, Optional<String>, Actor> states) {
    this.states = states;
  }

  List<CodedMention> asCivilians(List<CodedMention> coded) {
    return coded.stream().map(m -> m.target().filter(t -> isWorkers(t) && DEED_ROOTS.contains(m.type().rootCode()))
        .map(t -> m.withTarget(new ActorMention(t.span(), t.surface(), civilians(t.actor())))).orElse(m)).toList();
  }

  private static boolean isWorkers(ActorMention mention) {
    return mention.actor().sector().filter(LABOUR::equals).isPresent() && !mention.surface().toLowerCase(Locale.ROOT).contains("union");
  }

  private Actor civilians(Actor workers) {
    return workers.country().map(c -> states.apply(c, Optional.of(CIVILIANS))).orElseGet(() -> ActorDictionary.unplacedGroup(CIVILIANS));
  }
}
