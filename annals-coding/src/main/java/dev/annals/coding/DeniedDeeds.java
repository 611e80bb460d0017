package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "Ankara said its troops had fired at armed smugglers and had not targeted Iranian forces": a
 * side telling that its own forces did not use force on another is denying it (016), not an
 * attack that did not happen. The negated use of force, or arrest, in the clause a speaker of the
 * same side reports becomes the speaker's denial, aimed at the state of those it was said not to
 * have been done to.
 */
final class DeniedDeeds {
  /** Force and coercion a side may deny: arrests and seizures (17), assaults (18), fighting (19), mass violence (20). */
  private static final Set<String> DENIABLE_ROOTS = Set.of("17", "18", "19", "20");
  /** CAMEO's "make statement, not specified below". */
  private static final String PLAIN_STATEMENT = "010";
  /** What a verb of saying reports. */
  private static final Set<String> REPORTED_CLAUSE = Set.of("ccomp");

  private final EventType denial;
  private final BiFunction<String, Optional<String>, dev.annals.model.Actor> states;

  DeniedDeeds(CameoCodebook codebook, BiFunction<String, Optional<String>, dev.annals.model.Actor> states) {
    this.denial = codebook.require("016", "deeds a side says its own forces did not do");
    this.states = states;
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      Optional<CodedMention> teller = m.negated() && m.target().isPresent() && DENIABLE_ROOTS.contains(m.type().rootCode())
          // A plain statement tells it ("said"); a denial ("denied that its soldiers attacked")
          // is coded already, and the act it denies stays, negated.
          ? coded.stream().filter(s -> s != m && s.speech() && s.type().code().equals(PLAIN_STATEMENT) && s.sentence() == m.sentence() && !s.negated()
              && index.inComplementOf(s.trigger(), m.trigger(), REPORTED_CLAUSE)
              && s.source().actor().country().isPresent() && s.source().actor().country().equals(m.source().actor().country())).findFirst()
          : Optional.empty();
      if (teller.isEmpty() || m.target().get().actor().country().isEmpty() || m.target().get().actor().country().equals(m.source().actor().country())) {
        result.add(m);
        continue;
      }
      ActorMention deniedTo = m.target().get();
      ActorMention state = new ActorMention(deniedTo.span(), deniedTo.surface(), states.apply(deniedTo.actor().country().get(), Optional.of("GOV")));
      result.add(new CodedMention(m.sentence(), m.trigger(), m.anchors(), teller.get().source(), Optional.of(state), denial, Modality.ASSERTED,
          false, true, m.tense(), m.pattern()));
    }
    return result;
  }
}
