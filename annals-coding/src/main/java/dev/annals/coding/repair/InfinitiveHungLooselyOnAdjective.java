package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Set;

/**
 * "Taiwan would not be intimidated but remained willing to talk to Beijing": the parser may hang
 * the infinitive after an adjective as a loose dependent ({@code dep(willing, talk)}) rather than
 * its complement, so the act has no one to do it and no mood. A bare verb with its "to", right
 * after an adjective it hangs on that way, is the adjective's complement ({@code xcomp(willing,
 * talk)}), as "ready to talk" is parsed elsewhere.
 */
public final class InfinitiveHungLooselyOnAdjective implements ParseRepair {
  /**
   * Adjectives of a side's will or readiness, whose infinitive is what the side is ready to do.
   * Not "due" ("The offer, which was due to expire yesterday"): a schedule's time is its act's,
   * which the loose reading gives it and TimeML's gold dates it by.
   */
  private static final Set<String> WILLING = Set.of("willing", "unwilling", "ready", "prepared", "eager", "keen", "able", "unable", "reluctant",
      "determined", "open", "free");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency loose : sentence) {
      int adjective = loose.governor();
      int verb = loose.dependent();
      if (!loose.relation().equals("dep") || adjective < 0 || verb != adjective + 2 || !tokens.get(adjective).tag().startsWith("JJ")
          || !WILLING.contains(tokens.get(adjective).lemma().toLowerCase(java.util.Locale.ROOT))
          || !tokens.get(verb).tag().equals("VB") || !tokens.get(adjective + 1).text().equalsIgnoreCase("to")
          || sentence.stream().noneMatch(d -> d.governor() == verb && d.dependent() == adjective + 1 && d.relation().equals("mark"))) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == loose ? new Dependency(adjective, verb, "xcomp") : d);
    }
    return sentence;
  }
}
