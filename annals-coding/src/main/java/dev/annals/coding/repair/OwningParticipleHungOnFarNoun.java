package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "suspended the placement of its nationals on fishing vessels owned by a Taiwanese company": the
 * parser may hang the participle of owning on the phrase's first noun ({@code acl(placement,
 * owned)}), so the vessels have no owner. A participle of owning, running or flagging describes the
 * noun right before it when that noun is inside the phrase of the one it was hung on: {@code
 * acl(vessels, owned)}.
 */
public final class OwningParticipleHungOnFarNoun implements ParseRepair {
  private static final Set<String> OWNING = Set.of("own", "operate", "charter", "register", "flag");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency acl : sentence) {
      int participle = acl.dependent();
      int far = acl.governor();
      int near = participle - 1;
      if (!acl.relation().equals("acl") || far < 0 || near <= far || !tokens.get(participle).tag().equals("VBN")
          || !OWNING.contains(tokens.get(participle).lemma().toLowerCase(Locale.ROOT)) || !tokens.get(near).tag().startsWith("NN")
          || sentence.stream().noneMatch(d -> d.dependent() == near && d.relation().startsWith("nmod") && reaches(sentence, far, d.governor()))) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.without(sentence, acl);
      mended.add(new Dependency(near, participle, "acl"));
      return mended;
    }
    return sentence;
  }

  /** Whether {@code word} is {@code head} or below it through noun modifiers. */
  private static boolean reaches(List<Dependency> sentence, int head, int word) {
    int current = word;
    for (int steps = 0; steps < 4; steps++) {
      if (current == head) {
        return true;
      }
      int from = current;
      current = sentence.stream().filter(d -> d.dependent() == from && d.relation().startsWith("nmod")).mapToInt(Dependency::governor).findFirst().orElse(-1);
      if (current < 0) {
        return false;
      }
    }
    return false;
  }
}
