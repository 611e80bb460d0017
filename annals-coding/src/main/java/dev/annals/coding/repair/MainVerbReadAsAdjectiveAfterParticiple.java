package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "A coalition led by Saudi Arabia struck Houthi positions": the parser takes the participle for
 * the main verb ({@code root(led)}, {@code nsubj(led, coalition)}) and the main verb for an
 * adjective of its object ({@code amod(positions, struck)}). A past participle with no auxiliary
 * and a "by" agent, followed right after the agent by a past-tense verb that describes the
 * participle's object, is the subject's description ({@code acl(coalition, led)}); the verb after
 * the agent is the sentence's, with the subject, the object and what came after it.
 */
public final class MainVerbReadAsAdjectiveAfterParticiple implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int participle = DependencyEdits.root(sentence);
    if (participle < 0 || !tokens.get(participle).tag().equals("VBN")
        || sentence.stream().anyMatch(d -> d.governor() == participle && (d.relation().equals("aux") || d.relation().equals("aux:pass")))) {
      return sentence;
    }
    Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("nsubj") && d.dependent() < participle).findFirst();
    Optional<Dependency> agent = sentence.stream()
        .filter(d -> d.governor() == participle && (d.relation().equals("obl:by") || d.relation().equals("obl:agent")) && d.dependent() > participle).findFirst();
    if (subject.isEmpty() || agent.isEmpty()) {
      return sentence;
    }
    int verb = agent.get().dependent() + 1;
    if (verb >= tokens.size() || !tokens.get(verb).tag().equals("VBD")) {
      return sentence;
    }
    Optional<Dependency> describes = sentence.stream().filter(d -> d.dependent() == verb && d.relation().equals("amod") && d.governor() > verb).findFirst();
    Optional<Dependency> object = describes.flatMap(a -> sentence.stream()
        .filter(d -> d.governor() == participle && d.relation().equals("obj") && d.dependent() == a.governor()).findFirst());
    if (object.isEmpty()) {
      return sentence;
    }
    List<Dependency> mended = new ArrayList<>();
    for (Dependency d : sentence) {
      if (d == describes.get()) {
        continue;
      } else if (d == subject.get()) {
        mended.add(new Dependency(subject.get().dependent(), participle, "acl"));
        mended.add(new Dependency(verb, subject.get().dependent(), "nsubj"));
      } else if (d.governor() < 0) {
        mended.add(new Dependency(d.governor(), verb, d.relation()));
      } else if (d.governor() == participle && d.dependent() > verb) {
        // The object and what follows it ("in Yemen on Monday", the full stop) are the verb's.
        mended.add(new Dependency(verb, d.dependent(), d.relation()));
      } else {
        mended.add(d);
      }
    }
    return mended;
  }
}
