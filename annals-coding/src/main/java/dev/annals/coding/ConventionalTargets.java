package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.cameo.ImpliedTargets;
import dev.annals.coding.place.PlaceFinder;
import dev.annals.model.Actor;
import dev.annals.model.Place;
import dev.annals.model.PlaceMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "Thousands demonstrated in Kirkuk": an event that names no target is aimed by convention at the
 * state of the place where it happened (cameo/implied-targets.tsv), here Iraq's government.
 */
final class ConventionalTargets {
  /** What a protest is held for: "staged a hunger strike [to demand the president's resignation]". */
  static final Set<String> PURPOSE_CLAUSES = Set.of("xcomp", "advcl", "advcl:to", "ccomp");

  /** Administrative sanctions, and the works they stop. */
  private static final String RESTRICTION = "172";
  private static final Set<String> WORKS = Set.of("work", "construction", "activity", "operation");
  /** The root of aid. */
  private static final String AID = "07";
  /** Intent to give material aid, as an announced gift is coded. */
  private static final String AID_PROMISED = "033";
  /** The code of strikes and boycotts. */
  private static final String STRIKE = "143";
  /** What workers are owed by whoever employs them ("wages" is its own lemma): a strike over it is a quarrel with the employer. */
  private static final Set<String> EARNINGS = Set.of("wage", "wages", "pay", "salary", "arrears", "bonus", "paycheck");

  private final PlaceFinder placeFinder;
  private final ImpliedTargets impliedTargets;
  private final GroupCountries groups;
  /** The actor of a country's state sector: "IRQ", GOV is Iraq's government. */
  private final BiFunction<String, Optional<String>, Actor> states;

  ConventionalTargets(PlaceFinder placeFinder, ImpliedTargets impliedTargets, GroupCountries groups, BiFunction<String, Optional<String>, Actor> states) {
    this.placeFinder = placeFinder;
    this.impliedTargets = impliedTargets;
    this.groups = groups;
    this.states = states;
  }

  /** The target an event that names none is aimed at by convention, if any. */
  Optional<Actor> of(DependencyIndex index, CodedMention m, Optional<String> home, List<PlaceMention> places) {
    // "called on its supporters to stay at home" is made of them, no one else (TargetlessEvents).
    if (TargetlessEvents.isAppealToOwnFollowers(index, m)) {
      return Optional.empty();
    }
    // "workers at the building site went on strike over unpaid wages": a strike over pay is aimed
    // at the employer, whom the text names or not, not at the government.
    // So is one whose purpose asks for pay: "went on strike on Monday to demand a 15 percent pay
    // rise" (the tagger may read "pay" as a verb and the parser hang the words loose).
    if (m.type().code().startsWith(STRIKE) && (strikeOverPay(index, m) || strikeForPay(index, m))) {
      return Optional.empty();
    }
    // "suspended aid deliveries in Baghdad": the place may be told on the act's object.
    List<Integer> objects = m.anchors().stream().flatMap(a -> index.children(a, Set.of("obj")).stream()).toList();
    // "suspended work on the Brittany landing of the Celtic Interconnector": works stopped on a site
    // are aimed at the site's owner, whom the text does not name, not at the people of the country.
    boolean worksOnASite = m.type().code().startsWith(RESTRICTION) && objects.stream().anyMatch(o -> WORKS.contains(index.lemma(o).toLowerCase(java.util.Locale.ROOT))
        && !index.children(o, Set.of("nmod:on", "nmod:at")).isEmpty());
    if (worksOnASite) {
      return Optional.empty();
    }
    // "threatened to ban voting in East Jerusalem": a threat's place is the place of the act it threatens.
    List<Integer> threatened = new ArrayList<>();
    if (m.type().rootCode().equals("13")) {
      for (int anchor : m.anchors()) {
        for (int act : index.children(anchor, Set.of("xcomp", "ccomp"))) {
          threatened.add(act);
          threatened.addAll(index.children(act, Set.of("obj")));
        }
      }
    }
    // "marched in Seoul on Sunday, demanding stricter safety rules": a participle that tells how
    // another act was done was done where that act was.
    List<Integer> toldActs = m.anchors().stream().filter(a -> index.token(a).tag().equals("VBG"))
        .flatMap(a -> index.parents(a).stream().filter(d -> (d.relation().startsWith("advcl") || d.relation().equals("dep")) && d.governor() >= 0).map(d -> d.governor())).toList();
    // "would send more aid to the provinces of Badakhshan": aid goes to where it is sent.
    boolean aid = m.type().rootCode().equals(AID) || m.type().code().startsWith(AID_PROMISED);
    Optional<Place> place = placeFinder.placeOf(index, m.anchors(), places).or(() -> placeFinder.placeOf(index, objects, places))
        .or(() -> placeFinder.placeOf(index, threatened, places)).or(() -> placeFinder.placeOf(index, toldActs, places))
        .or(() -> aid ? placeFinder.placeGoneTo(index, m.anchors(), places) : Optional.empty())
        .or(() -> aid ? placeFinder.placeOf(index, occasions(index, m), places) : Optional.empty())
        .or(() -> placeFinder.placeVisitedDuring(index, m.anchors(), places))
        .or(() -> placeFinder.placeOf(index, doers(index, m), places));
    var source = groups.locate(m.source(), place, home).actor();
    // "Several hundred Bissau-Guinean emigrants marched through Lisbon to demand new elections": a
    // country's people who live abroad, protesting there, protest against their own government, as
    // exiles do, not against the government of the place they live in.
    Optional<String> abroad = place.flatMap(Place::country).filter(c -> source.country().filter(own -> !own.equals(c)).isPresent());
    if (m.type().rootCode().equals(PROTEST) && abroad.isPresent() && livesAbroad(index, m)) {
      return Optional.of(states.apply(source.country().get(), Optional.of(GOVERNMENT)));
    }
    // "suspended the licence of the company that operated the boat": a licence or permit of a
    // firm is the firm's, a business of the country, not its people's.
    boolean firmsLicence = m.type().code().startsWith(RESTRICTION) && objects.stream().anyMatch(o -> LICENCE_NOUNS.contains(index.lemma(o).toLowerCase(java.util.Locale.ROOT))
        && index.children(o, Set.of("nmod:of", "nmod:poss")).stream().anyMatch(owner -> FIRM_NOUNS.contains(index.lemma(owner).toLowerCase(java.util.Locale.ROOT))));
    return impliedTargets.of(m.type().code(), source, place.flatMap(Place::country))
        .map(implied -> states.apply(implied.country(), firmsLicence ? Optional.of(BUSINESS) : implied.sector()));
  }

