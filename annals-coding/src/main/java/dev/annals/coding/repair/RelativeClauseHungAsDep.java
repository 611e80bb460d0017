package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Jaishankar held talks with President Mohamed Muizzu, who had demanded the withdrawal of Indian
 * troops soon after taking office in 2023": the parser may hang the relative clause on the main
 * verb as a loose dependent ({@code dep(held, demanded)}, {@code nsubj(demanded, who)}), so the
 * talks take the clause's time (2023) and the clause loses whom it is about. A clause whose
 * subject is "who" or "which" right after a comma and a noun is that noun's relative clause, as
 * the parser gives it when it reads it right: {@code acl:relcl(Muizzu, demanded)}, {@code
 * ref(Muizzu, who)}, {@code nsubj(demanded, Muizzu)}. So is a clause whose subject is owned by
 * "whose" right after a comma and a noun ("The United States, whose warships have called at Subic
 * since last year, thanked Manila"): {@code acl:relcl(States, called)}, and one right after the noun
 * it hangs on, with no comma ("fishermen whose boat was seized").
 */
public final class RelativeClauseHungAsDep implements ParseRepair {
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");
  /** How the parser hangs such a clause loose: as a bare dependent, or as a clause beside the sentence ("received by the king and held talks with the prime minister, who promised 25 million euros"). */
  private static final Set<String> LOOSE = Set.of("dep", "parataxis");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency hung : sentence) {
      int clause = hung.dependent();
      if (!LOOSE.contains(hung.relation()) || hung.governor() < 0 || !tokens.get(clause).isVerb()) {
        continue;
      }
      // (A passive's too: "asked for consular access to the miners, who are being held in Paramaribo".)
      Optional<Dependency> pronounSubject = sentence.stream().filter(d -> d.governor() == clause && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))
          && RELATIVE_PRONOUNS.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT))).findFirst();
      if (pronounSubject.isEmpty()) {
        // Not on the root noun: "Mali and Guinea, whose citizens were expelled, demanded" hangs the
        // main verb on the clause too, which MainVerbHungOnRelativeClause mends whole.
        Optional<Integer> whose = hung.governor() == DependencyEdits.root(sentence) ? Optional.empty()
            : whoseSubjectNoun(tokens, sentence, clause).or(() -> restrictiveWhoseNoun(tokens, sentence, clause, hung.governor()));
        if (whose.isPresent()) {
          return DependencyEdits.mapped(sentence, d -> d == hung ? new Dependency(whose.get(), clause, "acl:relcl") : d);
        }
        continue;
      }
      int pronoun = pronounSubject.get().dependent();
      int noun = pronoun - 2;
      if (noun < 0 || !tokens.get(pronoun - 1).text().equals(",") || !tokens.get(noun).isNoun()) {
        continue;
      }
      return DependencyEdits.hungClauseMadeRelative(sentence, hung, pronounSubject.get(), noun);
    }
    return sentence;
  }

  /**
   * "agreed to release 12 Maldivian fishermen whose boat was seized in April" ({@code
   * dep(fishermen, seized)}): the noun right before "whose", with no comma, when the clause already
   * hangs on it.
   */
  private static Optional<Integer> restrictiveWhoseNoun(List<Token> tokens, List<Dependency> sentence, int clause, int governor) {
    return RepairWords.whoseOfSubject(tokens, sentence, clause).stream()
        .filter(whose -> whose >= 1 && whose - 1 == governor && tokens.get(governor).isNoun())
        .map(whose -> whose - 1).findFirst();
  }

  /** The noun before ", whose" when the clause's subject is owned by that "whose": "States, whose warships have called". */
  private static Optional<Integer> whoseSubjectNoun(List<Token> tokens, List<Dependency> sentence, int clause) {
    return RepairWords.whoseOfSubject(tokens, sentence, clause).stream()
        .filter(whose -> whose >= 2 && tokens.get(whose - 1).text().equals(",") && tokens.get(whose - 2).isNoun())
        .map(whose -> whose - 2).findFirst();
  }

}
