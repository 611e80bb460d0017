package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Benin's government condemned the killings, denied sheltering the gangs and said …": the parser
 * may read a finite verb before a gerund as the gerund's auxiliary, as if it were "was" in "was
 * sheltering" ({@code aux(sheltering, denied)}), so that the gerund becomes the verb the subject
 * does. A finite verb that is no auxiliary is the clause's verb: it takes the gerund's place in
 * the sentence and its subject, and the gerund is its complement ({@code xcomp(denied,
 * sheltering)}), as the parser reads "denied sheltering" elsewhere.
 */
public final class VerbReadAsAuxiliaryOfGerund implements ParseRepair {
  /** Verbs that are auxiliaries before a gerund or a participle. */
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get", "will", "would", "shall", "should", "can", "could", "may", "might", "must");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    Optional<Dependency> misread = sentence.stream().filter(d -> d.relation().equals("aux") && d.governor() >= 0 && d.dependent() == d.governor() - 1
        && tokens.get(d.governor()).tag().equals("VBG") && FINITE.contains(tokens.get(d.dependent()).tag())
        && !AUXILIARIES.contains(tokens.get(d.dependent()).lemma().toLowerCase(Locale.ROOT))).findFirst();
    if (misread.isEmpty()) {
      return sentence;
    }
    int gerund = misread.get().governor();
    int verb = misread.get().dependent();
    return DependencyEdits.mapped(sentence, d -> {
      if (d == misread.get()) {
        return new Dependency(verb, gerund, "xcomp");
      }
      if (d.dependent() == gerund) {
        return new Dependency(d.governor(), verb, d.relation());
      }
      if (d.governor() == gerund && d.relation().startsWith("nsubj")) {
        return new Dependency(verb, d.dependent(), d.relation());
      }
      return d;
    });
  }
}
