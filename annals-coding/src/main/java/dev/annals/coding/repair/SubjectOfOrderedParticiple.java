package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "40 of them had been ordered deported by Russian courts on Monday": the people ordered are the
 * passive subject of "ordered" only ({@code nsubj:pass(ordered, them)}); the participle of what
 * was ordered done to them ({@code xcomp(ordered, deported)}), which carries the one who orders it
 * ({@code obl:by(deported, courts)}), has no subject, so the deportation is of no one. A past
 * participle under a passive verb of ordering is a passive of its own with the same subject and
 * auxiliaries: {@code nsubj:pass(deported, them)}.
 */
public final class SubjectOfOrderedParticiple implements ParseRepair {
  private static final Set<String> ORDERING = Set.of("order", "sentence", "decree");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency complement : sentence) {
      int order = complement.governor();
      int done = complement.dependent();
      if (order < 0 || !complement.relation().equals("xcomp") || !ORDERING.contains(tokens.get(order).lemma().toLowerCase(java.util.Locale.ROOT))
          || !tokens.get(order).tag().equals("VBN") || !tokens.get(done).tag().equals("VBN")) {
        continue;
      }
      Optional<Dependency> ordered = sentence.stream().filter(d -> d.governor() == order && d.relation().equals("nsubj:pass")).findFirst();
      List<Dependency> auxiliaries = sentence.stream().filter(d -> d.governor() == order && (d.relation().equals("aux:pass") || d.relation().equals("aux"))).toList();
      boolean ownSubject = sentence.stream().anyMatch(d -> d.governor() == done && d.relation().startsWith("nsubj"));
      if (ordered.isEmpty() || ownSubject || auxiliaries.stream().noneMatch(d -> d.relation().equals("aux:pass"))) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>(sentence);
      mended.add(new Dependency(done, ordered.get().dependent(), "nsubj:pass"));
      for (Dependency auxiliary : auxiliaries) {
        mended.add(new Dependency(done, auxiliary.dependent(), auxiliary.relation()));
      }
      return mended;
    }
    return sentence;
  }
}
