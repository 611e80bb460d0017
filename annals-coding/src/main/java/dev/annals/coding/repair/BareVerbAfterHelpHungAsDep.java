package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "offered to help train Malian special forces": the parser may hang the bare verb right after
 * "help" on it as a loose {@code dep}, so that the training is read as done, not as what was
 * offered. A base-form verb right after "help", hung on it by {@code dep}, is its complement
 * ({@code xcomp(help, train)}), as "help to train" would be.
 */
public final class BareVerbAfterHelpHungAsDep implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency loose : sentence) {
      int help = loose.governor();
      int bare = loose.dependent();
      if (help < 0 || !loose.relation().equals("dep") || bare != help + 1 || !tokens.get(help).lemma().equalsIgnoreCase("help")
          || !tokens.get(bare).tag().equals("VB")) {
        continue;
      }
      return DependencyEdits.replaced(sentence, loose, new Dependency(help, bare, "xcomp"));
    }
    return sentence;
  }
}
