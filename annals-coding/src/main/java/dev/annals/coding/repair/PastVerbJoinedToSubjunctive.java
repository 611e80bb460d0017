package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Denmark summoned Iraq's ambassador, demanded that Baghdad protect its diplomats and withdrew its
 * staff from the embassy": the parser joins "withdrew" to the verb of what was demanded ({@code
 * conj:and(protect, withdrew)}), gives it that clause's subject ({@code nsubj(withdrew, Baghdad)})
 * and hangs it on the demand as more of what was demanded. A demanded act is told by the bare verb
 * ("that Baghdad protect"); a past-tense verb joined to it is no part of the demand but the
 * demander's next act: {@code conj:and(demanded, withdrew)} with the demander's subject.
 */
public final class PastVerbJoinedToSubjunctive implements ParseRepair {
  /** Relations that join a verb to the one before it in a series: "summoned …, demanded". */
  private static final Set<String> SERIES = Set.of("conj:and", "dep", "parataxis");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int demanded = joined.governor();
      int verb = joined.dependent();
      if (demanded < 0 || !joined.relation().equals("conj:and") || !tokens.get(verb).tag().equals("VBD") || !tokens.get(demanded).tag().equals("VB")
          || !has(sentence, tokens, demanded, "mark", "that") || sentence.stream().anyMatch(d -> d.governor() == demanded && d.relation().startsWith("aux"))) {
        continue;
      }
      Optional<Integer> demanding = sentence.stream().filter(d -> d.dependent() == demanded && d.relation().equals("ccomp") && d.governor() >= 0)
          .map(Dependency::governor).filter(g -> tokens.get(g).tag().equals("VBD") && g < demanded).findFirst();
      if (demanding.isEmpty()) {
        continue;
      }
      Optional<Integer> doer = subjectOf(sentence, demanding.get());
      if (doer.isEmpty()) {
        continue;
      }
      int main = demanding.get();
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        boolean copied = d.dependent() == verb && ((d.governor() == main && d.relation().equals("ccomp")) || d == joined);
        boolean copiedSubject = d.governor() == verb && d.relation().startsWith("nsubj");
        if (!copied && !copiedSubject) {
          mended.add(d);
        }
      }
      mended.add(new Dependency(main, verb, "conj:and"));
      mended.add(new Dependency(verb, doer.get(), "nsubj"));
      return List.copyOf(mended);
    }
    return sentence;
  }

  /** The verb's own subject, or that of the verb it follows in a series ("summoned …, demanded"). */
  static Optional<Integer> subjectOf(List<Dependency> sentence, int verb) {
    int current = verb;
    for (int step = 0; step < 3; step++) {
      int at = current;
      Optional<Integer> own = sentence.stream().filter(d -> d.governor() == at && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      if (own.isPresent()) {
        return own;
      }
      Optional<Integer> before = sentence.stream().filter(d -> d.dependent() == at && SERIES.contains(d.relation()) && d.governor() >= 0 && d.governor() < at)
          .map(Dependency::governor).findFirst();
      if (before.isEmpty()) {
        return Optional.empty();
      }
      current = before.get();
    }
    return Optional.empty();
  }

  private static boolean has(List<Dependency> sentence, List<Token> tokens, int head, String relation, String lemma) {
    return sentence.stream().anyMatch(d -> d.governor() == head && d.relation().equals(relation) && tokens.get(d.dependent()).lemma().equalsIgnoreCase(lemma));
  }
}
