package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Rwanda demanded consular access to six of its citizens arrested in Kampala": the parser may
 * hang the participle that describes the people on the main verb as a loose dependent ({@code
 * dep(demanded, arrested)}), so that Rwanda arrests. A past participle right after a noun of the
 * main verb's phrase, hung on that verb as {@code dep}, with no subject, auxiliary or copula of
 * its own, describes the noun: {@code acl(citizens, arrested)}.
 */
public final class ParticipleOfPeopleHungOnVerb implements ParseRepair {
  private static final Set<String> OWN_CLAUSE = Set.of("nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "expl");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency dep : sentence) {
      int verb = dep.governor();
      int participle = dep.dependent();
      int noun = participle - 1;
      // "pay compensation to the family of every worker killed": the tagger may call the
      // participle a past verb; standing bare after the noun, it is the participle all the same.
      // (Not one with words of its own: "the army's offensive against ethnic minorities carried
      // out earlier this year" is the offensive's, not the minorities'.)
      boolean pastWithoutObject = tokens.get(participle).tag().equals("VBD")
          && sentence.stream().noneMatch(d -> d.governor() == participle && !d.relation().equals("punct"));
      if (verb < 0 || !dep.relation().equals("dep") || !(tokens.get(participle).tag().equals("VBN") || pastWithoutObject) || noun <= verb
          || !tokens.get(noun).tag().startsWith("NN") || sentence.stream().anyMatch(d -> d.governor() == participle && OWN_CLAUSE.contains(d.relation()))) {
        continue;
      }
      // The noun belongs to the verb's phrase: its head edges lead up to the verb.
      if (!under(sentence, noun, verb)) {
        continue;
      }
      return DependencyEdits.replaced(sentence, dep, new Dependency(noun, participle, "acl"));
    }
    return sentence;
  }

  private static boolean under(List<Dependency> sentence, int token, int ancestor) {
    int current = token;
    for (int step = 0; step < 12; step++) {
      Optional<Dependency> head = DependencyEdits.headEdge(sentence, current);
      if (head.isEmpty()) {
        return false;
      }
      if (head.get().governor() == ancestor) {
        return true;
      }
      current = head.get().governor();
    }
    return false;
  }
}
