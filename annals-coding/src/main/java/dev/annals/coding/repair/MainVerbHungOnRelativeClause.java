package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Mali and Guinea, whose citizens were also expelled, demanded an explanation": the parser may
 * leave the subject as the sentence's root and hang the "whose" clause on it as a loose
 * dependent ({@code root(Mali)}, {@code dep(Mali, expelled)}), with the main verb hung on that
 * clause ({@code dep(expelled, demanded)}), so the demand has no one making it. A finite verb
 * hung on a "whose" clause that hangs on a root noun is the main verb, the noun its subject
 * (with the nouns joined to it) and the clause the noun's: {@code root(demanded)}, {@code
 * nsubj(demanded, Mali)}, {@code nsubj(demanded, Guinea)}, {@code acl:relcl(Mali, expelled)}.
 *
 * <p>So with a clause of "where", "who" or "which" the parser did hang on the noun as its own
 * ("Peru, where the gang also operates, offered on Wednesday to share intelligence":
 * {@code acl:relcl(Peru, operates)}, {@code dep(operates, offered)}), the main verb then maybe
 * tagged a participle, but with no auxiliary of its own.
 */
public final class MainVerbHungOnRelativeClause implements ParseRepair {

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int noun = DependencyEdits.root(sentence);
    if (noun < 0 || !tokens.get(noun).isNoun()) {
      return sentence;
    }
    // ("Leaders of the Arhuaco people, whose ancestors made some of the objects, demanded …": the
    // clause may be of the root noun's "of" noun.)
    Set<Integer> hosts = new java.util.HashSet<>(Set.of(noun));
    sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("nmod:of")).forEach(d -> hosts.add(d.dependent()));
    for (Dependency clauseEdge : sentence) {
      int clause = clauseEdge.dependent();
      boolean whose = (clauseEdge.relation().equals("dep") && hasWhose(tokens, sentence, clause))
          || (clauseEdge.relation().equals("acl:relcl") && whoseByReference(tokens, sentence, clauseEdge.governor(), clause));
      boolean relative = clauseEdge.relation().equals("acl:relcl") && hasRelativeWord(tokens, sentence, clause);
      if (!hosts.contains(clauseEdge.governor()) || !tokens.get(clause).isVerb() || !(whose || relative)) {
        continue;
      }
      int host = clauseEdge.governor();
      for (Dependency mainEdge : sentence) {
        int verb = mainEdge.dependent();
        boolean bareParticiple = relative && tokens.get(verb).tag().equals("VBN")
            && sentence.stream().noneMatch(d -> d.governor() == verb && OWN_AUXILIARIES.contains(d.relation()));
        if (mainEdge.governor() != clause || !mainEdge.relation().equals("dep") || verb < clause || !(RepairWords.isFiniteVerb(tokens.get(verb)) || bareParticiple)) {
          continue;
        }
        List<Dependency> mended = new ArrayList<>();
        for (Dependency d : sentence) {
          if (d != clauseEdge && d != mainEdge && d.governor() >= 0) {
            mended.add(d);
          }
        }
        mended.add(new Dependency(-1, verb, "root"));
        mended.add(new Dependency(verb, noun, "nsubj"));
        sentence.stream().filter(d -> d.governor() == noun && d.relation().startsWith("conj")).forEach(d -> mended.add(new Dependency(verb, d.dependent(), "nsubj")));
        mended.add(new Dependency(host, clause, "acl:relcl"));
        return mended;
      }
    }
    return sentence;
  }

  private static final Set<String> OWN_AUXILIARIES = Set.of("aux", "aux:pass", "cop");
  /** Words that open a relative clause: "where the gang operates", "who met him", "which hosts it". */
  private static final Set<String> RELATIVE_WORDS = Set.of("where", "who", "which", "when");

  /** Whether the clause opens with a relative word it holds as subject or adverb. */
  private static boolean hasRelativeWord(List<Token> tokens, List<Dependency> sentence, int clause) {
    return sentence.stream().anyMatch(d -> d.governor() == clause && d.dependent() < clause && (d.relation().equals("advmod") || d.relation().startsWith("nsubj"))
        && RELATIVE_WORDS.contains(tokens.get(d.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * Whether the relative clause's subject is owned by "whose" as the enhanced graph tells it, the
   * noun the clause is on as the owner and "whose" its reference: "people, whose ancestors made".
   */
  private static boolean whoseByReference(List<Token> tokens, List<Dependency> sentence, int noun, int clause) {
    boolean referredByWhose = sentence.stream().anyMatch(d -> d.governor() == noun && d.relation().equals("ref") && tokens.get(d.dependent()).text().equalsIgnoreCase("whose"));
    return referredByWhose && sentence.stream().anyMatch(subject -> subject.governor() == clause && subject.relation().startsWith("nsubj")
        && sentence.stream().anyMatch(owner -> owner.governor() == subject.dependent() && owner.relation().equals("nmod:poss") && owner.dependent() == noun));
  }

  /** Whether the clause's subject is owned by "whose": "whose citizens were expelled". */
  private static boolean hasWhose(List<Token> tokens, List<Dependency> sentence, int clause) {
    return !RepairWords.whoseOfSubject(tokens, sentence, clause).isEmpty();
  }
}
