package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "thanked Brazil for backing Hanoi's partnership with the BRICS group": the parser makes
 * "backing" an adjective of "partnership" ({@code amod(partnership, backing)}, {@code
 * obl:for(thanked, partnership)}), so what Brazil is thanked for is a partnership of Hanoi's. No
 * adjective stands before a possessor: a gerund before the noun's possessor governs the noun. It
 * opens the prepositional phrase ({@code advcl:for(thanked, backing)}, {@code mark(backing, for)})
 * and takes the noun as its object ({@code obj(backing, partnership)}).
 */
public final class GerundBeforePossessorReadAsAdjective implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency amod : sentence) {
      int noun = amod.governor();
      int gerund = amod.dependent();
      int preposition = gerund - 1;
      if (!amod.relation().equals("amod") || preposition < 0 || gerund > noun || !tokens.get(gerund).tag().equals("VBG")
          || !tokens.get(preposition).tag().equals("IN")) {
        continue;
      }
      boolean possessorAfterGerund = sentence.stream().anyMatch(d -> d.governor() == noun && d.relation().equals("nmod:poss") && d.dependent() > gerund);
      Optional<Dependency> phrase = sentence.stream()
          .filter(d -> d.dependent() == noun && d.governor() >= 0 && (d.relation().startsWith("obl:") || d.relation().startsWith("nmod:"))).findFirst();
      Optional<Dependency> caseMark = sentence.stream()
          .filter(d -> d.governor() == noun && d.dependent() == preposition && d.relation().equals("case")).findFirst();
      if (!possessorAfterGerund || phrase.isEmpty() || caseMark.isEmpty()) {
        continue;
      }
      int head = phrase.get().governor();
      String suffix = phrase.get().relation().substring(phrase.get().relation().indexOf(':') + 1);
      String clause = tokens.get(head).tag().startsWith("VB") ? "advcl:" : "acl:";
      List<Dependency> mended = DependencyEdits.without(sentence, amod, phrase.get(), caseMark.get());
      mended.add(new Dependency(head, gerund, clause + suffix));
      mended.add(new Dependency(gerund, preposition, "mark"));
      mended.add(new Dependency(gerund, noun, "obj"));
      return mended;
    }
    return sentence;
  }
}
