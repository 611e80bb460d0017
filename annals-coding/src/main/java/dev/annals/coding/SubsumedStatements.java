package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Lavrov said Russia would send aid": a bare "X said" adds nothing when what X said is itself
 * coded with X as its source, so the statement is dropped and the act it reports stays (an act it
 * says will not happen stays a negated act beside the statement: "said the government would not
 * restrict the right to protest"); nor does
 * "saying" or "insisting" beside an act of the same side ("rejected the note, insisting …"), nor a
 * letter whose participle is the act ("wrote to the home secretary demanding …").
 */
final class SubsumedStatements {
  /** What a verb of saying reports: "Lavrov said [Russia would send aid]". */
  private static final Set<String> REPORTED_CLAUSE = Set.of("ccomp");

  /** How a statement noun is the medium of an act: "in a statement", "through a statement", "via a statement". */
  private static final Set<String> MEDIUM = Set.of("obl:in", "obl:through", "obl:via");

  /** CAMEO's "make statement, not specified below": the statement that says nothing of its own. */
  private static final String PLAIN_STATEMENT = "010";

  private SubsumedStatements() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      // "Commenting on the talks, Lavrov said X": both verbs of saying are one statement.
      List<CodedMention> sameStatement = coded.stream()
          .filter(s -> s.speech() && s.sentence() == m.sentence() && s.source().actor().equals(m.source().actor()))
          .toList();
      boolean subsumed = m.speech() && m.target().isEmpty() && coded.stream().anyMatch(other ->
          !other.speech() && !other.negated() && other.sentence() == m.sentence() && sameSpeaker(m, other)
              && sameStatement.stream().anyMatch(s -> index.inComplementOf(s.trigger(), other.trigger(), REPORTED_CLAUSE)));
      // "Caracas rejected the note, insisting the waters belong to Venezuela": a participle of
      // saying beside the same side's act, or beside its saying more than a statement ("denied
      // any abuse, saying it was enforcing a law") or said to someone ("defended the ban, saying"),
      // only tells why; the act is the event.
      boolean besideAct = m.speech() && m.target().isEmpty() && index.token(m.trigger()).tag().equals("VBG")
          && index.head(m.trigger()).filter(h -> h.relation().startsWith("advcl") || h.relation().equals("xcomp") || h.relation().equals("dep") || h.relation().startsWith("conj"))
              .map(h -> coded.stream().anyMatch(other -> (!other.speech() || !other.type().code().equals(PLAIN_STATEMENT) || other.target().isPresent())
                  && (other.trigger() == h.governor() || isDecidedBy(index, other.trigger(), h.governor()))
                  && other.source().actor().equals(m.source().actor())))
              .orElse(false);
      // "JNIM claimed the raid in a statement", "condemned the attack in a statement": the
      // statement the act was made in is no second event.
      boolean medium = m.type().code().equals(PLAIN_STATEMENT) && m.target().isEmpty() && index.token(m.trigger()).isNoun()
          && index.head(m.trigger()).filter(h -> MEDIUM.contains(h.relation()))
              .map(h -> coded.stream().anyMatch(other -> other != m && other.trigger() == h.governor() && other.source().actor().equals(m.source().actor())))
              .orElse(false);
      // "Kyrgyzstan's foreign ministry summoned the head of the EU delegation and said the
      // decision had been taken without consulting Bishkek": a plain statement joined by "and" to
      // the same side's act tells why it acted; the act is the event. (Not a clause with a
      // subject of its own: "Hanoi rejected what it called interference, and a foreign ministry
      // spokesperson said the trial had been fair" is a second voice of the side.)
      boolean joinedToAct = m.type().code().equals(PLAIN_STATEMENT) && m.target().isEmpty()
          && index.head(m.trigger()).filter(h -> h.relation().startsWith("conj") && h.governor() < m.trigger()
              && index.children(m.trigger(), Set.of("nsubj")).stream().noneMatch(subject -> subject > h.governor()))
              .map(h -> coded.stream().anyMatch(other -> other != m && other.trigger() == h.governor() && !other.type().code().equals(PLAIN_STATEMENT)
                  && other.source().actor().equals(m.source().actor())))
              .orElse(false);
      // "British lawmakers wrote to the home secretary demanding that the next flight be
      // cancelled": a plain statement whose participle is the same side's act, aimed at the same
      // side, is that act's medium (the parser may hang the participle loosely: "had written to
      // Hungary asking how it would stop the men", dep).
      boolean carriesAct = m.type().code().equals(PLAIN_STATEMENT) && m.target().isPresent() && coded.stream().anyMatch(other -> other != m
          && !other.type().code().equals(PLAIN_STATEMENT) && other.sentence() == m.sentence() && index.token(other.trigger()).tag().equals("VBG")
          && index.head(other.trigger()).filter(h -> h.governor() == m.trigger() && (h.relation().startsWith("advcl") || h.relation().equals("dep"))).isPresent()
          && other.source().actor().equals(m.source().actor()) && other.target().map(t -> t.actor()).equals(m.target().map(t -> t.actor())));
      if (!subsumed && !besideAct && !medium && !joinedToAct && !carriesAct) {
        kept.add(m);
      }
    }
    return kept;
  }

  /**
   * "decided on Thursday to keep visas …, saying it needed time": the act is the complement of the
   * verb the participle hangs on.
   */
  private static boolean isDecidedBy(DependencyIndex index, int act, int verb) {
    return index.head(act).filter(h -> h.governor() == verb && h.relation().equals("xcomp")).isPresent();
  }

  /**
   * The act is the speaker's own, or, for a plain statement, its state's: "Interior Minister
   * Dobrindt said Germany would keep turning migrants away". A denial or a complaint says more
   * than its content and stays ("Sudan's foreign ministry denied that its forces had attacked").
   */
  private static boolean sameSpeaker(CodedMention statement, CodedMention act) {
    return statement.source().actor().equals(act.source().actor())
        || statement.type().code().equals(PLAIN_STATEMENT) && Sides.speaksFor(statement.source().actor(), act.source().actor());
  }
}
