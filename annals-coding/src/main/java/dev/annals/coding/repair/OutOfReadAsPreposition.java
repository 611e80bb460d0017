package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "pulled out of peace talks", "walked out of the negotiations": the parser reads "out of" as one
 * preposition ({@code obl:out_of(pulled, talks)}, {@code case(talks, out)}, {@code fixed(out,
 * of)}), where the knowledge files read the phrasal verb "pull out" with its "of" phrase. After
 * a verb that takes "out" as its particle, "out" becomes the particle ({@code compound:prt(pulled,
 * out)}) and the phrase an "of" phrase ({@code obl:of(pulled, talks)}, {@code case(talks, of)}),
 * when the verb has no object it moves out ("pulled its diplomats out of Iran" is left as parsed).
 */
public final class OutOfReadAsPreposition implements ParseRepair {
  /** Verbs of leaving that take "out" as a particle. */
  private static final Set<String> LEAVING = Set.of("pull", "walk", "drop", "back", "opt", "storm", "move", "get", "bow", "crash");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency obl : sentence) {
      int verb = obl.governor();
      int noun = obl.dependent();
      // "pulled all its diplomats out of Iran" moves its object out: "out of" is its place there.
      boolean moves = sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"));
      if (verb < 0 || moves || !obl.relation().equals("obl:out_of") || !LEAVING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      var out = sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("case") && tokens.get(d.dependent()).text().equalsIgnoreCase("out")).findFirst();
      var of = out.flatMap(o -> sentence.stream().filter(d -> d.governor() == o.dependent() && d.relation().equals("fixed")).findFirst());
      if (out.isEmpty() || of.isEmpty()) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> {
        if (d == obl) {
          return new Dependency(verb, noun, "obl:of");
        }
        if (d == out.get()) {
          return new Dependency(verb, d.dependent(), "compound:prt");
        }
        if (d == of.get()) {
          return new Dependency(noun, d.dependent(), "case");
        }
        return d;
      });
    }
    return sentence;
  }
}
