package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.ActorMention;
import dev.annals.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Bulgaria expelled two Russian diplomats ... Russia's embassy said Moscow would respond": a side
 * that says it will respond, react or retaliate, with no word of to what, just after another side
 * did something to it, threatens that side (130), though it does not say how. Read as a bare
 * reply ("would respond to questions") otherwise.
 */
final class AnnouncedReprisals {
  private static final Set<String> ANSWERING = Set.of("respond", "react", "retaliate", "reciprocate");
  /**
   * Verbs the lexicon reads as retaliation to come only with a word of measures or of response:
   * "will answer with measures of its own", "would take all necessary measures in response".
   */
  private static final Set<String> ANSWERING_WITH_MEASURES = Set.of("answer", "take");
  /** Disapprove: what one denounces is what one's response answers. */
  private static final String DISAPPROVE = "11";
  private static final String STATEMENT = "01";
  private static final String THREATEN = "130";
  /** Conventional force: what the lexicon makes of a response in kind announced ("would respond in kind"). */
  private static final String FORCE_ROOT = "19";

  private final CameoCodebook codebook;

  AnnouncedReprisals(CameoCodebook codebook) {
    this.codebook = codebook;
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      CodedMention changed = m;
      boolean answering = ANSWERING.contains(index.lemma(m.trigger()).toLowerCase(Locale.ROOT)) && m.target().isEmpty()
          && m.type().rootCode().equals(STATEMENT) && m.modality() == Modality.INTENDED && !m.negated();
      // "Belarus said it would respond in kind": a response the lexicon reads as retaliation to
      // come (190, announced; a threat once ThreatenedActs reads it) is aimed at that side too.
      String verb = index.lemma(m.trigger()).toLowerCase(Locale.ROOT);
      boolean threatOfResponse = (ANSWERING.contains(verb) || ANSWERING_WITH_MEASURES.contains(verb)) && m.target().isEmpty()
          && m.type().rootCode().equals(FORCE_ROOT) && m.modality() == Modality.INTENDED && !m.negated();
      if (answering || threatOfResponse) {
        Optional<Actor> doer = EarlierEvents.actOnSourceSide(result, m, EarlierEvents.DEED_ROOTS).or(() -> EarlierEvents.leadDeedOnSourceSide(result, m))
            .or(() -> denouncedBefore(result, m));
        if (doer.isPresent() && answering) {
          changed = new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), Optional.of(ActorMention.at(index.token(m.trigger()), doer.get())),
              codebook.require(THREATEN, "announced reprisal"), m.modality(), false, false, m.tense(), m.pattern());
        } else if (doer.isPresent()) {
          changed = m.withTarget(ActorMention.at(index.token(m.trigger()), doer.get()));
        }
      }
      result.add(changed);
    }
    return result;
  }

  /**
   * "Russia's embassy called the deployment 'a provocation' and said Moscow would take all
   * necessary measures in response": a deed done to others, not to the side, which it denounced
   * earlier in the same sentence; its response answers the side it denounced.
   */
  private static Optional<Actor> denouncedBefore(List<CodedMention> earlier, CodedMention m) {
    Optional<Actor> denounced = Optional.empty();
    for (CodedMention e : earlier) {
      if (e.sentence() == m.sentence() && e.trigger() < m.trigger() && e.type().rootCode().equals(DISAPPROVE) && !e.negated() && e.target().isPresent()
          && e.source().actor().equals(m.source().actor())) {
        denounced = Optional.of(e.target().get().actor());
      }
    }
    return denounced;
  }
}
