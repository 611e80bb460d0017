package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.EventType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "China's foreign ministry accused Taipei of stirring up trouble … Palau's president rejected the
 * accusation": to reject an accusation is to deny one's own guilt (016) only for the side accused.
 * An accusation aimed at another side, rejected by a third, is a rejection (120) of the accuser's
 * words.
 */
final class AccusationsOfOthersRejected {
  /** Deny responsibility: what the lexicon makes of rejecting an accusation. */
  private static final String DENIAL = "016";
  /** Words of an accusation that a denial names as its object. */
  private static final Set<String> ACCUSATION_NOUNS = Set.of("accusation", "allegation", "charge");

  private final EventType rejection;

  AccusationsOfOthersRejected(CameoCodebook codebook) {
    this.rejection = codebook.require("120", "rejection of an accusation aimed at another side");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> isRejectionOfAnothersAccusation(index, coded, m) ? m.withType(rejection) : m).toList();
  }

  private static boolean isRejectionOfAnothersAccusation(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    if (!m.type().code().equals(DENIAL) || m.target().isEmpty()
        || index.children(m.trigger(), Set.of("obj")).stream().noneMatch(o -> ACCUSATION_NOUNS.contains(index.lemma(o).toLowerCase(java.util.Locale.ROOT)))) {
      return false;
    }
    // The accuser's last accusation told before, and whom it was aimed at.
    Optional<CodedMention> accusation = coded.stream()
        .filter(e -> e.sentence() < m.sentence() && e.type().rootCode().equals(EarlierEvents.DISAPPROVAL_ROOT) && e.source().actor().equals(m.target().get().actor()) && e.target().isPresent())
        .reduce((first, second) -> second);
    return accusation.filter(a -> a.target().get().actor().country().isPresent() && m.source().actor().country().isPresent()
        && !a.target().get().actor().country().equals(m.source().actor().country())).isPresent();
  }
}
