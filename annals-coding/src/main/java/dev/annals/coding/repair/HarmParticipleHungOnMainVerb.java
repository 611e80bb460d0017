package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Tunisia closed the crossing with Libya on Saturday after militiamen on the Libyan side fired on
 * its customs officers, wounding two of them": the parser may hang the participle of harm on the
 * main verb ({@code dep(closed, wounding)}), so that Tunisia wounds. A participle of killing or
 * wounding, with no subject of its own, hung on a main verb that harms no one, after an adverbial
 * clause of that verb that tells an attack, is what the attack did: {@code advcl(fired,
 * wounding)}.
 */
public final class HarmParticipleHungOnMainVerb implements ParseRepair {
  /** Participles of what an attack does to people. */
  private static final Set<String> HARMING = Set.of("kill", "wound", "injure", "hurt");
  /** Verbs of an attack. */
  private static final Set<String> ATTACKING = Set.of("fire", "attack", "shoot", "shell", "strike", "open", "ambush", "raid", "bomb");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency hung : sentence) {
      int main = hung.governor();
      int participle = hung.dependent();
      if (main < 0 || !(hung.relation().equals("dep") || hung.relation().startsWith("advcl")) || !tokens.get(participle).tag().equals("VBG")
          || !HARMING.contains(lemma(tokens, participle)) || HARMING.contains(lemma(tokens, main)) || ATTACKING.contains(lemma(tokens, main))
          || sentence.stream().anyMatch(d -> d.governor() == participle && d.relation().startsWith("nsubj"))) {
        continue;
      }
      Optional<Dependency> attack = sentence.stream().filter(d -> d.governor() == main && d.relation().startsWith("advcl") && d.dependent() > main
          && d.dependent() < participle && ATTACKING.contains(lemma(tokens, d.dependent()))).findFirst();
      if (attack.isEmpty()) {
        continue;
      }
      int attackVerb = attack.get().dependent();
      return DependencyEdits.mapped(sentence, d -> d == hung ? new Dependency(attackVerb, participle, "advcl") : d);
    }
    return sentence;
  }

  private static String lemma(List<Token> tokens, int token) {
    return tokens.get(token).lemma().toLowerCase(Locale.ROOT);
  }
}
