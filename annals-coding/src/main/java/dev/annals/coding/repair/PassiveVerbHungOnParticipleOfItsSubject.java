package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Four Turkish nationals registered as refugees in Kenya were seized by armed men in Nairobi":
 * the parser takes the participle describing the subject for the clause's verb ({@code
 * nsubj(registered, nationals)}) and hangs the passive verb loosely on it ({@code dep(registered,
 * seized)}), so the seizure befalls no one. A participle with no auxiliary, whose subject comes
 * right before it, and which governs a later passive verb (one with "was" or "were" and no subject
 * of its own), describes that subject: the subject is the passive verb's ({@code
 * nsubj:pass(seized, nationals)}), the participle its reduced relative clause ({@code
 * acl(nationals, registered)}), and the passive verb takes the participle's place in the sentence.
 */
public final class PassiveVerbHungOnParticipleOfItsSubject implements ParseRepair {
  /** Relations by which the parser hangs the passive verb on the participle. */
  private static final Set<String> LOOSE = Set.of("dep", "parataxis", "conj");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subjectEdge : sentence) {
      int participle = subjectEdge.governor();
      int subject = subjectEdge.dependent();
      if (participle < 0 || !subjectEdge.relation().equals("nsubj") || !tokens.get(participle).tag().equals("VBN") || subject > participle
          || sentence.stream().anyMatch(d -> d.governor() == participle && d.relation().startsWith("aux"))) {
        continue;
      }
      Optional<Dependency> loose = sentence.stream().filter(d -> d.governor() == participle && LOOSE.contains(d.relation()) && d.dependent() > participle
          && isSubjectlessPassive(tokens, sentence, d.dependent())).findFirst();
      if (loose.isEmpty()) {
        continue;
      }
      int passive = loose.get().dependent();
      Optional<Dependency> place = DependencyEdits.headEdge(sentence, participle);
      Optional<Dependency> rootEdge = sentence.stream().filter(d -> d.dependent() == participle && d.governor() < 0).findFirst();
      List<Dependency> mended = DependencyEdits.mapped(DependencyEdits.without(sentence, subjectEdge, loose.get()),
          d -> place.filter(p -> p == d).isPresent() ? new Dependency(d.governor(), passive, d.relation())
              : rootEdge.filter(r -> r == d).isPresent() ? new Dependency(d.governor(), passive, d.relation()) : d);
      mended.add(new Dependency(subject, participle, "acl"));
      mended.add(new Dependency(passive, subject, "nsubj:pass"));
      return List.copyOf(mended);
    }
    return sentence;
  }

  /** A participle with a passive auxiliary and no subject of its own: "were seized". */
  private static boolean isSubjectlessPassive(List<Token> tokens, List<Dependency> sentence, int verb) {
    return tokens.get(verb).tag().equals("VBN") && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux:pass"))
        && sentence.stream().noneMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
  }
}
