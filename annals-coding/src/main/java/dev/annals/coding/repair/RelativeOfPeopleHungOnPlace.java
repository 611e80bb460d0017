package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "six of its citizens arrested in Kampala, whom Ugandan military intelligence accuses of
 * spying": the parser hangs the relative clause on the nearest noun, the place, so that Kampala is
 * accused. "Who" and "whom" name people, not places: when the place is where a participle on a
 * noun puts its people ({@code acl(citizens, arrested)}, {@code obl:in(arrested, Kampala)}), the
 * clause, its pronoun and the place's role in it go to that noun.
 */
public final class RelativeOfPeopleHungOnPlace implements ParseRepair {
  private static final Set<String> PERSON_PRONOUNS = Set.of("who", "whom");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency relcl : sentence) {
      int place = relcl.governor();
      if (place < 0 || !relcl.relation().equals("acl:relcl") || !tokens.get(place).entity().equals("LOCATION")) {
        continue;
      }
      Optional<Dependency> ref = sentence.stream().filter(d -> d.governor() == place && d.relation().equals("ref")
          && PERSON_PRONOUNS.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT))).findFirst();
      Optional<Integer> participle = sentence.stream().filter(d -> d.dependent() == place && d.relation().startsWith("obl:") && d.governor() >= 0)
          .map(Dependency::governor).findFirst();
      Optional<Integer> people = participle.flatMap(p -> sentence.stream().filter(d -> d.dependent() == p && d.relation().equals("acl") && d.governor() >= 0)
          .map(Dependency::governor).findFirst());
      if (ref.isEmpty() || people.isEmpty() || tokens.get(people.get()).entity().equals("LOCATION")) {
        continue;
      }
      return DependencyEdits.relativeMoved(sentence, relcl, ref.get(), people.get());
    }
    return sentence;
  }
}
