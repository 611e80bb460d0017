package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorKind;
import dev.annals.model.EventType;
import java.util.List;

/**
 * "would raise the matter with Xi during a visit" takes the matter up in talks (cameo/verbs.tsv:
 * 040); "would raise the matter with the European Commission", a body that is no side to it, is a
 * complaint lodged with that body (114), as raising it at a body is.
 */
final class IssuesRaisedWithBodies {
  private static final String RAISE = "raise";

  private final EventType complaint;

  IssuesRaisedWithBodies(CameoCodebook codebook) {
    this.complaint = codebook.require("114", "an issue raised with a body");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> raisedWithABody(index, m) ? m.withType(complaint) : m).toList();
  }

  private static boolean raisedWithABody(DependencyIndex index, CodedMention m) {
    return index.lemma(m.trigger()).equals(RAISE) && m.type().rootCode().equals(EarlierEvents.CONSULT_ROOT)
        && m.target().map(t -> t.actor().kind() == ActorKind.ORGANISATION).orElse(false);
  }
}
