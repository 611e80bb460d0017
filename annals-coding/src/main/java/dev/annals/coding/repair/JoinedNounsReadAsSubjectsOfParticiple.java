package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "to rebuild roads, bridges and schools wrecked by last October's hurricane": the parser may hang
 * the participle on the first of the joined nouns ({@code acl(roads, wrecked)}) and also make the
 * later ones its subjects ({@code nsubj(wrecked, schools)}), so the schools wreck something. A past
 * participle that describes a noun is told of that noun and those joined to it, never done by
 * them: the subject edges from it to those nouns go.
 */
public final class JoinedNounsReadAsSubjectsOfParticiple implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency acl : sentence) {
      int participle = acl.dependent();
      if (!acl.relation().equals("acl") || acl.governor() < 0 || !tokens.get(participle).tag().equals("VBN")) {
        continue;
      }
      int noun = acl.governor();
      Set<Integer> joined = sentence.stream().filter(d -> d.governor() == noun && d.relation().startsWith("conj")).map(Dependency::dependent).collect(Collectors.toSet());
      joined.add(noun);
      Dependency[] subjects = sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("nsubj") && joined.contains(d.dependent()))
          .toArray(Dependency[]::new);
      if (subjects.length > 0) {
        return DependencyEdits.without(sentence, subjects);
      }
    }
    return sentence;
  }
}
