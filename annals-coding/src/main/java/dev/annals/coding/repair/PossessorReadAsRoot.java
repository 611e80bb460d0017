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
 * sentence's punctuation is the verb's.
 */
public final class PossessorReadAsRoot implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    Optional<Dependency> rootEdge = sentence.stream().filter(d -> d.governor() < 0).findFirst();
    if (rootEdge.isEmpty()) {
      return sentence;
    }
    int owner = rootEdge.get().dependent();
    boolean possessive = owner + 1 < tokens.size() && tokens.get(owner + 1).tag().equals("POS")
        && sentence.stream().anyMatch(d -> d.governor() == owner && d.dependent() == owner + 1);
    if (!tokens.get(owner).isNoun() || !possessive) {
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
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == rootEdge.get() || d == loose) {
          continue;
        }
        mended.add(d.governor() == owner && d.relation().equals("punct") ? new Dependency(verb, d.dependent(), "punct") : d);
      }
      mended.add(new Dependency(rootEdge.get().governor(), verb, rootEdge.get().relation()));
      mended.add(new Dependency(owned.get(), owner, "nmod:poss"));
      return mended;
    }
    return sentence;
  }
}
