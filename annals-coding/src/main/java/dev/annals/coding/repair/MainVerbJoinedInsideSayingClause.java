package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Croatia's ministry rejected the note, saying the ruling had no legal effect, and accused
 * Slovenia of staging the incident": the parser joins "accused" to the verb of the "saying"
 * clause ({@code conj:and(had, accused)}), gives it that clause's subject ({@code nsubj(accused,
 * ruling)}) and hangs it on the main verb as more of what was said ({@code advcl:saying(rejected,
 * accused)}). After a comma, a past-tense verb joined by "and" to what the participle says is
 * the main verb's second act: {@code conj:and(rejected, accused)} with the main verb's subject.
 * So when the parser hangs the participle loose and the said clause on it ("rejected Noboa's
 * accusation, saying Caracas had itself dismantled the gang's base in 2023, and demanded that
 * Quito respect ...": {@code dep(rejected, saying)}, {@code ccomp(saying, dismantled)}, {@code
 * conj:and(dismantled, demanded)}), where the verb would take the said clause's year.
 */
public final class MainVerbJoinedInsideSayingClause implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int inner = joined.governor();
      int verb = joined.dependent();
      if (inner < 0 || !joined.relation().equals("conj:and") || !(RepairWords.isPastVerbAfterCommaAnd(tokens, verb) || isActiveParticipleAfterCommaAnd(tokens, sentence, verb))) {
        continue;
      }
      Optional<Integer> governing = mainOfSaying(tokens, sentence, inner);
      if (governing.isEmpty()) {
        continue;
      }
      int main = governing.get();
      if (!tokens.get(main).tag().equals("VBD") || main > inner) {
        continue;
      }
      Optional<Dependency> mainSubject = sentence.stream().filter(d -> d.governor() == main && d.relation().equals("nsubj")).findFirst();
      // (A passive said clause's subject too: "saying all the hotels were connected to a treatment
      // plant, and accused Skopje", with {@code nsubj:pass(accused, hotels)}.)
      java.util.Set<Integer> innerSubjects = sentence.stream().filter(d -> d.governor() == inner && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")))
          .map(Dependency::dependent)
          .collect(java.util.stream.Collectors.toSet());
      if (mainSubject.isEmpty() || innerSubjects.isEmpty()) {
        continue;
      }
      // Only the subjects the parser copied from the said clause go; a subject of the verb's own
      // ("and Zagreb accused Slovenia") would make it another clause.
      List<Dependency> own = sentence.stream().filter(d -> d.governor() == verb && d.relation().startsWith("nsubj") && !innerSubjects.contains(d.dependent())).toList();
      if (!own.isEmpty()) {
        continue;
      }
      int doer = mainSubject.get().dependent();
      // What hung the verb on the saying as more of what was said goes: advcl:saying(main, verb),
      // or dep(saying, verb).
      Dependency[] saidAsWell = sentence.stream().filter(d -> d.dependent() == verb && d != joined
              && ((d.governor() == main && d.relation().equals("advcl:saying")) || (d.relation().equals("dep") && d.governor() >= 0 && isSaying(tokens, d.governor()))))
          .toArray(Dependency[]::new);
      List<Dependency> copiedSubjects = sentence.stream().filter(d -> d.governor() == verb && d.relation().startsWith("nsubj") && innerSubjects.contains(d.dependent())).toList();
      List<Dependency> mended = new java.util.ArrayList<>(DependencyEdits.without(sentence, saidAsWell));
      mended.removeAll(copiedSubjects);
      mended.replaceAll(d -> d == joined ? new Dependency(main, verb, "conj:and") : d);
      mended.add(new Dependency(verb, doer, "nsubj"));
      return List.copyOf(mended);
    }
    return sentence;
  }

  /**
   * A verb the tagger took for a participle after a passive said clause ("were connected to a
   * treatment plant, and accused/VBN Skopje"), after ", and", with an object and no auxiliary: a
   * passive participle has neither.
   */
  private static boolean isActiveParticipleAfterCommaAnd(List<Token> tokens, List<Dependency> sentence, int verb) {
    return tokens.get(verb).tag().equals("VBN") && RepairWords.isAfterCommaAnd(tokens, verb)
        && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"))
        && sentence.stream().noneMatch(d -> d.governor() == verb && d.relation().startsWith("aux"));
  }

  /**
   * The main verb whose "saying" the clause is: {@code advcl:saying(rejected, had)}, or a clause
   * of a participle of saying hung on it ({@code dep(rejected, saying)}, {@code ccomp(saying, dismantled)}).
   */
  private static Optional<Integer> mainOfSaying(List<Token> tokens, List<Dependency> sentence, int inner) {
    Optional<Integer> direct = sentence.stream().filter(d -> d.dependent() == inner && d.relation().equals("advcl:saying") && d.governor() >= 0)
        .map(Dependency::governor).findFirst();
    if (direct.isPresent()) {
      return direct;
    }
    return sentence.stream().filter(d -> d.dependent() == inner && d.relation().equals("ccomp") && d.governor() >= 0 && isSaying(tokens, d.governor()))
        .map(Dependency::governor)
        .flatMap(participle -> sentence.stream().filter(d -> d.dependent() == participle && d.governor() >= 0 && PARTICIPLE_RELATIONS.contains(d.relation())))
        .map(Dependency::governor).findFirst();
  }

  /** How a participle of saying hangs on the main verb: "rejected the note, saying ...". */
  private static final java.util.Set<String> PARTICIPLE_RELATIONS = java.util.Set.of("dep", "advcl", "xcomp");

  private static boolean isSaying(List<Token> tokens, int token) {
    return tokens.get(token).tag().equals("VBG") && tokens.get(token).lemma().equals("say");
  }
}
