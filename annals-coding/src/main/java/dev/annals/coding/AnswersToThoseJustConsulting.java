package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "South Korea's trade minister held talks in Mexico City with Mexico's economy secretary and
 * asked for car parts to be exempted ... Mexico refused the exemption but agreed to resume
 * negotiations": a state's rejection or undertaking that names no one, told in the sentence right
 * after another side consulted it (met, called, visited or negotiated with it; not mediated),
 * answers that side. So does a state's sharing or giving that names no one right after another
 * side asked or demanded something of it ("asked Switzerland to share the evidence …
 * Switzerland's federal justice office said it would hand over the files"), and a state's offer
 * or invitation right after another country protested to it or criticised it ("Liechtenstein
 * sent a protest note to Prague. The Czech foreign ministry said that Czech courts were
 * independent, but offered to revive a joint commission of historians"; not a vow that strikes
 * will go on, nor an answer to the state's own opposition).
 */
final class AnswersToThoseJustConsulting {
  /** Roots of an answer: an intent to cooperate, a rejection. */
  private static final Set<String> ANSWER_ROOTS = Set.of("03", "12");
  /** Roots of what is given in answer to a request: material cooperation, aid. */
  private static final Set<String> GIVING_ROOTS = Set.of("06", "07");
  /** Roots of asking: appeals and demands. */
  private static final Set<String> ASKING_ROOTS = Set.of("02", "10");
  /** Verbs of an offer or invitation, which may answer a protest: "Prague later invited Austrian experts to visit the site". */
  private static final Set<String> OFFERING = Set.of("offer", "propose", "invite");

  private AnswersToThoseJustConsulting() {}

  static List<CodedMention> aim(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      // A state's answer, not a court's ("was struck down by Iraq's Federal Supreme Court").
      boolean statesAnswer = m.target().isEmpty() && ANSWER_ROOTS.contains(m.type().rootCode()) && Sides.stateOrItsGovernment(m.source().actor());
      boolean statesGift = m.target().isEmpty() && GIVING_ROOTS.contains(m.type().rootCode()) && Sides.stateOrItsGovernment(m.source().actor());
      List<ActorMention> consulting = statesAnswer ? consultingJustBefore(coded, m, Set.of(EarlierEvents.CONSULT_ROOT))
          : statesGift ? consultingJustBefore(coded, m, ASKING_ROOTS) : List.of();
      if (statesAnswer && consulting.isEmpty() && OFFERING.contains(index.lemma(m.trigger()))) {
        consulting = consultingJustBefore(coded, m, Set.of(EarlierEvents.DISAPPROVAL_ROOT)).stream()
            .filter(side -> side.actor().country().isPresent() && !side.actor().country().equals(m.source().actor().country())).toList();
      }
      result.add(consulting.size() == 1 ? m.withTarget(consulting.get(0)) : m);
    }
    return result;
  }

  /** The sides that consulted (or, by the roots given, asked) the answer's maker in the sentence before, one mention each. */
  private static List<ActorMention> consultingJustBefore(List<CodedMention> coded, CodedMention answer, Set<String> roots) {
    List<ActorMention> sides = new ArrayList<>();
    for (CodedMention earlier : coded) {
      // Talks held, not mediated: a mediator is no side the answer is given to ("Oman, which
      // mediated the talks ... Iran had pledged not to interfere").
      if (earlier.sentence() == answer.sentence() - 1 && roots.contains(earlier.type().rootCode()) && !earlier.type().code().equals(GoodOffices.MEDIATION)
          && EarlierEvents.isDone(earlier) && earlier.target().filter(t -> t.actor().country().isPresent()).isPresent()
          && Sides.same(earlier.target().get().actor(), answer.source().actor()) && Sides.different(earlier.source().actor(), answer.source().actor())
          && sides.stream().noneMatch(s -> Sides.same(s.actor(), earlier.source().actor()))) {
        sides.add(earlier.source());
      }
    }
    return sides;
  }
}
