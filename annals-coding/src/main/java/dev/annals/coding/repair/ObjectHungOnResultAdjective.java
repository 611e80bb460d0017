package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "Turkish soldiers shot dead an Iranian border guard": the parser hangs the object on the
 * adjective of the result ({@code xcomp(shot, dead)}, {@code obj(dead, guard)}), so the shooting
 * has no one it was done to. An adjective takes no object: the object goes to the verb whose
 * result the adjective tells ({@code obj(shot, guard)}).
 */
public final class ObjectHungOnResultAdjective implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency obj : sentence) {
      int adjective = obj.governor();
      if (adjective < 0 || !obj.relation().equals("obj") || !tokens.get(adjective).tag().startsWith("JJ")) {
        continue;
      }
      var result = sentence.stream().filter(d -> d.dependent() == adjective && d.relation().equals("xcomp") && d.governor() >= 0
          && tokens.get(d.governor()).isVerb()).findFirst();
      if (result.isEmpty()) {
        continue;
      }
      int verb = result.get().governor();
      return DependencyEdits.mapped(sentence, d -> d == obj ? new Dependency(verb, d.dependent(), "obj") : d);
    }
    return sentence;
  }
}
