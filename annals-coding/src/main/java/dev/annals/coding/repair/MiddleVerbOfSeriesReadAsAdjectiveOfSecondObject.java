package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Syria's president thanked Baku for its support, invited Azerbaijani companies to help rebuild
 * power stations and asked Baku to double its gas deliveries": the tagger may take the middle verb
 * of a series of one doer's acts for a participle, and the parser an adjective of its object, which
 * it hangs on the first verb as a second object ({@code obj(thanked, companies)}, {@code
 * amod(companies, invited)}); the middle verb's infinitive then goes to the first verb, and the
 * last verb, after "and", into that infinitive's clause ({@code obj(help, asked)}). A past verb
 * after a comma, before its noun (a name's adjective may stand between), whose noun is the second
 * object of a past verb with a subject and an object of its own before the comma, is the series'
 * second act with that subject; the infinitive after the noun is its complement; a past verb after
 * "and" in that infinitive's clause, with no subject of its own, is the series' next act.
 */
public final class MiddleVerbOfSeriesReadAsAdjectiveOfSecondObject implements ParseRepair {
  /** How far the verb may stand before its noun: "invited companies", "invited Azerbaijani companies". */
  private static final int MAX_GAP = 2;

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency amod : sentence) {
      int middle = amod.dependent();
      int noun = amod.governor();
      if (!amod.relation().equals("amod") || noun <= middle || noun - middle > MAX_GAP || middle < 2 || !tokens.get(middle - 1).text().equals(",")
          || !RepairWords.isPastVerb(tokens.get(middle)) || !tokens.get(noun).tag().startsWith("NN")) {
        continue;
      }
      Optional<Dependency> secondObject = sentence.stream()
          .filter(d -> d.dependent() == noun && d.relation().equals("obj") && d.governor() >= 0 && d.governor() < middle).findFirst();
      if (secondObject.isEmpty()) {
        continue;
      }
      int first = secondObject.get().governor();
      Set<Integer> subjects = DependencyEdits.subjects(sentence, first);
      boolean ownObject = sentence.stream().anyMatch(d -> d.governor() == first && d.relation().equals("obj") && d.dependent() < middle);
      if (!tokens.get(first).tag().equals("VBD") || subjects.size() != 1 || !ownObject) {
        continue;
      }
      int subject = subjects.iterator().next();
      Optional<Dependency> purpose = sentence.stream()
          .filter(d -> d.governor() == first && (d.relation().equals("advcl:to") || d.relation().equals("xcomp")) && d.dependent() > noun).findFirst();
      Set<Integer> purposeClause = purpose.map(p -> subtree(sentence, p.dependent())).orElse(Set.of());
      Optional<Integer> next = purposeClause.stream()
          .filter(t -> t > noun && tokens.get(t).tag().equals("VBD") && tokens.get(t - 1).text().equalsIgnoreCase("and")
              && DependencyEdits.subjects(sentence, t).isEmpty())
          .findFirst();
      List<Dependency> repaired = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == amod) {
          continue;
        } else if (d == secondObject.get()) {
          repaired.add(new Dependency(first, middle, "conj:and"));
          repaired.add(new Dependency(middle, noun, "obj"));
          repaired.add(new Dependency(middle, subject, "nsubj"));
        } else if (purpose.isPresent() && d == purpose.get()) {
          repaired.add(new Dependency(middle, d.dependent(), "xcomp"));
        } else if (next.isPresent() && d.dependent() == next.get() && d.governor() >= 0 && purposeClause.contains(d.governor())) {
          if (!d.relation().startsWith("conj")) {
            repaired.add(new Dependency(first, next.get(), "conj:and"));
            repaired.add(new Dependency(next.get(), subject, "nsubj"));
          }
        } else {
          repaired.add(d);
        }
      }
      return repaired;
    }
    return sentence;
  }

  private static Set<Integer> subtree(List<Dependency> sentence, int head) {
    Set<Integer> words = new HashSet<>(Set.of(head));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Dependency d : sentence) {
        if (d.governor() >= 0 && words.contains(d.governor()) && !d.relation().equals("nsubj:xsubj") && words.add(d.dependent())) {
          grew = true;
        }
      }
    }
    return words;
  }
}
