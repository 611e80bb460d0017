package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "The ministry said it deeply regretted the decision", "Beijing said it firmly opposed the deal
 * and warned Tokyo": a side that says it condemns, supports, rejects, demands or warns does so by
 * saying it, so the stance is asserted, not the content of a report about someone else. Only
 * stances in the speaker's own voice are read so: the act's source is the speaker's side, and
 * the clause has no modal of its own ("said it would ask" stays a plan).
 */
final class SpokenStances {
  /** What a verb of saying reports: "said [it regretted the decision]". */
  private static final Set<String> REPORTED_CLAUSE = Set.of("ccomp");
  /**
   * Roots of acts done in words: appeals, approval and support, demands, disapproval, rejection,
   * threats. An attack or an aid delivery the speaker reports of itself is still its report.
   */
  private static final Set<String> STANCE_ROOTS = Set.of("02", "05", "10", "11", "12", "13");
  /**
   * Comments that are stances too: "said it was deeply concerned", "said it was hopeful"; and owning
   * up: "Mattarella said Italy recognised its responsibility for the crimes of its colonial past".
   */
  private static final Set<String> STANCE_CODES = Set.of("012", "013", "015");

  private SpokenStances() {}

  /**
   * Reads each reported stance in its teller's voice where it is the teller's own; {@code
   * hasMember} tells whether a region or organisation counts a country among its members. "Ghana's President John Mahama said Africa stood with the Caribbean": a member that
   * says its region or bloc stands with someone takes that stance itself, so the stance is the
   * speaker's own (GHAGOV's support of the Caribbean), not a report about Africa.
   */
  static List<CodedMention> assert_(DependencyIndex index, List<CodedMention> coded, java.util.function.BiPredicate<String, String> hasMember) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      // A stance may itself introduce content ("warned Tokyo against …"); it is still an act.
      boolean stance = m.modality() == Modality.REPORTED && (STANCE_ROOTS.contains(m.type().rootCode()) || STANCE_CODES.contains(m.type().code()));
      java.util.Optional<CodedMention> teller = !stance || !spokenNow(index, m.trigger()) ? java.util.Optional.empty()
          : coded.stream().filter(speech -> speech.speech() && speech != m && speech.sentence() == m.sentence() && speech.trigger() < m.trigger()
              && index.inComplementOf(speech.trigger(), m.trigger(), REPORTED_CLAUSE)).findFirst();
      boolean ownVoice = teller.isPresent() && Sides.speaksFor(teller.get().source().actor(), m.source().actor());
      boolean forItsGroup = teller.isPresent() && !ownVoice && m.source().actor().country().isEmpty()
          && teller.get().source().actor().country().map(c -> hasMember.test(m.source().actor().code(), c)).orElse(false);
      result.add(ownVoice ? m.withModality(Modality.ASSERTED)
          : forItsGroup ? m.withSource(teller.get().source()).withModality(Modality.ASSERTED) : m);
    }
    return result;
  }

  /**
   * A verb in a simple tense: "said it regretted". "Said it had filed a complaint", "Iran has
   * refused …, the minister said" tell an earlier deed, and "said Moscow had no objection" tells
   * a stance by a noun, which stays what the speaker reports. An adjective after a copula is a
   * stance of the speaker's too: "said it was deeply disappointed".
   */
  private static boolean spokenNow(DependencyIndex index, int trigger) {
    return (index.token(trigger).isVerb() || !index.children(trigger, Set.of("cop")).isEmpty())
        && index.children(trigger).stream().noneMatch(d -> d.relation().startsWith("aux") && index.lemma(d.dependent()).equals("have"));
  }
}
