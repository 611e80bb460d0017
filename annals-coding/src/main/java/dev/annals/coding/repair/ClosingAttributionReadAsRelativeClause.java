package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Ivorian police arrested four businessmen and froze the accounts of two Lebanese-owned trading
 * firms suspected of sending money to Hezbollah, Ivory Coast's interior ministry said": the
 * parser may read the closing attribution as a relative clause of the object with no pronoun
 * ({@code acl:relcl(accounts, said)}, "the accounts the ministry said") and hang the object's
 * "of" phrase on the saying ({@code obl:of(said, firms)}), so nothing is frozen of anyone. A verb
 * of saying after a comma, its subject between the comma and it (a name, a pronoun or a phrase
 * with "the"), with no object or clause of its own, closes the sentence: it hangs on the clause
 * its noun is told in ({@code parataxis(froze, said)}), an "of" phrase before the comma goes back
 * to the noun ({@code nmod:of(accounts, firms)}) and another phrase there to that clause's verb.
 */
public final class ClosingAttributionReadAsRelativeClause implements ParseRepair {
  /** What a saying that reports something of its own takes: "the accounts the ministry said were frozen". */
  private static final Set<String> OWN_CONTENT = Set.of("obj", "ccomp", "xcomp", "iobj");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency relative : sentence) {
      int noun = relative.governor();
      int saying = relative.dependent();
      if (!relative.relation().equals("acl:relcl") || noun < 0 || saying < noun || !RepairWords.isSaying(tokens.get(saying))
          || sentence.stream().anyMatch(d -> d.governor() == saying && OWN_CONTENT.contains(d.relation()))) {
        continue;
      }
      Optional<Integer> speaker = sentence.stream().filter(d -> d.governor() == saying && d.relation().equals("nsubj") && d.dependent() < saying)
          .map(Dependency::dependent).findFirst();
      if (speaker.isEmpty()) {
        continue;
      }
      int start = DependencyEdits.phraseStart(sentence, speaker.get());
      // A speaker named or definite ("Ivory Coast's interior ministry", "the agency"), not an
      // apposition that a participle describes: "a gas pipeline to Europe, a project first
      // announced in 2016".
      Token first = tokens.get(start);
      boolean named = first.tag().startsWith("NNP") || first.tag().equals("PRP") || first.text().equalsIgnoreCase("the");
      if (start <= noun + 1 || !tokens.get(start - 1).text().equals(",") || !named) {
        continue;
      }
      int closed = AttributionHungOnRelativeClause.finiteVerbAbove(tokens, sentence, noun);
      if (closed < 0) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == relative ? new Dependency(closed, saying, "parataxis")
          : d.governor() == saying && d.dependent() < start && d.relation().equals("obl:of") ? new Dependency(noun, d.dependent(), "nmod:of")
          : d.governor() == saying && d.dependent() < start && d.relation().startsWith("obl") ? new Dependency(closed, d.dependent(), d.relation()) : d);
    }
    return sentence;
  }
}
