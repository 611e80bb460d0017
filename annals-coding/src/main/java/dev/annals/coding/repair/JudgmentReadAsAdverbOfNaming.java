package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Observers called the vote peaceful": the parser may hang the adjective a verb of naming gives
 * its object on the verb as a manner ({@code advmod(called, peaceful)}), so nothing says what the
 * object was called. An adjective after the object of a verb of naming or judging, with no other
 * predicate, is what the object is called: {@code xcomp(called, peaceful)}, {@code
 * nsubj:xsubj(peaceful, vote)}. (An adverb proper, "called the result loudly", is no adjective.)
 */
public final class JudgmentReadAsAdverbOfNaming implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency manner : sentence) {
      int verb = manner.governor();
      int adjective = manner.dependent();
      if (verb < 0 || !manner.relation().equals("advmod") || !tokens.get(adjective).tag().startsWith("JJ") || !RepairWords.isNamingOrJudging(tokens.get(verb))
          || DependencyEdits.hasChild(sentence, verb, "xcomp")) {
        continue;
      }
      Optional<Dependency> object = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("obj") && d.dependent() < adjective).findFirst();
      if (object.isEmpty() || !tokens.get(object.get().dependent()).isNoun()) {
        continue;
      }
      List<Dependency> repaired = DependencyEdits.replaced(sentence, manner, new Dependency(verb, adjective, "xcomp"));
      repaired.add(new Dependency(adjective, object.get().dependent(), "nsubj:xsubj"));
      return repaired;
    }
    return sentence;
  }
}
