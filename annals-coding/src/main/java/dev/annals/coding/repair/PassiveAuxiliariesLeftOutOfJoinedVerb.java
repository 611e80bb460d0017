package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "the crews would be questioned and the boats sunk if a court found them guilty": the second
 * passive leaves out the "would be" of the first, and the parser reads it as an active verb with
 * the boats as its doer ({@code nsubj(sunk, boats)}), so the boats sink something. A past
 * participle joined to a passive verb, with a subject but no auxiliary, copula or object of its
 * own, is passive too: its subject is what is acted on ({@code nsubj:pass}), and it shares the
 * first verb's auxiliaries (the modal that makes it a prospect, the passive "be").
 */
public final class PassiveAuxiliariesLeftOutOfJoinedVerb implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int first = joined.governor();
      int second = joined.dependent();
      if (first < 0 || !joined.relation().equals("conj:and") || second < first || !tokens.get(second).tag().equals("VBN")) {
        continue;
      }
      List<Dependency> passiveAuxiliaries = sentence.stream().filter(d -> d.governor() == first && (d.relation().equals("aux:pass") || d.relation().equals("aux")))
          .toList();
      if (passiveAuxiliaries.stream().noneMatch(d -> d.relation().equals("aux:pass"))) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == second && d.relation().equals("nsubj")).findFirst();
      boolean ownWords = sentence.stream().anyMatch(d -> d.governor() == second
          && (d.relation().startsWith("aux") || d.relation().equals("cop") || d.relation().equals("obj") || d.relation().equals("nsubj:pass")));
      if (subject.isEmpty() || ownWords || subject.get().dependent() > second || subject.get().dependent() < first) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        mended.add(d == subject.get() ? new Dependency(second, d.dependent(), "nsubj:pass") : d);
      }
      for (Dependency auxiliary : passiveAuxiliaries) {
        mended.add(new Dependency(second, auxiliary.dependent(), auxiliary.relation()));
      }
      return mended;
    }
    return sentence;
  }
}
