package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Haitian police backed by a UN force raided the area": the parser reads "police backed" as a
 * clause of its own and makes it the clausal subject of "raided" ({@code nsubj(backed, police)},
 * {@code csubj(raided, backed)}), so the raid loses its doer. A clausal subject is a gerund, a
 * "that" or a "to" clause, never a bare past participle: a participle with a subject of its own
 * that is the clausal subject of a later verb is a reduced relative on that subject. The subject
 * becomes the later verb's ({@code nsubj(raided, police)}, and so for each verb it was the
 * clausal subject of) and the participle describes it ({@code acl(police, backed)}).
 */
public final class ParticipleReadAsClausalSubject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency clausal : sentence) {
      int participle = clausal.dependent();
      if (!clausal.relation().equals("csubj") || !tokens.get(participle).tag().equals("VBN") || clausal.governor() < participle
          || sentence.stream().anyMatch(d -> d.governor() == participle && (d.relation().equals("aux") || d.relation().equals("aux:pass") || d.relation().equals("mark")))) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("nsubj") && d.dependent() < participle).findFirst();
      if (subject.isEmpty() || !tokens.get(subject.get().dependent()).isNoun()) {
        continue;
      }
      if (finiteVerbBetween(tokens, sentence, participle, clausal.governor())) {
        // "A report released last year found that …, coming from": the parse is wrong elsewhere,
        // and the later verb is no verb of the participle's subject.
        continue;
      }
      int noun = subject.get().dependent();
      Dependency ownSubject = subject.get();
      return DependencyEdits.mapped(sentence, d -> d == ownSubject ? new Dependency(noun, participle, "acl")
          : d.relation().equals("csubj") && d.dependent() == participle ? new Dependency(d.governor(), noun, "nsubj") : d);
    }
    return sentence;
  }

  /**
   * A verb tagged finite that the parse itself hangs on a noun as a participle ("on a cargo ship
   * anchored off Varna", {@code acl(ship, anchored)} though "anchored" is tagged VBD) is one more
   * reduced relative, not a clause of its own.
   */
  private static boolean finiteVerbBetween(List<Token> tokens, List<Dependency> sentence, int from, int to) {
    for (int t = from + 1; t < to; t++) {
      String tag = tokens.get(t).tag();
      int verb = t;
      boolean participleOfNoun = sentence.stream().anyMatch(d -> d.dependent() == verb && d.relation().equals("acl"));
      if ((tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) && !participleOfNoun) {
        return true;
      }
    }
    return false;
  }
}
