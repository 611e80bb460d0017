package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "The United Arab Emirates pardoned and freed eleven Lebanese men": two verbs joined by "and"
 * right next to each other take the object after them together, but the parser gives it to one
 * ({@code obj(pardoned, men)}) and leaves the other without ({@code conj:and(pardoned, freed)}), so
 * the release befalls no one. The verb with no object of its own gets the other's: {@code
 * obj(freed, men)}.
 */
public final class ObjectSharedByJoinedVerbs implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int first = joined.governor();
      int second = joined.dependent();
      // "pardoned and freed": the two verbs with only "and" between them.
      if (first < 0 || !joined.relation().equals("conj:and") || second != first + 2 || !tokens.get(first + 1).lemma().equalsIgnoreCase("and")
          || !tokens.get(first).isVerb() || !tokens.get(second).isVerb()) {
        continue;
      }
      Optional<Dependency> firstObject = objectOf(sentence, first);
      Optional<Dependency> secondObject = objectOf(sentence, second);
      if (firstObject.isPresent() == secondObject.isPresent()) {
        continue;
      }
      Dependency object = firstObject.or(() -> secondObject).get();
      if (object.dependent() < second) {
        continue;
      }
      int without = firstObject.isPresent() ? second : first;
      List<Dependency> mended = new ArrayList<>(sentence);
      mended.add(new Dependency(without, object.dependent(), "obj"));
      return List.copyOf(mended);
    }
    return sentence;
  }

  private static Optional<Dependency> objectOf(List<Dependency> sentence, int verb) {
    return sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("obj")).findFirst();
  }
}
