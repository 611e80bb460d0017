package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "Taiwan would not be intimidated but remained willing to talk to Beijing": the parser may hang
 * the infinitive after an adjective as a loose dependent ({@code dep(willing, talk)}) rather than
 * its complement, so the act has no one to do it and no mood. A bare verb with its "to", right
 * after an adjective it hangs on that way, is the adjective's complement ({@code xcomp(willing,
 * talk)}), as "ready to talk" is parsed elsewhere.
 */
public final class InfinitiveHungLooselyOnAdjective implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency loose : sentence) {
      int adjective = loose.governor();
      int verb = loose.dependent();
      if (!loose.relation().equals("dep") || adjective < 0 || verb != adjective + 2 || !tokens.get(adjective).tag().startsWith("JJ")
          || !tokens.get(verb).tag().equals("VB") || !tokens.get(adjective + 1).text().equalsIgnoreCase("to")
          || sentence.stream().noneMatch(d -> d.governor() == verb && d.dependent() == adjective + 1 && d.relation().equals("mark"))) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == loose ? new Dependency(adjective, verb, "xcomp") : d);
    }
    return sentence;
  }
}
