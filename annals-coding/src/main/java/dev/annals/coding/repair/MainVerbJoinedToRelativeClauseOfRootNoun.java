package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Traders in the Ivorian town of Danane, who buy Liberian rubber and palm oil, marched to the
 * prefecture on Saturday, demanding that the border reopen": the parser may leave the subject as
 * the sentence's root ({@code root(Traders)}), hang the "who" clause on the nearest noun ({@code
 * acl:relcl(Danane, buy)}) and join the main verb and its participle to that clause ({@code
 * conj(buy, marched)}, {@code conj(buy, demanding)}). A past verb after the comma that closes a
 * clause a comma and "who" opened is the main verb: it becomes the root with the noun for its
 * subject; "who" stands for the root noun, not a place; and a participle joined after it tells how
 * it was done ({@code advcl(marched, demanding)}).
 */
public final class MainVerbJoinedToRelativeClauseOfRootNoun implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int noun = DependencyEdits.root(sentence);
    if (noun < 0 || !tokens.get(noun).tag().startsWith("NN")) {
      return sentence;
    }
    for (Dependency relcl : sentence) {
      int clause = relcl.dependent();
      if (!relcl.relation().equals("acl:relcl") || relcl.governor() < noun) {
        continue;
      }
      Optional<Dependency> ref = sentence.stream().filter(d -> d.governor() == relcl.governor() && d.relation().equals("ref") && d.dependent() > 0
          && tokens.get(d.dependent()).text().equalsIgnoreCase("who") && tokens.get(d.dependent() - 1).text().equals(",")).findFirst();
      Optional<Dependency> joined = sentence.stream().filter(d -> d.governor() == clause && d.relation().startsWith("conj") && d.dependent() > clause
          && tokens.get(d.dependent()).tag().equals("VBD") && tokens.get(d.dependent() - 1).text().equals(",")).findFirst();
      if (ref.isEmpty() || joined.isEmpty()) {
        continue;
      }
      int verb = joined.get().dependent();
      List<Dependency> mended = relcl.governor() == noun ? new ArrayList<>(sentence) : DependencyEdits.relativeMoved(sentence, relcl, ref.get(), noun);
      mended = DependencyEdits.mapped(mended, d -> d.governor() < 0 ? new Dependency(d.governor(), verb, d.relation())
          : d.governor() == clause && d.relation().startsWith("conj") && d.dependent() > verb && tokens.get(d.dependent()).tag().equals("VBG")
              ? new Dependency(verb, d.dependent(), "advcl") : d);
      mended.removeIf(d -> d.governor() == clause && d.dependent() == verb && d.relation().startsWith("conj"));
      mended.add(new Dependency(verb, noun, "nsubj"));
      return mended;
    }
    return sentence;
  }
}
