package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Set;

/**
 * "New Zealand has suspended a further NZ$20 million in budget support to the Cook Islands after
 * the nation signed a deal": the parser, thrown by the currency sign, hangs the amount on a later
 * verb ({@code dep(signed, NZ$)}) and its article on another ({@code mark(said, a)}), so the
 * suspension loses what it suspends and to whom. An amount right after a verb that has no object,
 * with only an article and modifiers between, is that verb's object, and those words its own.
 */
public final class AmountHungOnLaterVerb implements ParseRepair {
  /** Words that may stand between a verb and its amount: "a further", "another", "nearly all". */
  private static final Set<String> BETWEEN_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "RB", "RBR");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency hung : sentence) {
      int amount = hung.dependent();
      if (hung.governor() <= amount || !tokens.get(amount).tag().equals("$") || hung.relation().equals("obj")) {
        continue;
      }
      int verb = amount - 1;
      while (verb >= 0 && BETWEEN_TAGS.contains(tokens.get(verb).tag())) {
        verb--;
      }
      if (verb < 0 || !tokens.get(verb).isVerb()) {
        continue;
      }
      int v = verb;
      boolean hasObject = sentence.stream().anyMatch(d -> d.governor() == v && d.relation().equals("obj"));
      if (hasObject) {
        continue;
      }
      int firstBetween = verb + 1;
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> {
        if (d == hung) {
          return new Dependency(v, amount, "obj");
        }
        // The article and modifiers between belong to the amount.
        if (d.dependent() >= firstBetween && d.dependent() < amount && d.governor() != amount) {
          return new Dependency(amount, d.dependent(), tokens.get(d.dependent()).tag().equals("DT") ? "det" : "advmod");
        }
        return d;
      });
      return mended;
    }
    return sentence;
  }
}
