package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Twelve children taken to Russia during the war returned home on Friday, the commissioner
 * said": the parser may read the reduced relative as a passive clause of its own ({@code
 * nsubj:pass(taken, children)}, with no "were") and hang the sentence's real verb on the last noun
 * of the participle's phrases as its relative clause ({@code acl(war, returned)}), so that the war
 * returns. A past participle right after its subject that has no auxiliary, copula or object, and a
 * later past verb with no subject of its own hung as a clause on a noun of the participle's phrases,
 * make the later verb the clause's verb with the participle's subject and place: {@code
 * nsubj(returned, children)}, {@code acl(children, taken)}; the participle's words after the verb go
 * with it.
 */
public final class MainVerbHungOnNounOfReducedPassive implements ParseRepair {
  /** What a participle that is a verb of its own clause would have. */
  private static final Set<String> OWN_CLAUSE = Set.of("aux", "aux:pass", "cop", "obj", "iobj", "expl");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int participle = subject.governor();
      if (participle < 0 || !subject.relation().equals("nsubj:pass") || subject.dependent() != participle - 1
          || !tokens.get(participle).tag().equals("VBN") || !tokens.get(subject.dependent()).tag().startsWith("NN")
          || sentence.stream().anyMatch(d -> d.governor() == participle && OWN_CLAUSE.contains(d.relation()))) {
        continue;
      }
      Optional<Dependency> hung = sentence.stream().filter(d -> d.relation().equals("acl") && d.dependent() > participle
          && tokens.get(d.dependent()).tag().equals("VBD") && isPhraseOf(sentence, d.governor(), participle)
          && !DependencyEdits.hasChild(sentence, d.dependent(), "nsubj") && !DependencyEdits.hasChild(sentence, d.dependent(), "nsubj:pass"))
          .findFirst();
      if (hung.isEmpty()) {
        continue;
      }
      int noun = subject.dependent();
      int verb = hung.get().dependent();
      return DependencyEdits.mapped(sentence, d -> {
        if (d == subject) {
          return new Dependency(verb, noun, "nsubj");
        }
        if (d == hung.get()) {
          return new Dependency(noun, participle, "acl");
        }
        if (d.dependent() == participle) {
          return new Dependency(d.governor(), verb, d.relation());
        }
        if (d.governor() == participle && d.dependent() > verb) {
          return new Dependency(verb, d.dependent(), d.relation());
        }
        return d;
      });
    }
    return sentence;
  }

  /** Whether the noun heads a phrase of the participle's, or of one of its phrases: "during the war". */
  private static boolean isPhraseOf(List<Dependency> sentence, int noun, int participle) {
    Optional<Dependency> head = DependencyEdits.headEdge(sentence, noun);
    for (int depth = 0; head.isPresent() && depth < 4; depth++) {
      Dependency edge = head.get();
      if (!edge.relation().startsWith("obl") && !edge.relation().startsWith("nmod")) {
        return false;
      }
      if (edge.governor() == participle) {
        return true;
      }
      head = DependencyEdits.headEdge(sentence, edge.governor());
    }
    return false;
  }
}
