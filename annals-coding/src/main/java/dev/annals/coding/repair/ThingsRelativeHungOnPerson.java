package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "asked Stockholm for consular access to the captain, which was granted the same day": the parser
 * may hang the "which" clause on the person who ends the thing's phrase ({@code acl:relcl(captain,
 * granted)}, {@code nsubj:pass(granted, captain)}), so that the captain is granted. "Which" names
 * things: when the person is the "to", "of" or "for" noun of a common noun right before it, the
 * clause, its pronoun and the person's role in it go to that noun ({@link PersonsRelativeHungOnThing}
 * the other way round).
 */
public final class ThingsRelativeHungOnPerson implements ParseRepair {
  /** Nouns for people, which "which" does not describe. */
  private static final Set<String> PEOPLE = Set.of("man", "woman", "person", "people", "captain", "crew", "director", "manager", "journalist", "worker",
      "citizen", "national", "tourist", "student", "engineer", "fisherman", "miner", "sailor", "activist", "prisoner", "suspect", "detainee", "official",
      "diplomat", "minister", "ambassador", "envoy", "soldier", "officer", "pilot", "driver", "migrant", "refugee", "child", "leader");
  private static final Set<String> OWNING = Set.of("nmod:to", "nmod:of", "nmod:for");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency relcl : sentence) {
      int person = relcl.governor();
      if (person < 0 || !relcl.relation().equals("acl:relcl") || !isPerson(tokens.get(person))) {
        continue;
      }
      Optional<Dependency> ref = sentence.stream().filter(d -> d.governor() == person && d.relation().equals("ref")
          && tokens.get(d.dependent()).text().equalsIgnoreCase("which")).findFirst();
      Optional<Integer> thing = sentence.stream().filter(d -> d.dependent() == person && OWNING.contains(d.relation()) && d.governor() >= 0 && d.governor() < person)
          .map(Dependency::governor).filter(t -> tokens.get(t).tag().equals("NN") && !isPerson(tokens.get(t))).findFirst();
      if (ref.isEmpty() || thing.isEmpty()) {
        continue;
      }
      return DependencyEdits.relativeMoved(sentence, relcl, ref.get(), thing.get());
    }
    return sentence;
  }

  /** A person by name or noun, or a number standing for people ("consular access to the two, which Mozambican authorities granted"). */
  private static boolean isPerson(Token token) {
    return token.entity().equals("PERSON") || PEOPLE.contains(token.lemma().toLowerCase(Locale.ROOT)) || token.tag().equals("CD");
  }
}
