package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Germany's defence minister telephoned the Lithuanian minister the same day to apologise": after
 * a time told as a bare noun phrase ("the same day", "that evening"), the tagger may take the
 * infinitive for a noun ({@code to/IN apologise/NN}) and the parser hang it on the time ({@code
 * obl:tmod(telephoned, day)}, {@code nmod:to(day, apologise)}), so the act done by it is lost. A
 * bare word in lower case after "to", hung on the time noun a verb holds as its time, is that
 * verb's purpose: {@code advcl:to(telephoned, apologise)}, {@code mark(apologise, to)}. (It runs
 * after TimeReadAsObjectAfterObject, which gives the time read as a second object back to the
 * verb as its time.)
 */
public final class InfinitiveHungOnSameDay implements ParseRepair {
  /** Nouns of a time told without a preposition: "the same day", "that evening". */
  private static final Set<String> TIME_NOUNS = Set.of("day", "morning", "afternoon", "evening", "night", "week");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int verb = time.governor();
      int noun = time.dependent();
      if (verb < 0 || !time.relation().equals("obl:tmod") || !tokens.get(verb).isVerb() || !TIME_NOUNS.contains(tokens.get(noun).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int infinitive = noun + 2;
      if (infinitive >= tokens.size()) {
        continue;
      }
      Optional<Dependency> hung = sentence.stream()
          .filter(d -> d.governor() == noun && d.dependent() == infinitive && d.relation().equals("nmod:to")).findFirst();
      Optional<Dependency> to = sentence.stream()
          .filter(d -> d.governor() == infinitive && d.dependent() == noun + 1 && d.relation().equals("case") && tokens.get(d.dependent()).text().equalsIgnoreCase("to"))
          .findFirst();
      boolean bare = sentence.stream().filter(d -> d.governor() == infinitive).count() == 1;
      Token word = tokens.get(infinitive);
      boolean lowerCase = !word.text().isEmpty() && Character.isLowerCase(word.text().charAt(0));
      if (hung.isEmpty() || to.isEmpty() || !bare || !lowerCase || !(word.isNoun() || word.isVerb())) {
        continue;
      }
      Dependency onTime = hung.get();
      Dependency marker = to.get();
      return DependencyEdits.mapped(sentence, d -> d == onTime ? new Dependency(verb, infinitive, "advcl:to")
          : d == marker ? new Dependency(infinitive, marker.dependent(), "mark") : d);
    }
    return sentence;
  }
}
