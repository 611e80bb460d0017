package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.EventType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "China's foreign ministry accused Taipei of stirring up trouble … Palau's president rejected the
 * accusation": to deny an accusation is to deny one's own guilt (016) only for the side accused.
 * An accusation aimed at another side, rejected or denied by a third, is a rejection (120) of the
 * accuser's words. And one rejected by whoever, the accused too ("The labour ministry rejected the
 * accusation"), is told as the rejection it says it is: every golden line for such a rejection
 * accepts 12x, where some refuse 016. The lexicon reads it as a denial all the same, so that it is
 * aimed, as a denial is, at the accuser.
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
    return coded.stream().map(m -> isRejectionOfAnothersAccusation(index, coded, m) || isRejected(index, m) ? m.withType(rejection) : m).toList();
  }

  /** A rejection aimed at someone; one aimed at no one stays the denial, which stands alone. */
  private static boolean isRejected(DependencyIndex index, CodedMention m) {
    return m.type().code().equals(DENIAL) && m.target().isPresent() && index.lemma(m.trigger()).toLowerCase(java.util.Locale.ROOT).equals(REJECTING);
  }

  /** The verb of rejecting, whose denial is told as a rejection. */
  private static final String REJECTING = "reject";

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
