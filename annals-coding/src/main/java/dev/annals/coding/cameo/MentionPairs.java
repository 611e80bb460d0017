package dev.annals.coding.cameo;

import dev.annals.coding.time.Tense;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one reading of a trigger into coded mentions: each source with each target that is not
 * the source itself; with no target, a reciprocal event between every two sources.
 */
final class MentionPairs {
  private MentionPairs() {}

  static List<CodedMention> of(
      int sentence,
      int trigger,
      List<Integer> anchors,
      List<ActorMention> sources,
      List<ActorMention> targets,
      EventType type,
      Modality mode,
      boolean negated,
      boolean speech,
      boolean reciprocal,
      Tense tense,
      String pattern) {
    List<CodedMention> found = new ArrayList<>();
    if (targets.isEmpty() && reciprocal && sources.size() >= 2) {
      for (ActorMention a : sources) {
        for (ActorMention b : sources) {
          if (!ActorMentions.sameActor(a, b)) {
            found.add(new CodedMention(sentence, trigger, anchors, a, Optional.of(b), type, mode, negated, speech, tense, pattern));
          }
        }
      }
      return found;
    }
    for (ActorMention source : sources) {
      // "Turkish authorities imposed a curfew in a Turkish town": an act on the source's own
      // country is still an act, with no target of its own.
      if (targets.isEmpty() || targets.stream().allMatch(target -> ActorMentions.sameActor(source, target))) {
        found.add(new CodedMention(sentence, trigger, anchors, source, Optional.empty(), type, mode, negated, speech, tense, pattern));
      }
      for (ActorMention target : targets) {
        if (!ActorMentions.sameActor(source, target)) {
          found.add(new CodedMention(sentence, trigger, anchors, source, Optional.of(target), type, mode, negated, speech, tense, pattern));
        }
      }
    }
    return found;
  }
}
