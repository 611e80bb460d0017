package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "South Africa's transport department said the dispute was commercial, not political, and
 * invited Nigerian officials to talks": the parser joins "invited" to the judgment the department
 * reported ({@code conj:and(commercial, invited)}), gives it that judgment's subject ({@code
 * nsubj(invited, dispute)}) and hangs it on "said" as more of what was said, so that the dispute
 * invites. A past-tense verb after ", and" that follows a reported judgment (a copula and its
 * adjective or noun, "was commercial") is the speaker's second act: {@code conj:and(said,
 * invited)}, with the speaker as its subject. A judgment's subject acting is told with its own
 * verb ("said the talks were useful and produced a plan" has no comma before "and"), unless it is
 * a thing that speaks to no one (see spokenOfAThing).
 */
public final class MainVerbJoinedToReportedJudgment implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int judgment = joined.governor();
      int verb = joined.dependent();
      if (judgment < 0 || !joined.relation().equals("conj:and") || !(RepairWords.isPastVerbAfterCommaAnd(tokens, verb) || spokenOfAThing(tokens, sentence, judgment, verb))) {
        continue;
      }
      boolean copular = sentence.stream().anyMatch(d -> d.governor() == judgment && d.relation().equals("cop"))
          && (tokens.get(judgment).tag().startsWith("JJ") || tokens.get(judgment).tag().startsWith("NN"));
      Optional<Dependency> reported = sentence.stream().filter(d -> d.dependent() == judgment && d.relation().equals("ccomp") && d.governor() >= 0).findFirst();
      if (!copular || reported.isEmpty()) {
        continue;
      }
      int saying = reported.get().governor();
      if (saying > judgment || !RepairWords.isSaying(tokens.get(saying)) || !tokens.get(saying).tag().equals("VBD")) {
        continue;
      }
      Optional<Integer> speaker = subjectOf(sentence, saying);
      Optional<Integer> judged = subjectOf(sentence, judgment);
      Optional<Integer> copied = subjectOf(sentence, verb);
      // Only the judgment's subject, copied by the parser, goes; a subject of the verb's own
      // ("and Pretoria invited") makes it a clause of its own.
      if (speaker.isEmpty() || judged.isEmpty() || copied.isEmpty() || !copied.equals(judged) || tokens.get(judged.get()).tag().startsWith("NNP")) {
        continue;
      }
      int doer = speaker.get();
      Dependency[] saidAsWell = sentence.stream().filter(d -> d.governor() == saying && d.dependent() == verb && d.relation().equals("ccomp"))
          .toArray(Dependency[]::new);
      return DependencyEdits.mapped(DependencyEdits.without(sentence, saidAsWell),
          d -> d == joined ? new Dependency(saying, verb, "conj:and")
              : d.governor() == verb && d.dependent() == judged.get() && d.relation().equals("nsubj") ? new Dependency(verb, doer, "nsubj") : d);
    }
    return sentence;
  }

  /** Verbs of speaking to someone, which only a side does: "urged", "demanded", "called on". */
  private static final java.util.Set<String> SPOKEN = java.util.Set.of("urge", "demand", "ask", "call", "accuse", "warn", "appeal", "invite", "tell");

  /**
   * "The Polisario Front said any port in the territory was illegal and urged Burkina Faso to
   * withdraw": with no comma, a verb of speaking to someone right after "and" still goes on with
   * the speaker when the judgment is of a thing (a singular common noun), which speaks to no one.
   */
  private static boolean spokenOfAThing(List<Token> tokens, List<Dependency> sentence, int judgment, int verb) {
    return tokens.get(verb).tag().equals("VBD") && verb >= 1 && tokens.get(verb - 1).text().equalsIgnoreCase("and")
        && SPOKEN.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))
        && subjectOf(sentence, judgment).map(s -> tokens.get(s).tag().equals("NN")).orElse(false);
  }

  private static Optional<Integer> subjectOf(List<Dependency> sentence, int verb) {
    return sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
  }
}
