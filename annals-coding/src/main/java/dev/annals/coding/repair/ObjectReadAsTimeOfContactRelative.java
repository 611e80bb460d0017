package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "would suspend every permit the agency had obtained": the parser reads "every permit" as it
 * would read "every week", as the time of the relative clause's verb ({@code obl:tmod(obtained,
 * permit)}), and hangs that clause on the main verb as what it says ({@code ccomp(suspend,
 * obtained)}), so nothing is suspended. A noun that is no word of time, right after the main verb,
 * read as the time of a clause whose own subject follows it and which has no object, is the main
 * verb's object, and the clause its relative clause whose object it is: {@code obj(suspend,
 * permit)}, {@code acl:relcl(permit, obtained)}, {@code obj(obtained, permit)}. A verb of saying
 * keeps its clause.
 */
public final class ObjectReadAsTimeOfContactRelative implements ParseRepair {
  /** Nouns that do tell a time: "every week the agency had …". */
  private static final Set<String> TIME_WORDS = Set.of("time", "day", "week", "weekend", "fortnight", "month", "year", "decade", "century", "hour",
      "minute", "moment", "morning", "afternoon", "evening", "night", "season", "spring", "summer", "autumn", "fall", "winter", "quarter");
  private static final Set<String> COMMON_NOUNS = Set.of("NN", "NNS");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int inner = time.governor();
      int noun = time.dependent();
      if (inner < 0 || !time.relation().equals("obl:tmod") || noun > inner || !COMMON_NOUNS.contains(tokens.get(noun).tag())
          || TIME_WORDS.contains(tokens.get(noun).lemma().toLowerCase(Locale.ROOT)) || DependencyEdits.hasChild(sentence, inner, "obj")) {
        continue;
      }
      Optional<Dependency> complement = sentence.stream().filter(d -> d.dependent() == inner && d.relation().equals("ccomp") && d.governor() >= 0 && d.governor() < noun).findFirst();
      // The clause's subject starts right after the noun, and the noun's phrase right after the
      // main verb: "suspend [every permit] [the agency] had obtained", not "attacked a convoy …
      // north of Port-au-Prince …, the UN agency said".
      boolean subjectRightAfterNoun = sentence.stream()
          .anyMatch(d -> d.governor() == inner && d.relation().equals("nsubj") && DependencyEdits.phraseStart(sentence, d.dependent()) == noun + 1);
      if (complement.isEmpty() || !subjectRightAfterNoun) {
        continue;
      }
      int main = complement.get().governor();
      if (DependencyEdits.phraseStart(sentence, noun) != main + 1 || RepairWords.isSaying(tokens.get(main)) || DependencyEdits.hasChild(sentence, main, "obj")) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.without(sentence, time, complement.get());
      mended.add(new Dependency(main, noun, "obj"));
      mended.add(new Dependency(noun, inner, "acl:relcl"));
      mended.add(new Dependency(inner, noun, "obj"));
      return mended;
    }
    return sentence;
  }
}
