package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "An Irish engineer held in Dubai for six weeks was released on Thursday": the parser may take
 * the reduced relative for the main verb ({@code root(held)}, {@code nsubj(held, engineer)}) and
 * hang the sentence's real verb, a passive with its auxiliary and no subject of its own, on it
 * as a loose dependent. A past participle at the root with no auxiliary, copula or object, whose
 * subject comes right before it, and a later participle hung on it that has "was" but no subject,
 * make the later one the root and the first the relative clause of its subject: {@code
 * nsubj:pass(released, engineer)}, {@code acl(engineer, held)}. Words after the passive that the
 * parser hung on the participle go with the passive; one it also joined elsewhere (a verb joined
 * to the passive) keeps only that edge. "Two drones launched from Iraq struck a pumping station"
 * is the same mistake with an active past verb after the participle: {@code nsubj(struck, drones)}.
 * So is a participle set off by commas: "Ghanaian special forces, flown in by the frigate's
 * helicopter, boarded a fuel tanker", the subject before the first comma, the verb after the second.
 */
public final class ReducedRelativeReadAsMainVerb implements ParseRepair {
  /** How the parser hangs the real verb on the participle it took for the main one. */
  private static final Set<String> HUNG = Set.of("dep", "parataxis", "ccomp", "conj");
  /** What a participle that is a main verb of its own would have. */
  private static final Set<String> OWN_CLAUSE = Set.of("aux", "aux:pass", "cop", "obj", "iobj", "ccomp", "xcomp", "expl");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    List<Dependency> repaired = atRoot(tokens, sentence);
    return repaired != sentence ? repaired : atJoinedClause(tokens, sentence);
  }

  /**
   * "No group has claimed the abduction, but fighters linked to Islamic State have attacked army
   * convoys": the same mistake in a clause joined to the main one ({@code conj:but(claimed,
   * linked)}, {@code dep(linked, attacked)}), with a perfect after the participle. The real verb
   * takes the participle's place in the join, its "but" and its subject.
   */
  private static List<Dependency> atJoinedClause(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency join : sentence) {
      int participle = join.dependent();
      if (!join.relation().startsWith("conj") || join.governor() < 0 || !tokens.get(participle).tag().equals("VBN")
          || sentence.stream().anyMatch(d -> d.governor() == participle && OWN_CLAUSE.contains(d.relation()))) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("nsubj") && d.dependent() == participle - 1
          && tokens.get(d.dependent()).tag().startsWith("NN")).findFirst();
      Optional<Dependency> hung = sentence.stream().filter(d -> d.governor() == participle && d.dependent() > participle && d.relation().equals("dep")
          && isPerfect(tokens, sentence, d.dependent()) && !DependencyEdits.hasChild(sentence, d.dependent(), "nsubj")
          && !DependencyEdits.hasChild(sentence, d.dependent(), "nsubj:pass")).findFirst();
      if (subject.isEmpty() || hung.isEmpty()) {
        continue;
      }
      int noun = subject.get().dependent();
      int verb = hung.get().dependent();
      return DependencyEdits.mapped(sentence, d -> {
        if (d == subject.get()) {
          return new Dependency(verb, noun, "nsubj");
        }
        if (d == hung.get()) {
          return new Dependency(noun, participle, "acl");
        }
        if (d == join) {
          return new Dependency(d.governor(), verb, d.relation());
        }
        if (d.governor() == participle && (d.relation().equals("cc") || d.dependent() > verb)) {
          return new Dependency(verb, d.dependent(), d.relation());
        }
        return d;
      });
    }
    return sentence;
  }

  /** "have attacked": an active perfect, a participle with "have" as its auxiliary. */
  private static boolean isPerfect(List<Token> tokens, List<Dependency> sentence, int verb) {
    return tokens.get(verb).tag().equals("VBN") && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux")
        && Set.of("have", "has", "had").contains(tokens.get(d.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
  }

  private static List<Dependency> atRoot(List<Token> tokens, List<Dependency> sentence) {
    int root = DependencyEdits.root(sentence);
    if (root < 0 || !tokens.get(root).tag().equals("VBN") || sentence.stream().anyMatch(d -> d.governor() == root && OWN_CLAUSE.contains(d.relation()))) {
      return sentence;
    }
    // "Ghanaian special forces, flown in by the frigate's helicopter, boarded a tanker": the
    // participle set off by commas, the subject before the first, the real verb after the second.
    boolean setOff = root >= 2 && tokens.get(root - 1).text().equals(",");
    Optional<Dependency> subject = sentence.stream()
        .filter(d -> d.governor() == root && d.relation().equals("nsubj") && (d.dependent() == root - 1 || setOff && d.dependent() == root - 2)
            && tokens.get(d.dependent()).tag().startsWith("NN")).findFirst();
    Optional<Dependency> passive = sentence.stream()
        .filter(d -> d.governor() == root && d.dependent() > root && HUNG.contains(d.baseRelation()) && (isPassive(tokens, sentence, d.dependent()) || isPast(tokens, d.dependent()))
            && (!setOff || tokens.get(d.dependent() - 1).text().equals(","))
            && !DependencyEdits.hasChild(sentence, d.dependent(), "nsubj")
            && !DependencyEdits.hasChild(sentence, d.dependent(), "nsubj:pass"))
        .findFirst();
    if (subject.isEmpty() || passive.isEmpty()) {
      return sentence;
    }
    int noun = subject.get().dependent();
    int verb = passive.get().dependent();
    // Edges from the participle to words after the passive that the parser also hung elsewhere
    // ("dep(held, flew)" beside "conj(released, flew)") go; the rest move to the passive.
    List<Dependency> kept = DependencyEdits.without(sentence, sentence.stream()
        .filter(d -> d.governor() == root && d.dependent() > verb && !d.relation().equals("punct")
            && sentence.stream().anyMatch(o -> o.dependent() == d.dependent() && o.governor() != root))
        .toArray(Dependency[]::new));
    return DependencyEdits.rootedAt(kept, root, verb, d -> {
      if (d == subject.get()) {
        return new Dependency(verb, noun, isPassive(tokens, sentence, verb) ? "nsubj:pass" : "nsubj");
      }
      if (d == passive.get()) {
        return new Dependency(noun, root, "acl");
      }
      if (d.governor() == root && d.dependent() > verb) {
        return new Dependency(verb, d.dependent(), d.relation());
      }
      return d;
    });
  }

  /** "was released": a passive participle with its auxiliary. */
  private static boolean isPassive(List<Token> tokens, List<Dependency> sentence, int verb) {
    return tokens.get(verb).tag().equals("VBN") && DependencyEdits.hasChild(sentence, verb, "aux:pass");
  }

  /** "struck": a finite past verb, which a sentence's subject needs. */
  private static boolean isPast(List<Token> tokens, int verb) {
    return tokens.get(verb).tag().equals("VBD");
  }
}
