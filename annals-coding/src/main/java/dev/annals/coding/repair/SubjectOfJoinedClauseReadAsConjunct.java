package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "the two governments agreed to start talks on recognising each other's diplomas, and Cape
 * Verdean emigrants in Luxembourg welcomed the programme": the parser may join the second clause's
 * subject to the object before it ({@code conj:and(diplomas, emigrants)}, {@code obj(recognising,
 * emigrants)}) and hang its verb loose on the main verb ({@code dep(agreed, welcomed)}), so the
 * welcome has no one to give it. A finite verb with no subject, hung loose, right after a noun
 * phrase that ", and" opens, has that noun as its subject and is joined to the verb it hangs on:
 * {@code nsubj(welcomed, emigrants)}, {@code conj:and(agreed, welcomed)}.
 */
public final class SubjectOfJoinedClauseReadAsConjunct implements ParseRepair {
  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> LOOSE = Set.of("dep", "parataxis");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency loose : sentence) {
      int governor = loose.governor();
      int verb = loose.dependent();
      if (governor < 0 || !LOOSE.contains(loose.relation()) || !FINITE_TAGS.contains(tokens.get(verb).tag()) || governor > verb
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"))) {
        continue;
      }
      Optional<Integer> subject = subjectBefore(tokens, sentence, verb, governor);
      if (subject.isEmpty()) {
        continue;
      }
      int noun = subject.get();
      Dependency and = sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("cc")).findFirst().orElseThrow();
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d.dependent() == noun && d.governor() >= 0 && d.relation().matches("conj.*|obj|nsubj.*|nmod.*|obl.*")) {
          continue;
        }
        mended.add(d == loose ? new Dependency(governor, verb, "conj:and") : d == and ? new Dependency(verb, and.dependent(), "cc") : d);
      }
      mended.add(new Dependency(verb, noun, "nsubj"));
      return mended;
    }
    return sentence;
  }

  /**
   * The noun whose phrase ends just before the verb, opened by ", and" and joined by the parser to
   * a noun before it, after the verb the loose one hangs on.
   */
  private static Optional<Integer> subjectBefore(List<Token> tokens, List<Dependency> sentence, int verb, int governor) {
    for (Dependency joined : sentence) {
      int noun = joined.dependent();
      if (!joined.relation().startsWith("conj") || noun <= governor || noun >= verb || !tokens.get(noun).isNoun()) {
        continue;
      }
      Optional<Integer> and = sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("cc")).map(Dependency::dependent).findFirst();
      boolean opened = and.filter(a -> tokens.get(a).text().toLowerCase(Locale.ROOT).equals("and") && a >= 1 && tokens.get(a - 1).text().equals(",")).isPresent();
      int end = phraseEnd(sentence, noun);
      if (opened && end == verb - 1) {
        return Optional.of(noun);
      }
    }
    return Optional.empty();
  }

  /** The last word of a noun's phrase: its modifiers and their own, not its conjuncts nor clauses. */
  private static int phraseEnd(List<Dependency> sentence, int head) {
    int end = head;
    List<Integer> stack = new ArrayList<>(List.of(head));
    Set<Integer> seen = new java.util.HashSet<>(stack);
    while (!stack.isEmpty()) {
      int word = stack.remove(stack.size() - 1);
      for (Dependency d : sentence) {
        if (d.governor() == word && !d.relation().matches("conj.*|cc|punct|acl.*|appos") && seen.add(d.dependent())) {
          end = Math.max(end, d.dependent());
          stack.add(d.dependent());
        }
      }
    }
    return end;
  }
}
