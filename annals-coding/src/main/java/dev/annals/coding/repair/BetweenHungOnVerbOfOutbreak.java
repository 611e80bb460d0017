package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Fighting broke out in Tripoli between government forces and the Radaa militia", "clashes
 * erupted between police and protesters": the parser hangs "between …" on the verb ({@code
 * obl:between(broke, forces)}), but a verb of breaking out or going on happens to its subject and
 * has no sides of its own; the sides are the subject's, the fighting's: {@code
 * nmod:between(Fighting, forces)}.
 */
public final class BetweenHungOnVerbOfOutbreak implements ParseRepair {
  /** Verbs that say only that their subject, an event, happened or went on ("took" as in "took place"). */
  public static final Set<String> OUTBREAK_VERBS = Set.of("break", "erupt", "flare", "rage", "occur", "resume", "escalate", "intensify", "continue",
      "spread", "happen", "take");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency between : sentence) {
      int verb = between.governor();
      if (verb < 0 || !between.relation().equals("obl:between") || !OUTBREAK_VERBS.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      // "take" only as "took place".
      if (tokens.get(verb).lemma().equalsIgnoreCase("take")
          && sentence.stream().noneMatch(d -> d.governor() == verb && d.relation().equals("obj") && tokens.get(d.dependent()).lemma().equalsIgnoreCase("place"))) {
        continue;
      }
      Optional<Integer> subject = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj")).map(Dependency::dependent)
          .filter(s -> tokens.get(s).tag().startsWith("NN") && !tokens.get(s).tag().startsWith("NNP")).findFirst();
      if (subject.isPresent()) {
        return DependencyEdits.replaced(sentence, between, new Dependency(subject.get(), between.dependent(), "nmod:between"));
      }
    }
    return sentence;
  }
}
