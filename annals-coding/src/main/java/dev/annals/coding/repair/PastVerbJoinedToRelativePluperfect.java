package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Special forces boarded a fuel tanker that pirates had seized off the coast of Togo and
 * arrested seven suspects": the parser joins "arrested" to the pluperfect of the relative clause
 * ({@code conj:and(seized, arrested)}, {@code nsubj(arrested, pirates)}), so the pirates arrest. A
 * verb in the simple past with no auxiliary cannot share the clause's "had", and one with an
 * object of its own does not share the clause's relative object either: it goes on with the verb
 * whose object the clause describes, and has that verb's subject ({@code conj:and(boarded,
 * arrested)}, {@code nsubj(arrested, forces)}). The reported-clause twin of this mistake is
 * {@link PastVerbJoinedToPluperfect}'s.
 */
public final class PastVerbJoinedToRelativePluperfect implements ParseRepair {
  /** How the parser hangs a relative clause on the noun it describes. */
  private static final Set<String> CLAUSE_OF_NOUN = Set.of("acl:relcl", "acl", "ccomp");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int pluperfect = joined.governor();
      int past = joined.dependent();
      if (pluperfect < 0 || !joined.relation().startsWith("conj") || past < pluperfect || !tokens.get(past).tag().equals("VBD")
          || DependencyEdits.hasChild(sentence, past, "aux") || !DependencyEdits.hasChild(sentence, past, "obj") || !isPluperfect(tokens, sentence, pluperfect)) {
        continue;
      }
      Optional<Integer> described = sentence.stream().filter(d -> d.dependent() == pluperfect && CLAUSE_OF_NOUN.contains(d.relation())
          && d.governor() >= 0 && d.governor() < pluperfect && tokens.get(d.governor()).tag().startsWith("NN")).map(Dependency::governor).findFirst();
      if (described.isEmpty() || !opensWithRelativeWord(tokens, described.get(), pluperfect)) {
        continue;
      }
      int noun = described.get();
      Optional<Integer> verb = sentence.stream().filter(d -> d.dependent() == noun && d.relation().equals("obj") && d.governor() >= 0
          && tokens.get(d.governor()).tag().equals("VBD")).map(Dependency::governor).findFirst();
      if (verb.isEmpty()) {
        continue;
      }
      Optional<Integer> subject = sentence.stream().filter(d -> d.governor() == verb.get() && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      if (subject.isEmpty()) {
        continue;
      }
      List<Integer> clauseSubjects = sentence.stream().filter(d -> d.governor() == pluperfect && d.relation().startsWith("nsubj")).map(Dependency::dependent).toList();
      // The enhanced graph's copy of the clause's edge on the noun ("ccomp(tanker, arrested)") goes.
      List<Dependency> kept = DependencyEdits.without(sentence, sentence.stream().filter(d -> d.governor() == noun && d.dependent() == past).toArray(Dependency[]::new));
      return DependencyEdits.mapped(kept, d -> d == joined ? new Dependency(verb.get(), past, d.relation())
          : d.governor() == past && d.relation().startsWith("nsubj") && clauseSubjects.contains(d.dependent()) ? new Dependency(past, subject.get(), "nsubj")
          : d);
    }
    return sentence;
  }

  private static boolean isPluperfect(List<Token> tokens, List<Dependency> sentence, int verb) {
    return tokens.get(verb).tag().equals("VBN") && PastVerbJoinedToPluperfect.hasHad(tokens, sentence, verb);
  }

  /** "a tanker that pirates had seized": "that" or "which" between the noun and the clause's verb. */
  private static boolean opensWithRelativeWord(List<Token> tokens, int noun, int verb) {
    for (int at = noun + 1; at < verb; at++) {
      if (tokens.get(at).tag().equals("WDT")) {
        return true;
      }
    }
    return false;
  }
}
