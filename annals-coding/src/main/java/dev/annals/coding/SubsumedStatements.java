package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Lavrov said Russia would send aid": a bare "X said" adds nothing when what X said is itself
 * coded with X as its source, so the statement is dropped and the act it reports stays; nor does
 * "saying" or "insisting" beside an act of the same side ("rejected the note, insisting …").
 */
final class SubsumedStatements {
  /** What a verb of saying reports: "Lavrov said [Russia would send aid]". */
  private static final Set<String> REPORTED_CLAUSE = Set.of("ccomp");

  private SubsumedStatements() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      // "Commenting on the talks, Lavrov said X": both verbs of saying are one statement.
      List<CodedMention> sameStatement = coded.stream()
          .filter(s -> s.speech() && s.sentence() == m.sentence() && s.source().actor().equals(m.source().actor()))
          .toList();
      boolean subsumed = m.speech() && m.target().isEmpty() && coded.stream().anyMatch(other ->
          !other.speech() && other.sentence() == m.sentence() && other.source().actor().equals(m.source().actor())
              && sameStatement.stream().anyMatch(s -> index.inComplementOf(s.trigger(), other.trigger(), REPORTED_CLAUSE)));
      // "Caracas rejected the note, insisting the waters belong to Venezuela": a participle of
      // saying beside the same side's act only tells why; the act is the event.
      boolean besideAct = m.speech() && m.target().isEmpty() && index.token(m.trigger()).tag().equals("VBG")
          && index.head(m.trigger()).filter(h -> h.relation().startsWith("advcl") || h.relation().equals("xcomp") || h.relation().equals("dep") || h.relation().startsWith("conj"))
              .map(h -> coded.stream().anyMatch(other -> !other.speech() && other.trigger() == h.governor() && other.source().actor().equals(m.source().actor())))
              .orElse(false);
      if (!subsumed && !besideAct) {
        kept.add(m);
      }
    }
    return kept;
  }
}
