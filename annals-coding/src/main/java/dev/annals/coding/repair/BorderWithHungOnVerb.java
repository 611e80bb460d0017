package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Farmers blocked border crossings with Ukraine", "troops closed the border with Niger": the
 * parser hangs "with Ukraine" on the verb ({@code obl:with(blocked, Ukraine)}), as if the farmers
 * blocked with Ukraine's help. A border is always a border with someone, so a "with" right after
 * a border object (or an object compounded with "border") belongs to the object: {@code
 * nmod:with(crossings, Ukraine)}.
 */
public final class BorderWithHungOnVerb implements ParseRepair {
  private static final Set<String> BORDER_NOUNS = Set.of("border", "frontier", "boundary");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency with : sentence) {
      int verb = with.governor();
      int partner = with.dependent();
      if (verb < 0 || !with.relation().equals("obl:with")) {
        continue;
      }
      for (Dependency obj : sentence) {
        int object = obj.dependent();
        // The "with" is the word right after the object's head, so it can only be the object's.
        boolean adjacent = object + 1 < partner && sentence.stream().anyMatch(d -> d.governor() == partner && d.dependent() == object + 1 && d.relation().equals("case"));
        if (obj.governor() == verb && obj.relation().equals("obj") && adjacent && isBorder(tokens, sentence, object)) {
          return DependencyEdits.replaced(sentence, with, new Dependency(object, partner, "nmod:with"));
        }
      }
    }
    return sentence;
  }

  private static boolean isBorder(List<Token> tokens, List<Dependency> sentence, int noun) {
    return BORDER_NOUNS.contains(tokens.get(noun).lemma().toLowerCase(Locale.ROOT))
        || sentence.stream().anyMatch(d -> d.governor() == noun && d.relation().equals("compound") && BORDER_NOUNS.contains(tokens.get(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
  }
}
