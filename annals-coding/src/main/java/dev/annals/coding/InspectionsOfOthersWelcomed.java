package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.EventType;
import java.util.List;
import java.util.Optional;

/**
 * "Argentina's government ordered an inspection of the Chinese-run station … The United States
 * embassy welcomed the inspection": to welcome inspectors (0862) or an inquiry (086) is to let
 * them in, but only for the side inspected. A welcome aimed at the side that inspects or inquires
 * into a third side's doings praises that side's act (051).
 */
final class InspectionsOfOthersWelcomed {
  /** Receiving inspectors or allowing international involvement: the roots of letting others in. */
  private static final String LETTING_IN = "086";
  /** Investigations (09). */
  private static final String INVESTIGATION_ROOT = "09";

  private final EventType praise;

  InspectionsOfOthersWelcomed(CameoCodebook codebook) {
    this.praise = codebook.require("051", "welcome of another side's inspection");
  }

  List<CodedMention> read(List<CodedMention> coded) {
    return coded.stream().map(m -> isWelcomeOfOthersInspection(coded, m) ? m.withType(praise) : m).toList();
  }

  private static boolean isWelcomeOfOthersInspection(List<CodedMention> coded, CodedMention m) {
    if (!m.type().code().startsWith(LETTING_IN) || m.target().isEmpty() || m.source().actor().country().isEmpty()) {
      return false;
    }
    Optional<String> welcomer = m.source().actor().country();
    // The inspector's act on a side other than the welcomer, told before.
    return coded.stream().anyMatch(e -> e.sentence() < m.sentence() && e.type().rootCode().equals(INVESTIGATION_ROOT)
        && e.source().actor().equals(m.target().get().actor()) && e.target().filter(t -> t.actor().country().isPresent() && !t.actor().country().equals(welcomer)).isPresent());
  }
}
