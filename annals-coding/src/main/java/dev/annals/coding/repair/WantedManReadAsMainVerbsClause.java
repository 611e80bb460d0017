package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Thai police arrested a Canadian fugitive wanted for running a cocaine network at a villa in
 * Phuket on Monday, …, the bureau said": the parser may hang "wanted" loose on the arrest ({@code
 * dep(arrested, wanted)}) and the arrest's place, day and attribution on the gerund of the crime
 * ({@code obl:on(running, Monday)}), so that the arrest has no day and no teller. "wanted" right
 * after the arrested one names why that one was wanted ({@code acl(fugitive, wanted)}); what
 * follows the crime's own object (the place, the day, the clauses and the saying) is the arrest's:
 * one is wanted for a crime, not for a day.
 */
public final class WantedManReadAsMainVerbsClause implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency loose : sentence) {
      int main = loose.governor();
      int wanted = loose.dependent();
      if (main < 0 || !loose.relation().equals("dep") || wanted <= main + 1 || !tokens.get(wanted).tag().matches("VB[DN]")
          || !tokens.get(wanted).lemma().toLowerCase(Locale.ROOT).equals("want") || !DependencyEdits.hasEdge(sentence, main, wanted - 1, "obj")) {
        continue;
      }
      int wantedOne = wanted - 1;
      Optional<Integer> crime = sentence.stream().filter(d -> d.governor() == wanted && d.relation().equals("advcl:for") && tokens.get(d.dependent()).tag().equals("VBG"))
          .map(Dependency::dependent).findFirst();
      Optional<Integer> crimeObject = crime.flatMap(c -> sentence.stream().filter(d -> d.governor() == c && d.relation().equals("obj")).map(Dependency::dependent).findFirst());
      return DependencyEdits.mapped(sentence, d -> {
        if (d == loose) {
          return new Dependency(wantedOne, wanted, "acl");
        }
        boolean afterTheCrime = crime.isPresent() && crimeObject.isPresent() && d.governor() == crime.get() && d.dependent() > crimeObject.get()
            && (d.relation().startsWith("obl") || d.relation().equals("dep") || d.relation().equals("punct") || d.relation().equals("parataxis"));
        return afterTheCrime ? new Dependency(main, d.dependent(), d.relation().equals("dep") ? "advcl" : d.relation()) : d;
      });
    }
    return sentence;
  }
}
