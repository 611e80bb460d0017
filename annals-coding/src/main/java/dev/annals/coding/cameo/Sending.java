package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Dependency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Verbs whose act is the purpose of sending people somewhere: "sent experts to Pakistan to investigate". */
final class Sending {
  /** Verbs that send people somewhere for a purpose: "sent experts to Pakistan to investigate". */
  private static final Set<String> SENDING_VERBS = Set.of("send", "dispatch", "deploy", "despatch");

  private final DependencyIndex index;

  Sending(DependencyIndex index) {
    this.index = index;
  }

  /** The verb of sending whose purpose clause this verb is: "sent experts to Pakistan [to investigate]". */
  Optional<Integer> sender(int verb) {
    return index.parents(verb).stream()
        .filter(up -> up.governor() >= 0 && (up.relation().equals("advcl:to") || up.relation().equals("xcomp")) && SENDING_VERBS.contains(lemma(up.governor())))
        .map(Dependency::governor).findFirst();
  }

  /** Where the verb governing this purpose clause sends someone: "sent experts [to Pakistan] to investigate". */
  List<Integer> sentTo(int verb) {
    return sender(verb).map(s -> index.children(s, Set.of("obl:to"))).orElse(List.of());
  }

  private String lemma(int token) {
    return index.lemma(token);
  }
}
