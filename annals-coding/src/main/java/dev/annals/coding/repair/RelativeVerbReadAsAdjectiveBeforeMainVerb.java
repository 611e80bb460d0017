package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "The Czech agriculture ministry, which oversees water management, expressed regret on Monday but
 * said …": the parser reads the relative clause's verb as an adjective of its object ({@code
 * amod(management, oversees)}), makes that object the subject of the main verb and hangs the main
 * verb on the subject noun as its relative clause ({@code acl:relcl(ministry, expressed)}, {@code
 * nsubj(expressed, management)}), with the noun for the sentence's root. The verb right after
 * "which" or "who" is the relative clause's, the object its own; the verb after the closing comma is
 * the sentence's, the noun its subject, and so are the verbs joined to it.
 */
public final class RelativeVerbReadAsAdjectiveBeforeMainVerb implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency ref : sentence) {
      int noun = ref.governor();
      int pronoun = ref.dependent();
      int verb = pronoun + 1;
      if (noun < 0 || !ref.relation().equals("ref") || verb >= tokens.size() || !tokens.get(verb).tag().matches("VBZ|VBD|VBP")
          || !RelativeVerbReadAsAdjectiveOfObject.isRelativePronoun(tokens.get(pronoun))) {
        continue;
      }
      Optional<Dependency> adjective = RelativeVerbReadAsAdjectiveOfObject.readAsAdjective(sentence, verb);
      if (adjective.isEmpty()) {
        continue;
      }
      int object = adjective.get().governor();
      Optional<Dependency> misread = sentence.stream().filter(d -> d.dependent() == object && d.relation().equals("nsubj") && d.governor() > object
          && DependencyEdits.hasEdge(sentence, noun, d.governor(), "acl:relcl")).findFirst();
      boolean nounIsRoot = sentence.stream().anyMatch(d -> d.governor() < 0 && d.dependent() == noun);
      if (misread.isEmpty() || !nounIsRoot || !tokens.get(misread.get().governor() - 1).text().equals(",")) {
        continue;
      }
      int main = misread.get().governor();
      List<Dependency> mended = DependencyEdits.rootedAt(sentence, noun, main, d -> {
        if (d == adjective.get()) {
          return null;
        }
        if (d.relation().equals("nsubj") && d.dependent() == object) {
          // the main verb's subject, and a joined verb's ("but said …")
          return new Dependency(d.governor(), noun, "nsubj");
        }
        if (d.governor() == noun && d.relation().equals("acl:relcl") && d.dependent() >= main) {
          return null;
        }
        if (d.governor() == main && d.dependent() == noun && d.relation().equals("obj")) {
          return null;
        }
        return d;
      });
      mended.removeIf(java.util.Objects::isNull);
      mended.add(new Dependency(noun, verb, "acl:relcl"));
      mended.add(new Dependency(verb, noun, "nsubj"));
      mended.add(new Dependency(verb, object, "obj"));
      return mended;
    }
    return sentence;
  }
}
