package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Trump told reporters that the government was terrified of the cartels and that U.S. forces
 * could act alone": the parser hangs the second "that" clause on the first clause's verb as an
 * oblique ({@code obl(terrified, act)}), so the acting loses the saying that reports it. A clause
 * marked "that" right after "and", "but" or "or", following a "that" clause complement of a verb,
 * is a second complement of that verb, joined to the first.
 */
public final class SecondThatClauseHungOnFirst implements ParseRepair {
  private static final Set<String> JOINING = Set.of("and", "but", "or");
  /** How a clause legitimately hangs on another: as its complement, joined to it, or as what a noun says. */
  private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "conj", "acl", "advcl", "csubj", "parataxis", "xcomp", "root");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency hung : sentence) {
      int second = hung.dependent();
      int host = hung.governor();
      // (Or joined to the verb whose complement the first clause is, which no clause marked
      // "that" can be: "said men with jobs would be allowed to stay, but that it would not reverse
      // the decision", {@code conj:but(said, reverse)}.)
      boolean joinedToTheSaying = hung.baseRelation().equals("conj") && host >= 0 && DependencyEdits.hasChild(sentence, host, "ccomp");
      if (host < 0 || (CLAUSE_RELATIONS.contains(hung.baseRelation()) && !joinedToTheSaying) || !tokens.get(second).isVerb()) {
        continue;
      }
      Optional<Integer> mark = sentence.stream().filter(d -> d.governor() == second && d.relation().equals("mark")
          && tokens.get(d.dependent()).lemma().equalsIgnoreCase("that")).map(Dependency::dependent).findFirst();
      if (mark.isEmpty() || mark.get() < 1 || !JOINING.contains(tokens.get(mark.get() - 1).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int joiner = mark.get() - 1;
      // The first clause: a "that" complement before the joiner, of a verb outside it.
      // (Or one without "that", when the second clause hangs loose on the same verb: "said men
      // with jobs would be allowed to stay, but that it would not reverse the decision",
      // {@code dep(said, reverse)}.)
      Optional<Dependency> first = sentence.stream().filter(d -> d.relation().equals("ccomp") && d.dependent() < joiner && d.governor() >= 0
          && d.governor() != second && (hasThat(sentence, tokens, d.dependent()) || (d.governor() == host && (hung.relation().equals("dep") || joinedToTheSaying)))).findFirst();
      if (first.isEmpty() || first.get().dependent() == second) {
        continue;
      }
      int firstClause = first.get().dependent();
      int verb = first.get().governor();
      String joined = "conj:" + tokens.get(joiner).text().toLowerCase(Locale.ROOT);
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> d == hung ? new Dependency(verb, second, "ccomp")
          : d.dependent() == joiner && d.relation().equals("cc") ? new Dependency(second, joiner, "cc") : d);
      mended.removeIf(d -> d.governor() == d.dependent());
      if (!DependencyEdits.hasEdge(mended, firstClause, second, joined)) {
        mended.add(new Dependency(firstClause, second, joined));
      }
      return mended;
    }
    return sentence;
  }

  private static boolean hasThat(List<Dependency> sentence, List<Token> tokens, int clause) {
    return sentence.stream().anyMatch(d -> d.governor() == clause && d.relation().equals("mark") && tokens.get(d.dependent()).lemma().equalsIgnoreCase("that"));
  }
}
