package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Mauritanian police detained more than 300 Gambians ... and deported them to the Senegalese
 * border ... The International Organization for Migration said it was giving food and shelter to
 * the returnees": "the returnees", "the deportees" with no country of their own are the people
 * the article last told deported or expelled, however far back.
 */
final class DeporteesNamedAgain {
  /** Words for people sent away or home. */
  private static final Set<String> SENT_AWAY = Set.of("returnees", "deportees", "expellees");
  /** Expel or deport individuals. */
  private static final String DEPORTATION = "174";

  private DeporteesNamedAgain() {}

  static List<CodedMention> aim(List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      Optional<ActorMention> named = m.target().filter(t -> GroupCountries.isUnplacedGroup(t.actor()) && namesTheSentAway(t.surface()));
      Optional<ActorMention> deported = named.isEmpty() ? Optional.empty() : lastDeported(result, m);
      result.add(deported.map(d -> m.withTarget(new ActorMention(named.get().span(), named.get().surface(), d.actor()))).orElse(m));
    }
    return result;
  }

  /** "the returnees", "the 300 deportees": a plural word for people sent away, after "the". */
  private static boolean namesTheSentAway(String surface) {
    String[] words = surface.toLowerCase(Locale.ROOT).split("\\s+");
    return words.length >= 2 && words[0].equals("the") && SENT_AWAY.contains(words[words.length - 1]);
  }

  /** The people of a country the last deportation told before the mention befell. */
  private static Optional<ActorMention> lastDeported(List<CodedMention> before, CodedMention m) {
    for (int i = before.size() - 1; i >= 0; i--) {
      CodedMention c = before.get(i);
      if (c.sentence() <= m.sentence() && c.type().code().equals(DEPORTATION) && c.target().isPresent() && c.target().get().actor().country().isPresent()) {
        return c.target();
      }
    }
    return Optional.empty();
  }
}
