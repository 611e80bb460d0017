package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Bulgarian hauliers, hundreds of whose lorries are stranded at the crossing, threatened to block
 * the road": the parser may take the "whose" clause for the main clause, with the noun before it
 * as that clause's subject and the owned noun as its apposition ({@code root(stranded)}, {@code
 * nsubj:pass(stranded, hauliers)}, {@code appos(hauliers, lorries)}), and hang the real main verb
 * on it ({@code dep(stranded, threatened)}), so the threat has no one making it. A finite verb
 * after the clause, hung on a root clause whose subject has an apposition owned by "whose", is the
 * main verb: the noun is its subject, the owned noun the clause's, and the clause the noun's.
 */
public final class WhoseClauseTakenForMainClause implements ParseRepair {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int clause = DependencyEdits.root(sentence);
    if (clause < 0 || !tokens.get(clause).isVerb()) {
      return sentence;
    }
    for (Dependency subjectEdge : sentence) {
      int noun = subjectEdge.dependent();
      if (subjectEdge.governor() != clause || !subjectEdge.relation().startsWith("nsubj") || noun > clause) {
        continue;
      }
      Optional<Dependency> owned = sentence.stream()
          .filter(d -> d.governor() == noun && d.relation().equals("appos") && d.dependent() < clause && ownedByWhose(tokens, sentence, d.dependent())).findFirst();
      Optional<Dependency> mainEdge = sentence.stream()
          .filter(d -> d.governor() == clause && d.relation().equals("dep") && d.dependent() > clause && FINITE.contains(tokens.get(d.dependent()).tag())).findFirst();
      if (owned.isEmpty() || mainEdge.isEmpty()) {
        continue;
      }
      int verb = mainEdge.get().dependent();
      List<Dependency> mended = DependencyEdits.rootedAt(DependencyEdits.without(sentence, owned.get(), mainEdge.get()), clause, verb, d -> d == subjectEdge
          ? new Dependency(clause, owned.get().dependent(), subjectEdge.relation()) : d);
      mended.add(new Dependency(verb, noun, "nsubj"));
      mended.add(new Dependency(noun, clause, "acl:relcl"));
      return mended;
    }
    return ownerHungOnTheClause(tokens, sentence, clause);
  }

  /**
   * "Hundreds of Indonesians whose places were cancelled rallied outside the Saudi embassy": the
   * parser may also give the "whose" clause both nouns as subjects ({@code nsubj:pass(cancelled,
   * Hundreds)}, {@code nsubj:pass(cancelled, places)}), hang the owner on it ({@code
   * obl:of(cancelled, Indonesians)}) and the real main verb as its object ({@code obj(cancelled,
   * rallied)}). The first noun is the main verb's subject, the owner its "of" and the clause the
   * owner's, with the owned noun alone for its subject.
   */
  private static List<Dependency> ownerHungOnTheClause(List<Token> tokens, List<Dependency> sentence, int clause) {
    Optional<Dependency> ownedEdge = sentence.stream()
        .filter(d -> d.governor() == clause && d.relation().startsWith("nsubj") && d.dependent() < clause && ownedByWhose(tokens, sentence, d.dependent())).findFirst();
    if (ownedEdge.isEmpty()) {
      return sentence;
    }
    int owned = ownedEdge.get().dependent();
    Optional<Dependency> subjectEdge = sentence.stream()
        .filter(d -> d.governor() == clause && d.relation().startsWith("nsubj") && d.dependent() < owned && !ownedByWhose(tokens, sentence, d.dependent())).findFirst();
    Optional<Dependency> mainEdge = sentence.stream()
        .filter(d -> d.governor() == clause && (d.relation().equals("obj") || d.relation().equals("dep")) && d.dependent() > clause
            && FINITE.contains(tokens.get(d.dependent()).tag())).findFirst();
    int whose = sentence.stream().filter(d -> d.governor() == owned && d.relation().equals("nmod:poss")).mapToInt(Dependency::dependent).findFirst().orElse(-1);
    if (subjectEdge.isEmpty() || mainEdge.isEmpty() || whose < 1 || !tokens.get(whose - 1).isNoun()) {
      return sentence;
    }
    int noun = subjectEdge.get().dependent();
    int verb = mainEdge.get().dependent();
    int owner = whose - 1;
    List<Dependency> mended = DependencyEdits.rootedAt(DependencyEdits.without(sentence, subjectEdge.get(), mainEdge.get()), clause, verb,
        d -> owner != noun && d.governor() == clause && d.dependent() == owner && d.relation().startsWith("obl") ? new Dependency(noun, owner, "nmod" + d.relation().substring(3)) : d);
    mended.add(new Dependency(verb, noun, "nsubj"));
    mended.add(new Dependency(owner, clause, "acl:relcl"));
    return mended;
  }

  /** Whether "whose" owns the noun: "whose lorries", "hundreds of whose lorries". */
  private static boolean ownedByWhose(List<Token> tokens, List<Dependency> sentence, int noun) {
    return sentence.stream().anyMatch(d -> d.governor() == noun && d.relation().equals("nmod:poss") && tokens.get(d.dependent()).text().equalsIgnoreCase("whose"));
  }
}
