package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Russia and Ukraine exchanged prisoners in a swap mediated by the UAE": the parser hangs the
 * participle loosely on the main verb ({@code dep(exchanged, mediated)}) and makes the noun before
 * it the participle's oblique ({@code obl:in(mediated, swap)}), so the mediation is the
 * exchangers'. A participle right after the noun of a prepositional phrase describes that noun:
 * the noun is the main verb's oblique ({@code obl:in(exchanged, swap)}) and the participle its
 * reduced relative clause ({@code acl(swap, mediated)}). So too a noun right before the
 * participle made its passive subject: "handed over two fast patrol boats built under an Indian
 * credit line" ({@code nsubj(built, boats)}, {@code dep(handed, built)}), when the participle
 * has no auxiliary and the main verb no object, is the main verb's object ({@code obj(handed,
 * boats)}, {@code acl(boats, built)}).
 */
public final class ParticipleReadAsGoverningItsNoun implements ParseRepair {
  /** How the parser makes the noun the participle's subject: as a passive's, or as an active verb's ({@code nsubj(built, boats)}). */
  private static final java.util.Set<String> SUBJECTS = java.util.Set.of("nsubj:pass", "nsubj");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency loose : sentence) {
      int main = loose.governor();
      int participle = loose.dependent();
      if (main < 0 || !loose.relation().equals("dep") || !tokens.get(participle).tag().equals("VBN") || participle < 2 || !tokens.get(main).isVerb()) {
        continue;
      }
      int noun = participle - 1;
      Optional<Dependency> oblique = sentence.stream()
          .filter(d -> d.governor() == participle && d.dependent() == noun && d.relation().startsWith("obl:") && !d.relation().equals("obl:agent") && !d.relation().equals("obl:by"))
          .findFirst();
      if (oblique.isEmpty() && main < noun && tokens.get(noun).isNoun()) {
        Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == participle && d.dependent() == noun && SUBJECTS.contains(d.relation())).findFirst();
        boolean auxiliary = sentence.stream().anyMatch(d -> d.governor() == participle && d.relation().startsWith("aux"));
        boolean mainObject = sentence.stream().anyMatch(d -> d.governor() == main && d.relation().equals("obj"));
        if (subject.isPresent() && !auxiliary && !mainObject) {
          return DependencyEdits.mapped(sentence, d -> d == subject.get() ? new Dependency(main, noun, "obj")
              : d == loose ? new Dependency(noun, participle, "acl") : d);
        }
      }
      if (oblique.isEmpty() || main > noun) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == oblique.get() ? new Dependency(main, noun, d.relation())
          : d == loose ? new Dependency(noun, participle, "acl") : d);
    }
    return sentence;
  }
}
