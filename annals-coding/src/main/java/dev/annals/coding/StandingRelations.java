package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Set;

/**
 * "Taiwan, which Tuvalu recognises, welcomed the agreement", "the PKK, which Ankara considers a
 * terrorist group": a relative clause in the simple present, with no time of its own, tells how
 * things stand, as background to the sentence's news, not an act done that day. Such a clause is
 * no event; one in the past ("which Tuvalu recognised in 1979") or with an auxiliary ("which will
 * host the talks") still is.
 */
final class StandingRelations {
  /** The simple present, third person and other. */
  private static final Set<String> PRESENT = Set.of("VBZ", "VBP");

  private StandingRelations() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !isStanding(index, m.trigger())).toList();
  }

  private static boolean isStanding(DependencyIndex index, int verb) {
    if (!PRESENT.contains(index.token(verb).tag()) || index.parents(verb).stream().noneMatch(d -> d.relation().equals("acl:relcl"))
        || index.children(verb).stream().anyMatch(d -> d.relation().startsWith("aux") || d.relation().startsWith("obl:tmod"))) {
      return false;
    }
    List<Integer> clause = index.subtree(verb, Set.of("acl:relcl", "ccomp"));
    return index.text().timexes().stream().noneMatch(t -> clause.contains(t.firstToken()));
  }
}
