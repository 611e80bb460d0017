package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Mauritanian police detained more than 300 Gambians ... and deported them to the Senegalese
 * border ... The International Organization for Migration said it was giving food and shelter to
 * the returnees": "the returnees", "the deportees" with no country of their own are the people
 * the article last told deported or expelled, however far back. So are "the suspects" and "the
 * detainees" the people it last told arrested or detained ("Samoan police arrested 27 Chinese
 * nationals … the suspects would be deported").
 */
final class DeporteesNamedAgain {
  /** Words for people sent away or home, or taken, and the code of the act that made them so. */
  private static final java.util.Map<String, String> NAMED_BY_ACT = java.util.Map.of("returnees", "174", "deportees", "174", "expellees", "174",
      "suspects", "173", "detainees", "173");

  private DeporteesNamedAgain() {}

  static List<CodedMention> aim(List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      Optional<ActorMention> named = m.target().filter(t -> GroupCountries.isUnplacedGroup(t.actor()) && actNaming(t.surface()).isPresent());
      Optional<ActorMention> actedOn = named.isEmpty() ? Optional.empty() : lastActedOn(result, m, actNaming(named.get().surface()).get());
      result.add(actedOn.map(d -> m.withTarget(new ActorMention(named.get().span(), named.get().surface(), d.actor()))).orElse(m));
    }
    return result;
  }

  /** "the returnees", "the 300 deportees", "the suspects": a plural word for people acted on, after "the"; the code of that act. */
  private static Optional<String> actNaming(String surface) {
    String[] words = surface.toLowerCase(Locale.ROOT).split("\\s+");
    return words.length >= 2 && words[0].equals("the") ? Optional.ofNullable(NAMED_BY_ACT.get(words[words.length - 1])) : Optional.empty();
  }

  /** The people of a country the last act of this code told before the mention befell. */
  private static Optional<ActorMention> lastActedOn(List<CodedMention> before, CodedMention m, String code) {
    for (int i = before.size() - 1; i >= 0; i--) {
      CodedMention c = before.get(i);
      if (c.sentence() <= m.sentence() && c.type().code().equals(code) && c.target().isPresent() && c.target().get().actor().country().isPresent()) {
        return c.target();
      }
    }
    return Optional.empty();
  }
}
