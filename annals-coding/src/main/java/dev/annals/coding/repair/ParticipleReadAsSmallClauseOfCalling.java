package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "called the move a breach of the operating contract signed in 2024": the parser may take the
 * participle closing the judgment's phrase for the small clause of the calling ({@code
 * xcomp(called, signed)}), with the object as its subject ({@code nsubj(signed, move)}) and the
 * judgment hung loosely on the object ({@code dep(move, breach)}), so the calling has no object.
 * The object is the calling's ({@code obj(called, move)}), as the parser gives "called the move a
 * breach of the contract", and the participle modifies the noun right before it ({@code
 * acl(contract, signed)}).
 */
public final class ParticipleReadAsSmallClauseOfCalling implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency clause : sentence) {
      int calling = clause.governor();
      int participle = clause.dependent();
      if (calling < 0 || !clause.relation().equals("xcomp") || participle < calling + 3 || !tokens.get(participle).tag().equals("VBN")
          || !QuotedJudgmentReadAsModifier.CALLING.contains(tokens.get(calling).lemma().toLowerCase(Locale.ROOT))
          || sentence.stream().anyMatch(d -> d.governor() == calling && d.relation().equals("obj"))) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("nsubj") && d.dependent() > calling).findFirst();
      if (subject.isEmpty()) {
        continue;
      }
      int object = subject.get().dependent();
      boolean judged = sentence.stream().anyMatch(d -> d.governor() == object && d.relation().equals("dep") && tokens.get(d.dependent()).isNoun()
          && d.dependent() > object && d.dependent() < participle);
      boolean nounBefore = tokens.get(participle - 1).isNoun() && participle - 1 > object;
      if (!tokens.get(object).isNoun() || !judged || !nounBefore) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == subject.get() ? new Dependency(calling, object, "obj")
          : d == clause ? new Dependency(participle - 1, participle, "acl") : d);
    }
    return sentence;
  }
}
