package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "police barred its 21 crew members, most of them Chinese nationals, from leaving the country":
 * the parser may read the apposition that tells what some of the object are as the verb's
 * complement ({@code xcomp(barred, nationals)}, with "most" its subject) and hang what the verb
 * goes on to take on it ({@code dep(nationals, from)}, {@code dep(from, leaving)}). The phrase is the
 * object's apposition ({@code appos(members, nationals)}); a gerund after "from" is the verb's
 * ({@code advcl:from(barred, leaving)}, {@code mark(leaving, from)}), and a past verb joined to that
 * gerund is joined to the verb ("… and opened an inquiry").
 */
public final class PartitiveAppositionReadAsComplement implements ParseRepair {
  /** Words that count part of a group named before: "most of them", "all of whom". */
  private static final Set<String> PARTITIVES = Set.of("most", "all", "some", "many", "several", "both", "half", "none", "one", "two", "three",
      "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "majority");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency complement : sentence) {
      int verb = complement.governor();
      int noun = complement.dependent();
      if (verb < 0 || !complement.relation().equals("xcomp") || !tokens.get(noun).isNoun() || !tokens.get(verb).isVerb()) {
        continue;
      }
      Optional<Integer> object = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("obj") && d.dependent() < noun)
          .map(Dependency::dependent).findFirst();
      Optional<Integer> part = sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("nsubj") && d.dependent() < noun
          && PARTITIVES.contains(tokens.get(d.dependent()).lemma().toLowerCase(Locale.ROOT))
          && d.dependent() > 0 && tokens.get(d.dependent() - 1).text().equals(",")
          && sentence.stream().anyMatch(o -> o.governor() == d.dependent() && o.relation().equals("nmod:of") && tokens.get(o.dependent()).tag().startsWith("PRP")))
          .map(Dependency::dependent).findFirst();
      if (object.isEmpty() || part.isEmpty()) {
        continue;
      }
      List<Dependency> repaired = DependencyEdits.replaced(sentence, complement, new Dependency(object.get(), noun, "appos"));
      for (Dependency loose : List.copyOf(repaired)) {
        int from = loose.dependent();
        if (loose.governor() != noun || !loose.relation().equals("dep") || !tokens.get(from).text().equalsIgnoreCase("from")) {
          continue;
        }
        for (Dependency gerundEdge : List.copyOf(repaired)) {
          int gerund = gerundEdge.dependent();
          if (gerundEdge.governor() != from || !gerundEdge.relation().equals("dep") || !tokens.get(gerund).tag().equals("VBG")) {
            continue;
          }
          repaired.remove(loose);
          repaired.remove(gerundEdge);
          repaired.add(new Dependency(verb, gerund, "advcl:from"));
          repaired.add(new Dependency(gerund, from, "mark"));
          // "… from leaving the country and opened an inquiry": a past verb joined to the gerund
          // is the main verb's second act.
          List<Dependency> mended = new ArrayList<>();
          for (Dependency d : repaired) {
            boolean loosePast = d.governor() == from && d.relation().equals("dep") && RepairWords.isFiniteVerb(tokens.get(d.dependent()));
            boolean joinedPast = d.governor() == gerund && d.relation().startsWith("conj") && RepairWords.isFiniteVerb(tokens.get(d.dependent()));
            if (loosePast) {
              continue;
            }
            mended.add(joinedPast ? new Dependency(verb, d.dependent(), d.relation()) : d);
          }
          return mended;
        }
      }
      return repaired;
    }
    return sentence;
  }
}
