package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Turkey's culture and tourism minister, who signed the loan agreement during a visit, promised
 * that every piece would be insured": the parser may make the possessor the sentence's root and
 * hang the main verb on it loosely ({@code root(Turkey)}, {@code dep(Turkey, promised)}), so the
 * minister belongs to no country and the promise to no sentence. A name with its "'s" as the root,
 * with a verb hung loosely on it whose subject comes after the name and before the verb, is that
 * subject's possessor ({@code nmod:poss(minister, Turkey)}); the verb is the root, and the
 * punctuation after it the verb's.
 */
public final class PossessorReadAsRoot implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int owner = DependencyEdits.root(sentence);
    boolean possessive = owner >= 0 && owner + 1 < tokens.size() && tokens.get(owner + 1).tag().equals("POS")
        && sentence.stream().anyMatch(d -> d.governor() == owner && d.dependent() == owner + 1);
    if (!possessive || !tokens.get(owner).isNoun()) {
      return sentence;
    }
    for (Dependency loose : sentence) {
      int verb = loose.dependent();
      if (loose.governor() != owner || !loose.relation().equals("dep") || !tokens.get(verb).tag().startsWith("VB")) {
        continue;
      }
      Optional<Integer> owned = sentence.stream().filter(d -> d.governor() == verb && d.relation().startsWith("nsubj") && d.dependent() > owner + 1 && d.dependent() < verb)
          .map(Dependency::dependent).findFirst();
      if (owned.isEmpty()) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>(DependencyEdits.rootedAt(DependencyEdits.without(sentence, loose), owner, verb, d -> d));
      mended.add(new Dependency(owned.get(), owner, "nmod:poss"));
      return mended;
    }
    return sentence;
  }
}
