package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "warned that it would treat any Eritrean soldiers entering Sudan as a legitimate target": the
 * parser hangs the "as" phrase on the participle that describes the object ({@code
 * obl:as(entering, target)}), so the treating loses what the soldiers are treated as. After a
 * verb that takes its object "as" something (treat, regard, view, see, consider), an "as" phrase
 * on a participle of that object is the verb's: {@code obl:as(treat, target)}.
 */
public final class AsPhraseHungOnObjectsParticiple implements ParseRepair {
  private static final Set<String> TAKING_AS = Set.of("treat", "regard", "view", "see", "consider");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency as : sentence) {
      int participle = as.governor();
      if (participle < 0 || !as.relation().equals("obl:as") || !tokens.get(participle).tag().startsWith("VB")) {
        continue;
      }
      for (Dependency described : sentence) {
        if (described.dependent() != participle || !described.relation().equals("acl") || described.governor() < 0) {
          continue;
        }
        int object = described.governor();
        java.util.Optional<Integer> taking = sentence.stream().filter(d -> d.dependent() == object && d.relation().equals("obj") && d.governor() >= 0
            && d.governor() < object && TAKING_AS.contains(tokens.get(d.governor()).lemma().toLowerCase(Locale.ROOT))).map(Dependency::governor).findFirst();
        if (taking.isPresent()) {
          return DependencyEdits.replaced(sentence, as, new Dependency(taking.get(), as.dependent(), "obl:as"));
        }
      }
    }
    return sentence;
  }
}
