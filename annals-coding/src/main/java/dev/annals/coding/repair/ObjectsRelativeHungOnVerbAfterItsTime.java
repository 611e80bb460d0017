package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "seized 32 containers of waste at the port on Monday that had been shipped from Canada": a
 * relative clause put off until after the verb's time or place ("on Monday that") may be hung on
 * the verb as a loose dependent ({@code dep(seized, shipped)}, {@code nsubj:pass(shipped, that)}),
 * and the containers lose where they came from. A loose clause whose subject is the relative
 * "that" or "which", right after the last word of one of the verb's obliques, belongs to the
 * verb's object before it: {@code acl:relcl(containers, shipped)}, {@code ref(containers, that)},
 * {@code nsubj:pass(shipped, containers)}. (A "that" opening a reported clause, "announced on
 * Monday that it had", is its marker, not its subject.)
 */
public final class ObjectsRelativeHungOnVerbAfterItsTime implements ParseRepair {
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which");
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency hung : sentence) {
      int clause = hung.dependent();
      int verb = hung.governor();
      if (!hung.relation().equals("dep") || verb < 0 || !tokens.get(clause).isVerb() || clause < verb) {
        continue;
      }
      Optional<Dependency> pronounSubject = sentence.stream().filter(d -> d.governor() == clause && SUBJECTS.contains(d.relation())
          && tokens.get(d.dependent()).tag().equals("WDT") && RELATIVE_PRONOUNS.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT))).findFirst();
      if (pronounSubject.isEmpty()) {
        continue;
      }
      int pronoun = pronounSubject.get().dependent();
      boolean afterOblique = sentence.stream().anyMatch(d -> d.governor() == verb && d.baseRelation().equals("obl") && d.dependent() == pronoun - 1);
      Optional<Integer> object = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("obj") && d.dependent() < pronoun
          && tokens.get(d.dependent()).isNoun()).map(Dependency::dependent).findFirst();
      if (!afterOblique || object.isEmpty()) {
        continue;
      }
      return DependencyEdits.hungClauseMadeRelative(sentence, hung, pronounSubject.get(), object.get());
    }
    return sentence;
  }
}
