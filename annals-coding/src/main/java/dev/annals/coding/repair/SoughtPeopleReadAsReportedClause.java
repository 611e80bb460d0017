package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Morocco handed over two men wanted in Belgium for drug trafficking": the tagger may read
 * "wanted" as a past tense, and the parser then makes the men its subject and the clause what
 * Morocco handed over ({@code ccomp(handed, wanted)}, {@code nsubj(wanted, men)}), so that no one
 * is handed over. A participle of being sought ("wanted", "suspected", "accused") with no object,
 * auxiliary, copula or "that" of its own, whose subject stands right after the verb it hangs on,
 * describes that noun, and the noun is the verb's object: {@code obj(handed, men)}, {@code
 * acl(men, wanted)}. Not after a verb of saying or thinking, whose clause it may be.
 */
public final class SoughtPeopleReadAsReportedClause implements ParseRepair {
  private static final Set<String> OWN_CLAUSE = Set.of("obj", "iobj", "aux", "aux:pass", "cop", "mark", "expl", "ccomp", "xcomp");
  private static final Set<String> CLAUSE_TAKING = Set.of("say", "tell", "think", "believe", "claim", "report", "announce", "add", "know", "fear",
      "hope", "deny", "insist", "warn", "state", "allege", "confirm", "suggest", "argue", "note", "write", "find", "show", "learn", "reveal");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency reported : sentence) {
      int verb = reported.governor();
      int participle = reported.dependent();
      if (verb < 0 || !reported.relation().equals("ccomp") || participle < verb || !RepairWords.isPastVerb(tokens.get(participle))
          || !SceneOfActHungOnWanted.STATES_OF_BEING_SOUGHT.contains(tokens.get(participle).lemma().toLowerCase(Locale.ROOT))
          || CLAUSE_TAKING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))
          || sentence.stream().anyMatch(d -> d.governor() == participle && OWN_CLAUSE.contains(d.relation()))
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj") && d.dependent() < participle)) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("nsubj")
          && d.dependent() == participle - 1 && d.dependent() > verb && tokens.get(d.dependent()).tag().startsWith("NN")).findFirst();
      if (subject.isEmpty()) {
        continue;
      }
      int noun = subject.get().dependent();
      return DependencyEdits.mapped(sentence, d -> d == reported ? new Dependency(noun, participle, "acl")
          : d == subject.get() ? new Dependency(verb, noun, "obj") : d);
    }
    return sentence;
  }
}
