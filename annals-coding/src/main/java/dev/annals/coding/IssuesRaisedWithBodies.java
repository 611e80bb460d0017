package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.EventType;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * "would raise the matter with Xi during a visit" takes the matter up in talks (cameo/verbs.tsv:
 * 040); "would raise the matter with the European Commission", a body that is no side to it, is a
 * complaint lodged with that body (114), as raising it at a body is. A case taken to a court ("the
 * defence would take the case to the European Court of Human Rights") is a lawsuit (115).
 */
final class IssuesRaisedWithBodies {
  private static final String RAISE = "raise";

  private final EventType complaint;
  private final EventType lawsuit;
  /** Whether an actor is a court: a state's judiciary or an organisation that is one (actors/organisations.tsv). */
  private final Predicate<Actor> isCourt;

  IssuesRaisedWithBodies(CameoCodebook codebook, Predicate<Actor> isCourt) {
    this.complaint = codebook.require("114", "an issue raised with a body");
    this.lawsuit = codebook.require("115", "a case taken to a court");
    this.isCourt = isCourt;
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> raisedWithABody(index, m) ? m.withType(complaint) : takenToACourt(index, m) ? m.withType(lawsuit) : m).toList();
  }

  /** Verbs of taking a case before a body: "take the case to", "bring the dispute before". */
  private static final Set<String> TAKING = Set.of("take", "bring");

  private boolean takenToACourt(DependencyIndex index, CodedMention m) {
    return m.type().code().equals(complaint.code()) && TAKING.contains(index.lemma(m.trigger())) && m.target().map(t -> isCourt.test(t.actor())).orElse(false);
  }

  private static boolean raisedWithABody(DependencyIndex index, CodedMention m) {
    return index.lemma(m.trigger()).equals(RAISE) && m.type().rootCode().equals(EarlierEvents.CONSULT_ROOT)
        && m.target().map(t -> t.actor().kind() == ActorKind.ORGANISATION && !MEMBERS.matcher(t.surface()).find()).orElse(false);
  }

  /**
   * "would raise the case with its European Union partners": the members of a body, called by its
   * name, are the states one talks to, not the body a complaint is lodged with.
   */
  private static final java.util.regex.Pattern MEMBERS = java.util.regex.Pattern.compile("(?i)\\b(partners|allies|members|member states|counterparts)$");
}
