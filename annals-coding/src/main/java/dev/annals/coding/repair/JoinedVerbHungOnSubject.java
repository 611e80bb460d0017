package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "On Wednesday Ecuador's president telephoned Italy's prime minister and invited the Italian
 * leader to visit Quito": the parser may join the second verb to the first verb's subject ({@code
 * conj:and(president, invited)}), so that "invited" has no subject and is no clause of the
 * sentence. A finite verb joined to a noun that is the subject of an earlier verb is joined to
 * that verb, and shares its subject: {@code conj:and(telephoned, invited)}, {@code
 * nsubj(invited, president)}.
 */
public final class JoinedVerbHungOnSubject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int noun = joined.governor();
      int verb = joined.dependent();
      if (noun < 0 || !joined.relation().startsWith("conj") || !tokens.get(noun).isNoun() || !RepairWords.isFiniteVerb(tokens.get(verb))
          || DependencyEdits.hasChild(sentence, verb, "nsubj")) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.dependent() == noun && d.relation().equals("nsubj") && d.governor() > noun && d.governor() < verb
          && tokens.get(d.governor()).isVerb()).findFirst();
      if (subject.isEmpty()) {
        continue;
      }
      int main = subject.get().governor();
      List<Dependency> repaired = DependencyEdits.replaced(sentence, joined, new Dependency(main, verb, joined.relation()));
      repaired.add(new Dependency(verb, noun, "nsubj"));
      // The conjunction goes with the verb it now joins.
      return DependencyEdits.mapped(repaired, d -> d.relation().equals("cc") && d.governor() == noun && d.dependent() < verb && d.dependent() > main ? new Dependency(verb, d.dependent(), "cc") : d);
    }
    return sentence;
  }
}
