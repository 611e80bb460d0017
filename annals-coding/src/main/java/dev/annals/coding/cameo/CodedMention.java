package dev.annals.coding.cameo;

import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import java.util.List;
import java.util.Optional;

/**
 * What the event coder found in one sentence, before dating, placing and merging.
 *
 * @param sentence sentence index
 * @param trigger token that names the event
 * @param anchors tokens whose clauses may carry the event's time and place (the trigger, and for
 *     a nominal event the light verb that governs it)
 * @param source who acts
 * @param target who is acted upon
 * @param type CAMEO code
 * @param modality asserted, intended, hypothetical or reported
 * @param negated "did not condemn"
 * @param speech true for a bare statement by a verb of saying, subsumed when its content is coded
 *     with the same source
 * @param tense past or future, for resolving "on Friday"
 * @param pattern the lexicon line that matched, for explaining the coding
 */
public record CodedMention(
    int sentence,
    int trigger,
    List<Integer> anchors,
    ActorMention source,
    Optional<ActorMention> target,
    EventType type,
    Modality modality,
    boolean negated,
    boolean speech,
    dev.annals.coding.time.Tense tense,
    String pattern) {
  public CodedMention {
    anchors = List.copyOf(anchors);
  }

  public CodedMention withSource(ActorMention newSource) {
    return new CodedMention(sentence, trigger, anchors, newSource, target, type, modality, negated, speech, tense, pattern);
  }

  public CodedMention withTarget(ActorMention newTarget) {
    return new CodedMention(sentence, trigger, anchors, source, Optional.of(newTarget), type, modality, negated, speech, tense, pattern);
  }

  public CodedMention withoutTarget() {
    return new CodedMention(sentence, trigger, anchors, source, Optional.empty(), type, modality, negated, speech, tense, pattern);
  }

  public CodedMention withType(EventType newType) {
    return new CodedMention(sentence, trigger, anchors, source, target, newType, modality, negated, speech, tense, pattern);
  }

  public CodedMention withModality(Modality newModality) {
    return new CodedMention(sentence, trigger, anchors, source, target, type, newModality, negated, speech, tense, pattern);
  }
}
