package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Petteri Orpo, who flew in for a one-day visit, and his Estonian counterpart Kristen Michal
 * signed a declaration": the parser leaves the first name as the sentence's root, reads the verb
 * as a second verb of its relative clause ({@code conj:and(flew, signed)}, {@code
 * acl:relcl(Orpo, signed)}) and gives it only the second subject, so the first signs nothing. A
 * relative clause closed by a comma before "and" and a second subject ends the first subject: the
 * verb after them is the sentence's, with both subjects joined ({@code root(signed)}, {@code
 * nsubj(signed, Orpo)}, {@code conj:and(Orpo, counterpart)}).
 */
public final class SubjectClosedByRelativeClauseBeforeJoinedSubject implements ParseRepair {
  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    Optional<Dependency> root = sentence.stream().filter(d -> d.relation().equals("root")).findFirst();
    if (root.isEmpty() || !tokens.get(root.get().dependent()).tag().startsWith("NN")) {
      return sentence;
    }
    int first = root.get().dependent();
    for (Dependency joined : sentence) {
      int inner = joined.governor();
      int verb = joined.dependent();
      if (!joined.relation().equals("conj:and") || inner < 0 || !FINITE_TAGS.contains(tokens.get(verb).tag()) || !isRelativeClauseOf(sentence, first, inner)
          || !isRelativeClauseOf(sentence, first, verb)) {
        continue;
      }
      Optional<Integer> second = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj") && d.dependent() > inner)
          .map(Dependency::dependent).findFirst();
      if (second.isEmpty()) {
        continue;
      }
      int start = DependencyEdits.phraseStart(sentence, second.get());
      if (start < 2 || !tokens.get(start - 1).text().equalsIgnoreCase("and") || !tokens.get(start - 2).text().equals(",")) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == root.get()) {
          mended.add(new Dependency(-1, verb, "root"));
        } else if (d == joined || (d.governor() == first && d.dependent() == verb && d.relation().equals("acl:relcl"))) {
          continue;
        } else if (d.governor() == verb && d.relation().equals("cc") && d.dependent() == start - 1) {
          mended.add(new Dependency(second.get(), d.dependent(), "cc"));
        } else {
          mended.add(d);
        }
      }
      mended.add(new Dependency(verb, first, "nsubj"));
      mended.add(new Dependency(first, second.get(), "conj:and"));
      return mended;
    }
    return sentence;
  }

  private static boolean isRelativeClauseOf(List<Dependency> sentence, int noun, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == noun && d.dependent() == verb && d.relation().equals("acl:relcl"));
  }
}
