package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorKind;
import dev.annals.model.EventType;
import java.util.List;
import java.util.Set;

/**
 * "Maldivian President Mohamed Muizzu began a state visit to Sri Lanka and was welcomed in Colombo
 * by President Dissanayake": a leader welcomed somewhere by another state's leader, told in the
 * passive with the host as its agent, is hosted (043), not praised (051). Praise welcomes a thing:
 * "the decision was welcomed by the EU" names no place it was welcomed in.
 */
final class WelcomedGuests {
  /** Where a welcome is given: "in Colombo", "at Lusaka's airport". */
  private static final Set<String> PLACES = Set.of("obl:in", "obl:at");

  private final EventType hosting;

  WelcomedGuests(CameoCodebook codebook) {
    this.hosting = codebook.require("043", "guests welcomed in a place by their host");
  }

  List<CodedMention> asHosting(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> isGuestWelcomed(index, m) ? m.withType(hosting) : m).toList();
  }

  private static boolean isGuestWelcomed(DependencyIndex index, CodedMention m) {
    if (!m.type().code().equals("051") || !index.lemma(m.trigger()).equalsIgnoreCase("welcome") || !index.isPassive(m.trigger()) || m.target().isEmpty()) {
      return false;
    }
    boolean placed = index.children(m.trigger(), PLACES).stream().anyMatch(p -> index.token(p).isProperNoun() || !index.children(p, Set.of("nmod:poss")).isEmpty());
    boolean agent = !index.children(m.trigger(), Set.of("obl:agent")).isEmpty();
    var guest = m.target().get().actor();
    boolean aLeader = guest.kind() == ActorKind.PERSON || guest.sector().filter("GOV"::equals).isPresent();
    return placed && agent && aLeader && Sides.different(guest, m.source().actor());
  }
}
