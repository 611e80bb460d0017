package dev.annals.coding;

import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CAMEO codes that hold only between certain kinds of sides. Violent repression (175) is done to
 * civilians, protesters and opponents; force used on an armed group ("troops stormed the rebels'
 * camp") is fighting (190). Arrest and detention (173) are a state's; an armed group or gang that
 * holds people ("rebels detained two aid workers") has abducted them (181). Civilians wage no
 * military force: unarmed protesters or residents who "attacked the embassy" rioted (145); and a
 * state's forces do not riot: police who "stormed the embassy" seized it by force (171).
 * Military cooperation (062) needs a partner: a state that drills alone ("China held military
 * drills") demonstrates its military power (150).
 */
final class SectorFittedCodes {
  /** Sectors that bear arms: CAMEO's rebels, insurgents, unidentified armed forces, criminals and the military. */
  private static final Set<String> ARMED = Set.of("REB", "INS", "UAF", "CRM", "MIL");
  /** Words of rising against one's rulers, which a state's own forces may do: a mutiny stays a riot. */
  private static final Set<String> UPRISING_WORDS = Set.of("revolt", "rebel", "rebellion", "mutiny", "uprising", "rise", "riot");
  /** A state's armed and security forces. */
  private static final Set<String> STATE_FORCES = Set.of("MIL", "COP", "SPY");
  /** Armed sectors that are no state's. */
  private static final Set<String> NON_STATE_ARMED = Set.of("REB", "INS", "UAF", "CRM");

  private final EventType fighting;
  private final EventType abduction;
  private final EventType riot;
  private final EventType showOfForce;
  private final EventType officialComplaint;
  private final EventType seizure;
  private final EventType restriction;
  private final EventType release;
  private final EventType liability;
  private final EventType statement;
  /** Demand release of persons (1053), what "ordered the crew freed" is coded as. */
  private static final String RELEASE_DEMANDED = "1053";
  /** Demand economic aid (1031), what "ordered the state to pay compensation" is coded as. */
  private static final String PAYMENT_DEMANDED = "1031";
  private static final String JUDICIARY = "JUD";

  /** Whether an armed group's code names one that governs: its arrests are a state's (173), not abductions. */
  private final java.util.function.Predicate<String> governing;

  SectorFittedCodes(CameoCodebook codebook, java.util.function.Predicate<String> governing) {
    this.governing = governing;
    this.fighting = codebook.require("190", "force used on armed groups");
    this.abduction = codebook.require("181", "people held by armed groups");
    this.riot = codebook.require("145", "force used by civilians");
    this.showOfForce = codebook.require("150", "drills without a partner");
    this.officialComplaint = codebook.require("114", "protests by states");
    this.seizure = codebook.require("171", "places stormed by a state's forces");
    this.restriction = codebook.require("191", "passage blocked by a state");
    this.release = codebook.require("0841", "releases a court orders");
    this.liability = codebook.require("116", "payments a court orders");
    this.statement = codebook.require("010", "advice to one's own people");
  }

  /**
   * "Kuwait had protested last month", "Beijing protested to Washington": a state or its
   * government protests by an official complaint (114), not by taking to the streets (140). Done
   * before targets are sought, so that the complaint finds its addressee as complaints do. A
   * walkout is a protest by the delegates who leave ("Delegates from Tuvalu and Vanuatu walked
   * out of a plenary session"), a state's too.
   */
  List<CodedMention> statesComplain(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> DEMONSTRATIONS.contains(m.type().code()) && ofAStateOrItsGovernment(m.source())
        && !WALKING_OUT.contains(index.lemma(m.trigger()).toLowerCase(java.util.Locale.ROOT)) ? m.withType(officialComplaint) : m).toList();
  }

  /** Verbs of a walkout: "walked out", "stormed out". */
  private static final Set<String> WALKING_OUT = Set.of("walk", "storm");

  /** Obstruct passage, block (144 and its kinds): a protest's blockade. */
  private static final String OBSTRUCTION = "144";

  /** Political dissent and demonstrations, not specified below: what "protested" is coded as. */
  private static final Set<String> DEMONSTRATIONS = Set.of("140", "141");

  private static boolean ofAStateOrItsGovernment(ActorMention mention) {
    return Sides.stateOrItsGovernment(mention.actor());
  }

  List<CodedMention> fit(DependencyIndex index, List<CodedMention> coded) {
    // "forcing thousands of residents to flee": civilians and refugees who flee retreat from no
    // one's army (0874 is a military withdrawal); what they suffered is the event. Nor does "an
    // opposition activist who fled across the border" retreat: only the armed and the state do.
    return coded.stream().filter(m -> !(m.type().code().startsWith("087") && of(m.source(), Set.of("CVL", "REF"))))
        .filter(m -> !(m.type().code().equals(MILITARY_RETREAT) && m.source().actor().sector().isPresent() && !of(m.source(), ARMED)
            && !ActorResolver.STATE_SECTORS.contains(m.source().actor().sector().get())))
        .map(m -> fitted(index, m)).toList();
  }

  /** Retreat or surrender militarily. */
  private static final String MILITARY_RETREAT = "0874";

  private CodedMention fitted(DependencyIndex index, CodedMention m) {
    String code = m.type().code();
    if (code.equals("175") && m.target().map(t -> of(t, ARMED)).orElse(false) && !isCrowdControl(index, m.trigger())) {
      return m.withType(fighting);
    }
    // Only people held: "the town is held by the rebels" names no one abducted.
    if (code.equals("173") && of(m.source(), NON_STATE_ARMED) && m.target().isPresent() && !governing.test(m.source().actor().code())) {
      return m.withType(abduction);
    }
    // Only the plain attack: "shot", "stabbed" (18x, 193) say what civilians did.
    if (code.equals("190") && of(m.source(), Set.of("CVL"))) {
      return m.withType(riot);
    }
    // Not their revolt: "local defence forces who staged a civil and military revolt".
    if (code.equals("145") && of(m.source(), STATE_FORCES) && !UPRISING_WORDS.contains(index.lemma(m.trigger()))
        && index.children(m.trigger(), Set.of("obj")).stream().noneMatch(o -> UPRISING_WORDS.contains(index.lemma(o)))) {
      return m.withType(seizure);
    }
    // "its troops had closed the desert roads around al-Qatrun": a state that blocks passage
    // restricts movement (191); only those who oppose it block roads in protest (144).
    if (code.startsWith(OBSTRUCTION) && (ofAStateOrItsForces(m.source()) || of(m.source(), STATE_FORCES)) && m.source().actor().country().isPresent()) {
      return m.withType(restriction);
    }
    // "A court in Malabo fined the owner and ordered the crew freed": a court's order of release
    // frees those its state holds (0841); it demands nothing of anyone (1053).
    // (A court of no country named yet, "a court on the Colombian island of San Andres", is a
    // state's court all the same.)
    if (code.equals(RELEASE_DEMANDED) && of(m.source(), Set.of(JUDICIARY)) && (m.source().actor().country().isPresent() || GroupCountries.isUnplacedGroup(m.source().actor()))) {
      return m.withType(release);
    }
    // "A court ordered the Dutch state to pay compensation": a court that orders one to pay has
    // found it liable (116); it asks no aid of it (1031).
    if (code.equals(PAYMENT_DEMANDED) && of(m.source(), Set.of(JUDICIARY)) && m.source().actor().country().isPresent()) {
      return m.withType(liability);
    }
    // "Germany's foreign office updated its travel advice, telling travellers to avoid the
    // demonstrations": what a state tells its own people to do (or people it names no country
    // of, placed later with the teller) is advice it makes known, no demand on anyone.
    if (code.equals(DEMAND) && TELLING.contains(index.lemma(m.trigger())) && ofAStateOrItsGovernment(m.source())
        && m.target().filter(t -> of(t, Set.of("CVL")) && (t.actor().country().isEmpty() || t.actor().country().equals(m.source().actor().country()))).isPresent()) {
      return m.withType(statement);
    }
    // Only a state or its forces show military power: an oil company that "deployed a rig" does not.
    // (Nor do those who train others, named as no side: "send army engineers to train Ukrainian
    // deminers" trains a partner all the same.)
    if (code.equals("062") && m.target().isEmpty() && ofAStateOrItsForces(m.source())
        && index.children(m.trigger(), Set.of("obj")).stream().allMatch(o -> m.anchors().contains(o))) {
      return m.withType(showOfForce);
    }
    return m;
  }

  /** Demand, not specified below: what "told travellers to avoid" is coded as. */
  private static final String DEMAND = "100";
  /** Verbs of telling people what to do. */
  private static final Set<String> TELLING = Set.of("tell", "advise", "instruct");

  /** Means used only on crowds: "fired tear gas", "water cannon", "dispersed them". */
  private static final Set<String> CROWD_CONTROL = Set.of("disperse", "gas", "teargas", "tear-gas", "cannon", "pellet");

  /**
   * "The army fired tear gas to disperse them": tear gas and dispersal are used on a crowd, even
   * one of an armed group's supporters, and stay repression.
   */
  private static boolean isCrowdControl(DependencyIndex index, int trigger) {
    return CROWD_CONTROL.contains(index.lemma(trigger))
        || index.children(trigger, Set.of("obj")).stream().anyMatch(o -> CROWD_CONTROL.contains(index.lemma(o)));
  }

  private static boolean ofAStateOrItsForces(ActorMention mention) {
    Optional<String> sector = mention.actor().sector();
    var kind = mention.actor().kind();
    return (kind == dev.annals.model.ActorKind.STATE || kind == dev.annals.model.ActorKind.PERSON) && mention.actor().country().isPresent() && (sector.isEmpty() || sector.get().equals("MIL") || sector.get().equals("GOV"));
  }

  private static boolean of(ActorMention mention, Set<String> sectors) {
    Optional<String> sector = mention.actor().sector();
    return sector.isPresent() && sectors.contains(sector.get());
  }
}
