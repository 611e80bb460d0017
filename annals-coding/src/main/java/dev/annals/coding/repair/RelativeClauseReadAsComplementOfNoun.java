package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "the barge's captain, a Trinidadian who was detained on Sunday": the parser hangs the clause on
 * the noun as a complement ({@code ccomp(Trinidadian, detained)}, {@code nsubj:pass(detained,
 * who)}), as if a noun could take a clause the way "said" does, and the detention has no one
 * detained. A clause whose subject is "who" or "which" right after the noun it hangs on is that
 * noun's relative clause: {@code acl:relcl(Trinidadian, detained)}, {@code nsubj:pass(detained,
 * Trinidadian)}, {@code ref(Trinidadian, who)}, as the parser gives one it reads right.
 */
public final class RelativeClauseReadAsComplementOfNoun implements ParseRepair {
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency complement : sentence) {
      int noun = complement.governor();
      int clause = complement.dependent();
      if (noun < 0 || !complement.relation().equals("ccomp") || !isNominal(tokens, sentence, noun)) {
        continue;
      }
      Dependency subject = sentence.stream().filter(d -> d.governor() == clause && d.dependent() == noun + 1 && d.relation().startsWith("nsubj")
          && RELATIVE_PRONOUNS.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
      if (subject == null) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> d == complement ? new Dependency(noun, clause, "acl:relcl")
          : d == subject ? new Dependency(clause, noun, subject.relation()) : d);
      mended.add(new Dependency(noun, subject.dependent(), "ref"));
      return mended;
    }
    return sentence;
  }

  /** A noun, or a word of nationality the tagger called an adjective but an article makes a noun ("a Trinidadian"). */
  private static boolean isNominal(List<Token> tokens, List<Dependency> sentence, int word) {
    String tag = tokens.get(word).tag();
    return tag.startsWith("NN") || tag.startsWith("JJ") && Character.isUpperCase(tokens.get(word).text().charAt(0))
        && sentence.stream().anyMatch(d -> d.governor() == word && d.relation().equals("det"));
  }
}
