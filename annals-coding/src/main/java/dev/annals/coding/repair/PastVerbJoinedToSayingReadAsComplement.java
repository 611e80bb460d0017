package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Israel's foreign ministry said the boat had tried to break a lawful blockade and accused
 * Colombia's government of encouraging provocations": the parser joins "accused" to "said"
 * ({@code conj:and(said, accused)}) and also makes it a complement of the reported "tried"
 * ({@code xcomp(tried, accused)}), with no subject of its own, so no one accuses. A complement of
 * "tried" would be an infinitive; a past verb with no auxiliary of its own that is joined to the
 * saying is the sayer's second act: the {@code xcomp} goes and the sayer is its subject.
 */
public final class PastVerbJoinedToSayingReadAsComplement implements ParseRepair {
  private static final Set<String> PAST = Set.of("VBD", "VBN");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency complement : sentence) {
      int verb = complement.dependent();
      int inner = complement.governor();
      if (inner < 0 || !complement.relation().equals("xcomp") || !PAST.contains(tokens.get(verb).tag())
          || DependencyEdits.hasChild(sentence, verb, "nsubj") || DependencyEdits.hasChild(sentence, verb, "nsubj:pass")
          || DependencyEdits.hasChild(sentence, verb, "aux") || DependencyEdits.hasChild(sentence, verb, "aux:pass") || DependencyEdits.hasChild(sentence, verb, "mark")) {
        continue;
      }
      Optional<Integer> saying = sentence.stream().filter(d -> d.dependent() == verb && d.relation().startsWith("conj") && d.governor() >= 0
          && DependencyEdits.hasEdge(sentence, d.governor(), inner, "ccomp")).map(Dependency::governor).findFirst();
      Optional<Integer> sayer = saying.flatMap(s -> sentence.stream().filter(d -> d.governor() == s && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst());
      if (sayer.isEmpty()) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.without(sentence, complement);
      mended.add(new Dependency(verb, sayer.get(), "nsubj"));
      return mended;
    }
    return sentence;
  }
}
