package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "The FAO said it would help both countries trace the source of the outbreak": the parser may read
 * the helped as the subject of a clause of their own ({@code ccomp(help, trace)}, {@code
 * nsubj(trace, countries)}), so "help" has no object and the aid no one it goes to. After "help"
 * (not its gerund) with a subject and no object, a noun right after the verb that is the subject of a bare verb's clause
 * is the verb's object, the clause its complement: {@code obj(help, countries)}, {@code xcomp(help,
 * trace)}, {@code nsubj:xsubj(trace, countries)}.
 */
public final class ObjectOfHelpReadAsSubject implements ParseRepair {
  /** Verbs whose object does what the bare verb after it says: "help them trace". */
  private static final Set<String> ENABLING = Set.of("help");
  /** Forms of the verb whose doer the sentence tells: not a gerund ("accusing them of helping Russia buy drone parts"). */
  private static final Set<String> TOLD_FORMS = Set.of("VB", "VBD", "VBZ", "VBP");
  /** What a bare verb's clause has none of: a marker, an auxiliary, a tense of its own. */
  private static final Set<String> BARE_TAGS = Set.of("VB", "VBP");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency clause : sentence) {
      int verb = clause.governor();
      int bare = clause.dependent();
      if (verb < 0 || !clause.relation().equals("ccomp") || bare < verb || !ENABLING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))
          || !TOLD_FORMS.contains(tokens.get(verb).tag())
          || !BARE_TAGS.contains(tokens.get(bare).tag())
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"))
          // "the deal, which it said would help Europe replace Russian gas": a thing's help is no
          // one's aid; only a helper the clause names as its subject.
          || sentence.stream().noneMatch(d -> d.governor() == verb && d.relation().equals("nsubj") && !tokens.get(d.dependent()).tag().startsWith("W"))
          || sentence.stream().anyMatch(d -> d.governor() == bare && (d.relation().equals("mark") || d.relation().startsWith("aux")))) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == bare && d.relation().equals("nsubj") && d.dependent() > verb && d.dependent() < bare)
          .findFirst();
      if (subject.isEmpty() || !tokens.get(subject.get().dependent()).isNoun()) {
        continue;
      }
      int noun = subject.get().dependent();
      Dependency helped = subject.get();
      List<Dependency> repaired = DependencyEdits.mapped(sentence, d -> d == helped ? new Dependency(verb, noun, "obj")
          : d == clause ? new Dependency(verb, bare, "xcomp") : d);
      repaired.add(new Dependency(bare, noun, "nsubj:xsubj"));
      return repaired;
    }
    return sentence;
  }
}
