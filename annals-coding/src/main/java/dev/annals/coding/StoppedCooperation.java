package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.cameo.StoppingVerbs;
import dev.annals.model.Dependency;
import dev.annals.model.EventType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Korea Aerospace Industries said it had stopped sharing technical data with Indonesian staff":
 * cooperation that a side stops is no cooperation not done but a cut in relations (16), and aid it
 * stops giving is a cut in aid (162). The stopped act, coded negated with the stopping verb over
 * it, becomes the cut, done by the same side to the same side.
 */
final class StoppedCooperation {
  /** Material cooperation (06) and aid (07). */
  private static final String COOPERATION = "06";
  private static final String AID = "07";
  /** How the parser hangs a stopped gerund: as the complement, or as a bare dependent. */
  private static final Set<String> GERUND_RELATIONS = Set.of("xcomp", "dep", "ccomp");

  private final EventType relationsReduced;
  private final EventType aidReduced;

  StoppedCooperation(CameoCodebook codebook) {
    this.relationsReduced = codebook.require("16", "cooperation a side stops");
    this.aidReduced = codebook.require("162", "aid a side stops giving");
  }

  /**
   * Whether the mention is cooperation or aid to a side that a stopping verb over it ends, its
   * negation the stopping's: "will stop extending temporary protection to Ukrainian men" (which
   * AnnouncedActs leaves for this pass, no refusal).
   */
  static boolean isStopped(DependencyIndex index, CodedMention m) {
    String root = m.type().rootCode();
    if (!m.negated() || m.target().isEmpty() || !(root.equals(COOPERATION) || root.equals(AID)) || !index.token(m.trigger()).tag().equals("VBG")) {
      return false;
    }
    Optional<Integer> stopping = index.head(m.trigger()).filter(d -> GERUND_RELATIONS.contains(d.relation()) && d.governor() >= 0
        && StoppingVerbs.LEMMAS.contains(index.lemma(d.governor()))).map(Dependency::governor);
    // "would not stop sharing": not stopping is going on, and stays as it was coded.
    boolean stoppingDenied = stopping.isPresent() && index.children(stopping.get(), Set.of("advmod")).stream()
        .anyMatch(a -> Negations.WORDS.contains(index.lemma(a)));
    return stopping.isPresent() && !stoppingDenied;
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> cut(index, m).orElse(m)).toList();
  }

  private Optional<CodedMention> cut(DependencyIndex index, CodedMention m) {
    if (!isStopped(index, m)) {
      return Optional.empty();
    }
    String root = m.type().rootCode();
    EventType cut = root.equals(AID) ? aidReduced : relationsReduced;
    return Optional.of(new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), m.target(), cut, m.modality(), false, m.speech(), m.tense(),
        m.pattern() + " (stopped)"));
  }
}
