package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The information minister said the shipment had come from an Omani port and called on Muscat to
 * tighten its controls": the tagger reads "called" as a participle, and the parser makes it both a
 * verb joined to "said" ({@code conj:and(said, called)}) and a participle on the noun before it
 * ({@code acl(shipment, called)}), with no subject, and hangs the infinitive after it on "said"
 * ({@code xcomp(said, tighten)}). A verb after "and" that is joined to a verb with a subject is
 * that verb's second act: the participle's edge goes, the joined verb's subject is its subject,
 * and a complement after it that hangs on the first verb is its own.
 */
public final class JoinedVerbAlsoReadAsParticiple implements ParseRepair {
  /** Complements a verb takes after it, which the parser may hang on the verb it is joined to. */
  private static final Set<String> COMPLEMENTS = Set.of("xcomp", "advcl", "advcl:to");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency participle : sentence) {
      int verb = participle.dependent();
      if (!participle.relation().equals("acl") || participle.governor() < 0 || verb < 1 || !tokens.get(verb - 1).text().equalsIgnoreCase("and")
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"))) {
        continue;
      }
      Optional<Integer> first = sentence.stream().filter(d -> d.dependent() == verb && d.relation().equals("conj:and") && d.governor() >= 0 && d.governor() < verb)
          .map(Dependency::governor).findFirst();
      Optional<Integer> subject = first.flatMap(f -> sentence.stream().filter(d -> d.governor() == f && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst());
      if (subject.isEmpty()) {
        continue;
      }
      int firstVerb = first.get();
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == participle) {
          continue;
        }
        mended.add(d.governor() == firstVerb && d.dependent() > verb && COMPLEMENTS.contains(d.relation()) ? new Dependency(verb, d.dependent(), d.relation()) : d);
      }
      mended.add(new Dependency(verb, subject.get(), "nsubj"));
      return mended;
    }
    return sentence;
  }
}
