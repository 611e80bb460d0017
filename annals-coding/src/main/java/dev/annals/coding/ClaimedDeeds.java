package dev.annals.coding;

import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "A suicide bomber rammed a car into a convoy ... The Balochistan Liberation Army claimed
 * responsibility": an attacker the story gives no name ("a gunman", "a suicide bomber",
 * "militants") is the one who claims the deed, in its own sentence or the next two. A claim
 * denied ("no group has claimed responsibility") names no one.
 */
final class ClaimedDeeds {
  /** Claiming responsibility for an act. */
  private static final String CLAIM = "015";
  /** Roots of deeds one claims: coercion (abductions), assault, fighting, mass violence. */
  private static final Set<String> CLAIMED_ROOTS = Set.of("17", "18", "19", "20");
  /** How many sentences after the deed its claim may come. */
  private static final int REACH = 2;

  private ClaimedDeeds() {}

  static List<CodedMention> attribute(List<CodedMention> coded) {
    List<CodedMention> attributed = new ArrayList<>();
    for (CodedMention m : coded) {
      Optional<ActorMention> claimant = namelessDeed(m) ? claimantOf(m, coded) : Optional.empty();
      attributed.add(claimant.map(c -> m.withSource(new ActorMention(m.source().span(), m.source().surface(), c.actor()))).orElse(m));
    }
    return attributed;
  }

  private static boolean namelessDeed(CodedMention m) {
    var actor = m.source().actor();
    return CLAIMED_ROOTS.contains(m.type().rootCode()) && GroupCountries.isUnplacedGroup(actor)
        && actor.sector().filter(ActorResolver.NAMELESS_ATTACKER_SECTORS::contains).isPresent();
  }

  /** The first one after the deed who claims responsibility, and who is named. */
  private static Optional<ActorMention> claimantOf(CodedMention deed, List<CodedMention> coded) {
    return coded.stream()
        .filter(c -> c.type().code().equals(CLAIM) && !c.negated())
        .filter(c -> c.sentence() >= deed.sentence() && c.sentence() - deed.sentence() <= REACH)
        .filter(c -> !GroupCountries.isUnplacedGroup(c.source().actor()))
        .map(CodedMention::source)
        .findFirst();
  }
}
