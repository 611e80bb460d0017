package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "The Taliban's foreign ministry said the men were farmers collecting firewood, condemned the
 * killings and demanded …": the parser may take the reported clause's copula for an auxiliary of
 * the next verb of the list ({@code aux(condemned, were)}), give that verb both the clause's
 * subject and its predicate as subjects ({@code nsubj(condemned, men)}, {@code nsubj(condemned,
 * farmers)}) and hang it on the saying as what was said, so that the men condemn. A past verb
 * after a comma cannot have "were" for an auxiliary: the predicate noun is what was said ({@code
 * ccomp(said, farmers)}, with {@code nsubj(farmers, men)} and {@code cop(farmers, were)}), and the
 * past verb is the speaker's next act ({@code conj:and(said, condemned)}, {@code
 * nsubj(condemned, ministry)}).
 */
public final class CopulaOfReportedClauseReadAsAuxiliary implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency reported : sentence) {
      int saying = reported.governor();
      int verb = reported.dependent();
      if (saying < 0 || !reported.relation().equals("ccomp") || !RepairWords.isSaying(tokens.get(saying)) || !tokens.get(verb).tag().equals("VBD")
          || verb < 1 || !tokens.get(verb - 1).text().equals(",")) {
        continue;
      }
      Optional<Dependency> copula = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("aux")
          && tokens.get(d.dependent()).lemma().toLowerCase(Locale.ROOT).equals("be")).findFirst();
      List<Dependency> subjects = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj")).toList();
      Optional<Dependency> speaker = sentence.stream().filter(d -> d.governor() == saying && d.relation().equals("nsubj")).findFirst();
      if (copula.isEmpty() || subjects.size() != 2 || speaker.isEmpty()) {
        continue;
      }
      Dependency first = subjects.get(0).dependent() < subjects.get(1).dependent() ? subjects.get(0) : subjects.get(1);
      Dependency predicate = first == subjects.get(0) ? subjects.get(1) : subjects.get(0);
      int be = copula.get().dependent();
      if (!(first.dependent() < be && be < predicate.dependent() && predicate.dependent() < verb) || !tokens.get(predicate.dependent()).isNoun()) {
        continue;
      }
      int noun = predicate.dependent();
      return DependencyEdits.mapped(sentence, d -> {
        if (d == reported) {
          return new Dependency(saying, noun, "ccomp");
        }
        if (d == first) {
          return new Dependency(noun, first.dependent(), "nsubj");
        }
        if (d == copula.get()) {
          return new Dependency(noun, be, "cop");
        }
        if (d == predicate) {
          return new Dependency(saying, verb, "conj:and");
        }
        return d;
      }).stream().collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
        list.add(new Dependency(verb, speaker.get().dependent(), "nsubj"));
        return list;
      }));
    }
    return sentence;
  }
}
