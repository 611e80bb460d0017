package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Taliban forces freed the men unharmed in a raid on Monday and killed two of the kidnappers":
 * the parser reads "unharmed" as a small clause of the freed men ({@code xcomp(freed, unharmed)},
 * {@code nsubj(unharmed, men)}) and joins "killed" to that adjective ({@code conj(unharmed,
 * killed)}), so the men do the killing. An adjective that only says in what state an act left its
 * object takes no verb in the past: the past verb goes on with the act, whose subject it shares
 * ({@code conj(freed, killed)}, {@code nsubj(killed, forces)}); the phrases the parser hung on the
 * adjective ("in a raid", "on Monday") tell of the act too.
 */
public final class PastVerbJoinedToSecondaryPredicate implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int adjective = joined.governor();
      int past = joined.dependent();
      if (adjective < 0 || !joined.relation().startsWith("conj") || past < adjective || !tokens.get(adjective).tag().startsWith("JJ")
          || !tokens.get(past).tag().equals("VBD")) {
        continue;
      }
      Optional<Dependency> predicate = sentence.stream().filter(d -> d.dependent() == adjective && d.relation().equals("xcomp") && d.governor() >= 0
          && tokens.get(d.governor()).isVerb()).findFirst();
      if (predicate.isEmpty()) {
        continue;
      }
      int act = predicate.get().governor();
      // The adjective tells the state of the act's object: the parser gives it that object as its
      // subject, in a small clause ("freed [the men unharmed]") or beside the act's own object.
      Optional<Integer> object = dependentOf(sentence, adjective, "nsubj");
      Optional<Integer> subject = dependentOf(sentence, act, "nsubj");
      Optional<Integer> actsObject = dependentOf(sentence, act, "obj");
      if (object.isEmpty() || subject.isEmpty() || object.get() < act || object.get() > adjective || actsObject.isPresent() && !actsObject.equals(object)) {
        continue;
      }
      // The enhanced graph's copies: the act's xcomp of the past verb and the object as its subject.
      Dependency[] copies = sentence.stream().filter(d -> (d.governor() == act && d.dependent() == past && d.relation().equals("xcomp"))
          || (d.governor() == past && d.relation().startsWith("nsubj") && d.dependent() == object.get())).toArray(Dependency[]::new);
      List<Dependency> mended = DependencyEdits.mapped(DependencyEdits.without(sentence, copies), d -> d == joined ? new Dependency(act, past, d.relation())
          : d.governor() == adjective && d.relation().startsWith("obl") ? new Dependency(act, d.dependent(), d.relation()) : d);
      mended.add(new Dependency(past, subject.get(), "nsubj"));
      return mended;
    }
    return sentence;
  }

  private static Optional<Integer> dependentOf(List<Dependency> sentence, int governor, String relation) {
    return sentence.stream().filter(d -> d.governor() == governor && d.relation().equals(relation)).map(Dependency::dependent).findFirst();
  }
}
