package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.time.Tense;
import dev.annals.model.ActorMention;
import dev.annals.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Peacekeepers who arrive somewhere: no visit, but peacekeeping provided by their side and received by the host. */
final class PeacekeeperArrivals {
  private static final String VISIT = "042";
  private static final String PROVIDE_PEACEKEEPING = "074";
  private static final String RECEIVE_PEACEKEEPERS = "0861";
  private static final Set<String> PEACEKEEPING = Set.of("peacekeeper", "peacekeeping", "peace-keeper", "peace-keeping");

  private final DependencyIndex index;
  private final CameoCodebook codebook;

  PeacekeeperArrivals(DependencyIndex index, CameoCodebook codebook) {
    this.index = index;
    this.codebook = codebook;
  }

  /** The verb reads as a visit (042) by peacekeepers, in the active voice, to someone named. */
  boolean arrive(VerbPattern chosen, int verb, List<ActorMention> targets, boolean passive) {
    return chosen.code().equals(VISIT) && !targets.isEmpty() && !passive && peacekeepersAsSubject(verb);
  }

  /**
   * "Bangladeshi peacekeeping troops arrived in Sierra Leone": peacekeepers who arrive pay no
   * visit; their side provides peacekeeping (074) and the host receives it (0861), as PETRARCH's
   * dual codes read a happening told from both sides.
   */
  List<CodedMention> mentions(int sentence, int verb, List<ActorMention> sources, List<ActorMention> targets, Modality mode, boolean negated, Tense tense, String origin) {
    List<CodedMention> deployment = new ArrayList<>(MentionPairs.of(sentence, verb, List.of(verb), sources, targets, codebook.require(PROVIDE_PEACEKEEPING, "peacekeepers arriving"),
        mode, negated, false, false, tense, origin));
    deployment.addAll(MentionPairs.of(sentence, verb, List.of(verb), targets, sources, codebook.require(RECEIVE_PEACEKEEPERS, "peacekeepers arriving"), mode, negated, false, false, tense, origin));
    return deployment;
  }

  /** The verb's subject phrase names peacekeepers: "UN peacekeepers", "a deployment of peacekeeping troops". */
  private boolean peacekeepersAsSubject(int verb) {
    for (int subject : index.children(verb, Set.of("nsubj"))) {
      if (index.subtree(subject, Set.of("acl:relcl", "acl")).stream().anyMatch(t -> PEACEKEEPING.contains(lemma(t)))) {
        return true;
      }
    }
    return false;
  }

  private String lemma(int token) {
    return index.lemma(token);
  }
}
