package dev.annals.coding;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.EventMention;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "Relatives of the detained men blocked the road, demanding that the government bring them home":
 * "the government" or "the authorities" that a country's own people deal with is their own
 * state's, whichever state the story named last. The phrase resolver reads it so when it knows
 * the people's country ({@code PhraseResolver.stateOfDomesticSubject}); people it could place only
 * later, by the story's scene or home, are given their own government here, once placed.
 */
final class OwnGovernments {
  /**
   * Sectors of a country's own people, not its state nor its armed groups; and its lawmakers, who
   * hold its own government to account ("Left-wing Greek lawmakers criticised the call, accusing
   * the government of siding with Israel").
   */
  private static final Set<String> OWN_PEOPLE = Set.of("CVL", "LAB", "AGR", "BUS", "EDU", "HLH", "REL", "MED", "HRI", "OPP", "PTY", "LEG");
  /** A state's rulers named by no owner: "the government", "the authorities". */
  static final Set<String> UNNAMED_RULERS = Set.of("the government", "the authorities");

  /**
   * Appeals (02), approval (05), demands (10), disapproval (11), rejection (12), threats (13) and
   * protest (14): what a country's own people ask of, say of or press on their country they ask of,
   * say of or press on its government ("A group of Hiroshima survivors welcomed the proposal but
   * urged Japan to sign the treaty").
   */
  private static final Set<String> PRESSURE = Set.of("02", "05", "10", "11", "12", "13", "14");
  private static final String GOVERNMENT = "GOV";

  private OwnGovernments() {}

  /** The mention, its target the source's own government when it names "the government" of another state. */
  static EventMention aimed(EventMention m, BiFunction<String, Optional<String>, Actor> states) {
    Actor source = m.source().actor();
    Optional<ActorMention> target = m.target();
    boolean ownPeople = source.country().isPresent() && source.sector().filter(OWN_PEOPLE::contains).isPresent()
        && source.kind() != ActorKind.ORGANISATION && source.kind() != ActorKind.PERSON;
    boolean unnamedRuler = target.filter(t -> UNNAMED_RULERS.contains(t.surface().toLowerCase(Locale.ROOT))).isPresent();
    // "Hundreds of fishermen blocked the port of Kigoma": a country's own people protesting at a
    // place of their own country, read as the bare country, protest to its government; so does
    // its opposition condemning what the country did ("condemned the switch" Saint Lucia made).
    boolean ownCountryProtested = ownPeople && PRESSURE.contains(m.type().rootCode())
        && target.filter(t -> t.actor().kind() == ActorKind.STATE && t.actor().sector().isEmpty() && t.actor().country().equals(source.country())).isPresent();
    if (ownCountryProtested) {
      return m.withTarget(new ActorMention(target.get().span(), target.get().surface(), states.apply(source.country().get(), Optional.of(GOVERNMENT))));
    }
    if (!ownPeople || !unnamedRuler) {
      return m;
    }
    Actor ruler = target.get().actor();
    if (ruler.country().isEmpty() || ruler.country().equals(source.country())) {
      return m;
    }
    return m.withTarget(new ActorMention(target.get().span(), target.get().surface(), states.apply(source.country().get(), ruler.sector())));
  }
}
