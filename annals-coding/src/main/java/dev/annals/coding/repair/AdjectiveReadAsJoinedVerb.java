package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Set;

/**
 * "Security forces fired tear gas and live rounds at thousands of opposition supporters": the
 * tagger may take "live" for a verb, and the parser then joins it to "fired" as a second act
 * ({@code conj:and(fired, live)}, {@code obj(live, rounds)}) and hangs the phrase after it on
 * that act, so that the firing loses whom it was aimed at. A bare verb form joined to a verb in
 * the past or present tense, with no auxiliary or subordinator of its own and its object right
 * after it, is no verb but an adjective of that object: {@code amod(rounds, live)}; the object is
 * joined to the first verb's object, and what hung on the false verb goes to the first verb.
 */
public final class AdjectiveReadAsJoinedVerb implements ParseRepair {
  /** Tenses of a verb whose joined verb would share its tense, not stand bare. */
  private static final Set<String> OWN_CLAUSE = Set.of("aux", "aux:pass", "mark", "cop", "xcomp", "ccomp");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int first = joined.governor();
      int bare = joined.dependent();
      if (first < 0 || !joined.relation().startsWith("conj") || !RepairWords.isFiniteVerb(tokens.get(first)) || !tokens.get(bare).tag().equals("VB")
          || bare + 1 >= tokens.size() || !tokens.get(bare + 1).tag().startsWith("NN")
          || sentence.stream().anyMatch(d -> d.governor() == bare && OWN_CLAUSE.contains(d.relation()))) {
        continue;
      }
      int object = bare + 1;
      Dependency ownObject = sentence.stream().filter(d -> d.governor() == bare && d.dependent() == object && d.relation().equals("obj")).findFirst().orElse(null);
      Dependency firstObject = sentence.stream().filter(d -> d.governor() == first && d.relation().equals("obj") && d.dependent() < bare).findFirst().orElse(null);
      if (ownObject == null || firstObject == null) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> {
        if (d == joined) {
          return new Dependency(firstObject.dependent(), object, joined.relation());
        }
        if (d == ownObject) {
          return new Dependency(object, bare, "amod");
        }
        if (d.governor() == bare && d.relation().equals("cc")) {
          return new Dependency(object, d.dependent(), "cc");
        }
        if (d.governor() == bare && !d.relation().startsWith("nsubj") && !d.relation().equals("punct")) {
          return new Dependency(first, d.dependent(), d.relation());
        }
        return d;
      });
      // The subject the parser shared with the false verb goes with it.
      return DependencyEdits.without(mended, mended.stream().filter(d -> d.governor() == bare && d.relation().startsWith("nsubj")).toArray(Dependency[]::new));
    }
    return sentence;
  }
}
