package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Saint Lucia switched diplomatic recognition from Taiwan to China": recognition moved to one
 * state (054, cameo/verbs.tsv) is taken from the state it is moved from, whose relations with the
 * side that moves it are broken (161). The cut is told by the same words, with the same doer, time
 * and mood.
 */
final class SwitchedRecognition {
  /** Verbs that move recognition from one state to another. */
  private static final Set<String> MOVING = Set.of("switch", "shift", "transfer");
  private static final String RECOGNITION = "054";

  private final EventType relationsBroken;

  SwitchedRecognition(CameoCodebook codebook) {
    this.relationsBroken = codebook.require("161", "relations broken with the state recognition is taken from");
  }

  List<CodedMention> add(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>(coded);
    for (CodedMention m : coded) {
      if (!m.type().code().equals(RECOGNITION) || m.negated() || !MOVING.contains(index.lemma(m.trigger()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int from : index.children(m.trigger(), Set.of("obl:from"))) {
        for (ActorMention left : actors.at(from)) {
          boolean otherState = left.actor().kind() == ActorKind.STATE && !left.actor().country().equals(m.source().actor().country());
          if (otherState) {
            result.add(new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), Optional.of(left), relationsBroken, m.modality(), false,
                m.speech(), m.tense(), m.pattern() + " (recognition taken from)"));
          }
        }
      }
    }
    return result;
  }
}
