package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "The government did not comment", "the ministry did not respond": a statement not made is
 * CAMEO's "decline comment" (011), as "declined to comment" is, not a statement negated; so is a
 * matter one declined to discuss.
 */
final class DeclinedComments {
  /** Verbs of commenting whose negation is a declined comment. */
  private static final Set<String> COMMENTING = Set.of("comment", "respond", "reply", "answer", "speak");

  /**
   * "The Kremlin declined to discuss the request": a matter one will not discuss is a comment
   * declined, not talks with the one who asked.
   */
  private static final String DISCUSS = "discuss";

  private final EventType declineComment;

  DeclinedComments(CameoCodebook codebook) {
    this.declineComment = codebook.require("011", "declined comments");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean declined = m.negated() && (m.type().code().startsWith("01") && COMMENTING.contains(index.lemma(m.trigger()))
          || m.type().rootCode().equals(EarlierEvents.CONSULT_ROOT) && index.lemma(m.trigger()).equals(DISCUSS));
      result.add(declined ? new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), m.target(), declineComment, m.modality(), false, m.speech(), m.tense(),
          m.pattern()) : m);
    }
    return result;
  }
}