  /** Words for what lets a firm work. */
  private static final Set<String> LICENCE_NOUNS = Set.of("licence", "license", "permit", "concession", "registration");
  /** Words for a firm of no name. */
  private static final Set<String> FIRM_NOUNS = Set.of("company", "firm", "operator", "business", "airline", "carrier", "agency");
  private static final String BUSINESS = "BUS";

  /** What an act is done after or upon: "pledged aid [after a typhoon killed 40 people in the Philippines]". */
  private static final Set<String> OCCASIONS = Set.of("advcl:after", "obl:after", "advcl:when");

  /**
   * The clauses and nouns that tell what prompted an act: aid that names no receiver goes to
   * where the disaster it answers struck.
   */
  private static List<Integer> occasions(DependencyIndex index, CodedMention m) {
    return m.anchors().stream().flatMap(a -> index.children(a, OCCASIONS).stream()).toList();
  }

  /** The root of protests. */
  private static final String PROTEST = "14";
  private static final String GOVERNMENT = "GOV";
  /** Words for a country's people who live outside it. */
  private static final Set<String> PEOPLE_ABROAD = Set.of("emigrant", "emigre", "émigré", "expatriate", "expat", "diaspora", "exile");

  /** Whether the protest's doers are called people who live abroad: "emigrants", "the diaspora". */
  private static boolean livesAbroad(DependencyIndex index, CodedMention m) {
    return doers(index, m).stream().map(d -> index.lemma(d).toLowerCase(java.util.Locale.ROOT)).anyMatch(PEOPLE_ABROAD::contains);
  }

  /**
   * "Italy's consulates in Argentina stopped accepting new applications": a doer the text places
   * ("in Argentina") acts there, when the act names no place of its own.
   */
  private static List<Integer> doers(DependencyIndex index, CodedMention m) {
    return m.anchors().stream().flatMap(a -> index.children(a, Set.of("nsubj")).stream()).toList();
  }

  /**
   * "blocked border crossings to protest against imports": the protest is the blockade's
   * purpose, one happening with it, and implies no target of its own.
   */
  static boolean isPurposeOfAnother(DependencyIndex index, CodedMention m, List<CodedMention> all) {
    return all.stream().anyMatch(other -> other != m && other.sentence() == m.sentence()
        && other.source().actor().equals(m.source().actor()) && index.inComplementOf(other.trigger(), m.trigger(), PURPOSE_CLAUSES));
  }

  /** The strike is "over" pay: "went on strike over unpaid wages". */
  private static boolean strikeOverPay(DependencyIndex index, CodedMention m) {
    return m.anchors().stream().flatMap(a -> index.children(a, Set.of("obl:over", "nmod:over")).stream()).anyMatch(over -> EARNINGS.contains(index.lemma(over)));
  }

  /** The strike's purpose asks for pay: its verb's object, or a word of it. */
  private static boolean strikeForPay(DependencyIndex index, CodedMention m) {
    return m.anchors().stream().flatMap(a -> index.children(a, Set.of("advcl:to", "xcomp", "advcl")).stream())
        .flatMap(purpose -> index.children(purpose, Set.of("obj", "dep")).stream())
        .anyMatch(thing -> EARNINGS.contains(index.lemma(thing)) || index.children(thing, Set.of("compound", "dep")).stream().anyMatch(c -> EARNINGS.contains(index.lemma(c))));
  }
}
