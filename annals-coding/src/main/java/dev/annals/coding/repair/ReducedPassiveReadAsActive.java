package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Set;

/**
 * "a ship carrying 180 migrants deported from Mayotte", "takes back people expelled from the
 * island": the parser may read the participle as a clause of its own with the people as its
 * subject ({@code nsubj(deported, migrants)}), so that the migrants deport. A past participle
 * right after its subject, with no auxiliary, copula or object of its own, hung as a reported
 * clause or loose dependent, is passive: {@code
 * nsubj:pass(deported, migrants)}. (A simple past the tagger took for a participle, "Russia
 * deported/VBN 200 people", has its object and is left alone.)
 */
public final class ReducedPassiveReadAsActive implements ParseRepair {
  /**
   * How the parser hangs the participle when it reads it as a clause: as what a verb reports or a
   * loose dependent ("carrying 180 migrants [deported from Mayotte]"); not a relative clause ("the
   * agreement the two governments signed") nor a main or joined verb.
   */
  private static final Set<String> HUNG_AS_CLAUSE = Set.of("ccomp", "dep");
  private static final Set<String> OWN_CLAUSE = Set.of("aux", "aux:pass", "cop", "obj", "iobj", "ccomp", "xcomp", "expl");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int verb = subject.governor();
      if (verb < 0 || !subject.relation().equals("nsubj") || !tokens.get(verb).tag().equals("VBN") || subject.dependent() != verb - 1
          || sentence.stream().anyMatch(d -> d.governor() == verb && OWN_CLAUSE.contains(d.relation()))
          || sentence.stream().noneMatch(d -> d.dependent() == verb && d.governor() >= 0 && HUNG_AS_CLAUSE.contains(d.relation()))
          // "under a framework agreement the two governments signed": a phrase of the verb's
          // before its subject makes it a relative clause without "that", active.
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.dependent() < subject.dependent())) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == subject ? new Dependency(verb, subject.dependent(), "nsubj:pass") : d);
    }
    return sentence;
  }
}
