package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.ActorMention;
import java.util.List;
import java.util.Set;

/**
 * The doer of an act told again in the passive without its doer but with "also": "Mauritanian
 * police expelled more than 600 Senegalese ... Mali and Guinea, whose citizens were also
 * expelled": the same act again, by whoever did it the last time the article told it with its
 * doer (the same verb, active). Without "also" a bare passive may be anyone's act ("three
 * soldiers were killed" after a story of militants killing civilians is not told as theirs).
 */
final class RepeatedActs {
  private final DependencyIndex index;
  private final SubjectActors subjectActors;

  RepeatedActs(DependencyIndex index, SubjectActors subjectActors) {
    this.index = index;
    this.subjectActors = subjectActors;
  }

  /** The doers of the last active telling of the passive verb's act before it, if it says "also". */
  List<ActorMention> doersOf(int passiveVerb) {
    if (!index.hasChildLemma(passiveVerb, "advmod", Set.of("also"))) {
      return List.of();
    }
    // "Rebel forces are also reported to be closing in": hearsay of a deed ("reported to",
    // "said to", "believed to") is no act done to the rebels.
    if (!index.children(passiveVerb, Set.of("xcomp")).isEmpty()) {
      return List.of();
    }
    String lemma = index.lemma(passiveVerb);
    for (int verb = passiveVerb - 1; verb >= 0; verb--) {
      if (!index.lemma(verb).equals(lemma) || !index.token(verb).isVerb() || index.isPassive(verb)) {
        continue;
      }
      List<ActorMention> doers = subjectActors.of(verb);
      if (!doers.isEmpty()) {
        return doers;
      }
    }
    return List.of();
  }
}
