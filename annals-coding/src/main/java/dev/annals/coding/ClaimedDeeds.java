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
 * denied ("no group has claimed responsibility") names no one. So is the named group the deed's
 * teller blames in the same sentence ("Gunmen abducted nine lorry drivers, the transport ministry
 * said, blaming the 3R rebel group"), when no one claims it.
 */
final class ClaimedDeeds {
  /** Claiming responsibility for an act. */
  private static final String CLAIM = "015";
  /** Roots of deeds one claims: coercion (abductions), assault, fighting, mass violence. */
  static final Set<String> CLAIMED_ROOTS = Set.of("17", "18", "19", "20");
  /** How many sentences after the deed its claim may come. */
  private static final int REACH = 2;

  private ClaimedDeeds() {}

  static List<CodedMention> attribute(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> attributed = new ArrayList<>();
    Optional<ActorMention> firstClaimant = Optional.empty();
    for (CodedMention m : coded) {
      Optional<ActorMention> claimant = namelessDeed(m) ? claimantOf(m, coded).or(() -> blamedFor(index, m, coded)) : Optional.empty();
      if (firstClaimant.isEmpty()) {
        firstClaimant = claimant;
      }
      attributed.add(claimant.map(c -> m.withSource(new ActorMention(m.source().span(), m.source().surface(), c.actor()))).orElse(m));
    }
    // "Gunmen kidnapped three engineers … troops killed two of the kidnappers … the Islamic State
    // said its fighters had carried out the abduction": the nameless attackers named again with
    // "the" are the claimed deed's doers, whom the claim names.
    Optional<ActorMention> claimed = firstClaimant;
    return claimed.isEmpty() ? attributed : attributed.stream().map(m -> m.target().filter(t -> isNamelessAttacker(t.actor()) && namedAgain(t))
        .map(t -> m.withTarget(new ActorMention(t.span(), t.surface(), claimed.get().actor()))).orElse(m)).toList();
  }

  private static boolean isNamelessAttacker(dev.annals.model.Actor actor) {
    return GroupCountries.isUnplacedGroup(actor) && actor.sector().filter(ActorResolver.NAMELESS_ATTACKER_SECTORS::contains).isPresent();
  }

  /** Words that name a group again: "the kidnappers", "two of the gunmen". */
  private static boolean namedAgain(ActorMention mention) {
    return (" " + mention.surface().toLowerCase(java.util.Locale.ROOT)).contains(" the ");
  }

  private static boolean namelessDeed(CodedMention m) {
    return CLAIMED_ROOTS.contains(m.type().rootCode()) && isNamelessAttacker(m.source().actor());
  }

  /**
   * The named group an accusation by "blame" in the deed's own sentence is aimed at: the teller
   * blaming someone for what it tells.
   */
  private static Optional<ActorMention> blamedFor(DependencyIndex index, CodedMention deed, List<CodedMention> coded) {
    return coded.stream()
        .filter(c -> c.sentence() == deed.sentence() && c.type().code().startsWith(ACCUSE) && !c.negated() && index.lemma(c.trigger()).equals("blame"))
        .flatMap(c -> c.target().stream())
        .filter(t -> t.actor().sector().filter(ARMED_GROUPS::contains).isPresent()
            || (!GroupCountries.isUnplacedGroup(t.actor()) && t.actor().kind() != dev.annals.model.ActorKind.STATE))
        .findFirst();
  }

  /**
   * Armed groups, named or not ("the 3R rebel group" is rebels of no country yet): a blamed state
   * or army is an accusation between states, not the nameless doer named.
   */
  private static final Set<String> ARMED_GROUPS = Set.of("REB", "INS", "CRM");
  /** Accuse (112): "blaming the 3R rebel group". */
  private static final String ACCUSE = "112";

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
