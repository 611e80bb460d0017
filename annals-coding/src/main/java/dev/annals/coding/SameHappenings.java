package dev.annals.coding;

import dev.annals.model.ActorMention;
import dev.annals.model.DateOrigin;
import dev.annals.model.Event;
import dev.annals.model.EventMention;
import dev.annals.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One happening told in several sentences is one event: same source, target, root code and
 * negation, and dates that agree (a date taken from the publication date agrees with any).
 */
final class SameHappenings {
  /** A plain statement, and a denial of responsibility, which says more than it. */
  private static final String PLAIN_STATEMENT = "010";
  private static final String DENIAL = "016";

  private SameHappenings() {}

  /**
   * The events the mentions tell, in the order of their first mentions. Each takes its actors,
   * code, date and mood from its best mention (dated by a time expression, then the most specific
   * code) and its place from the first mention that has one.
   */
  static List<Event> merge(List<EventMention> mentions) {
    List<List<EventMention>> groups = new ArrayList<>();
    // Worked out once for the article: which mentions tell an act the other way round too.
    Set<EventMention> joint = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    mentions.stream().filter(m -> mutual(mentions, m)).forEach(joint::add);
    for (EventMention mention : mentions) {
      List<EventMention> home = null;
      for (List<EventMention> group : groups) {
        if (group.stream().allMatch(other -> sameHappening(mention, other) && !jointAndOwnIntent(joint, mention, other))) {
          home = group;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(mention);
    }
    List<Event> events = new ArrayList<>();
    for (List<EventMention> group : groups) {
      EventMention best = group.get(0);
      for (EventMention m : group) {
        if (rank(m) > rank(best)) {
          best = m;
        }
      }
      // "attacked three villages on Sunday, ... abducting 16 children": the dated mention gives the
      // date, the most specific one the code (181 Abduct, not 180 Use unconventional violence).
      // Not a statement: "said it hoped ..." is the saying, whatever tone its clause is read in.
      EventMention mostSpecific = best;
      for (EventMention m : group) {
        if (!best.type().code().startsWith(STATEMENT_ROOT) && specificity(m.type().code()) > specificity(mostSpecific.type().code())) {
          mostSpecific = m;
        }
        // "The tanker's owner said the ship had been sailing empty and denied any smuggling": a
        // denial has a verb of its own, and is what a plain saying beside it amounts to.
        if (best.type().code().equals(PLAIN_STATEMENT) && m.type().code().equals(DENIAL)) {
          mostSpecific = m;
        }
      }
      Optional<Place> place = group.stream().map(EventMention::place).flatMap(Optional::stream).findFirst();
      events.add(new Event(best.source().actor(), best.target().map(ActorMention::actor), mostSpecific.type(), best.date(), best.modality(), best.negated(), place, group));
    }
    return events;
  }

  /**
   * The same kind of happening: equal three-digit codes, or one of them the root's unspecific
   * code ("040 Consult" and "044 Meet at a third location"). Trade (061) and drills (062)
   * between the same two countries stay two events.
   */
  static boolean compatibleCodes(String a, String b) {
    String x = a.substring(0, Math.min(3, a.length()));
    String y = b.substring(0, Math.min(3, b.length()));
    if (x.equals(y)) {
      return true;
    }
    boolean sameRoot = x.substring(0, 2).equals(y.substring(0, 2));
    // "Farmers blocked highways to protest": a demonstration is what every act of dissent of the
    // same side on the same day is, as the unspecific code is.
    // Not a hunger strike, which some of them begin apart from the march: "marched to the embassy
    // … and 12 of them began a hunger strike outside its gates".
    boolean demonstration = (x.equals(DEMONSTRATION) || y.equals(DEMONSTRATION)) && !x.equals(HUNGER_STRIKE) && !y.equals(HUNGER_STRIKE);
    return sameRoot && (x.endsWith("0") || y.endsWith("0") || x.length() == 2 || y.length() == 2 || demonstration);
  }

  /** Demonstrate or rally: CAMEO's "all protests and demonstrations not otherwise specified". */
  private static final String DEMONSTRATION = "141";
  /** Conduct hunger strike. */
  private static final String HUNGER_STRIKE = "142";
  /** Make public statement: its sub-codes are the tone of what was said. */
  private static final String STATEMENT_ROOT = "01";

  /** Longer codes are more specific, and of two three-digit codes one not ending in 0 ("181" beside "180"). */
  private static int specificity(String code) {
    return 2 * code.length() + (code.length() == 3 && !code.endsWith("0") ? 1 : 0);
  }

  private static int rank(EventMention m) {
    int rank = m.date().origin() == DateOrigin.TIME_EXPRESSION ? 10 : 0;
    rank += m.type().code().length();
    return rank;
  }

  /**
   * An intent the two sides stated together ("The two leaders agreed to start talks") and one that
   * one side stated alone ("The Uzbek leader invited South Korea's president to visit", the same
   * sides, code and day): two undertakings, not one told twice. (Not a meeting: "Aoun met the emir
   * … The two leaders also discussed Qatari funding" tells one meeting from both sides.)
   */
  private static boolean jointAndOwnIntent(Set<EventMention> joint, EventMention a, EventMention b) {
    return a.type().rootCode().equals(INTENT_ROOT) && b.type().rootCode().equals(INTENT_ROOT) && joint.contains(a) != joint.contains(b);
  }

  /** Express intent to cooperate. */
  private static final String INTENT_ROOT = "03";

  /** Whether the same words tell the act the other way round too: a joint act. */
  private static boolean mutual(List<EventMention> mentions, EventMention m) {
    return m.target().isPresent() && mentions.stream().anyMatch(o -> o != m && o.trigger().equals(m.trigger()) && o.target().isPresent()
        && o.source().actor().equals(m.target().get().actor()) && o.target().get().actor().equals(m.source().actor()));
  }

  private static boolean sameHappening(EventMention a, EventMention b) {
    // Whole actors, not only codes: Peskov's statement and Lavrov's are two events though both are RUSGOV.
    if (!a.source().actor().equals(b.source().actor())) {
      return false;
    }
    if (!a.target().map(ActorMention::actor).equals(b.target().map(ActorMention::actor))) {
      return false;
    }
    if (!compatibleCodes(a.type().code(), b.type().code()) || a.negated() != b.negated()) {
      return false;
    }
    if (a.date().origin() == DateOrigin.PUBLICATION || b.date().origin() == DateOrigin.PUBLICATION) {
      return true;
    }
    return !a.date().end().isBefore(b.date().start()) && !b.date().end().isBefore(a.date().start());
  }
}
