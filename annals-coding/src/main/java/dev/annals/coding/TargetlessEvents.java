package dev.annals.coding;

import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.cameo.EventLexicon;
import java.util.List;
import java.util.Set;

/**
 * Which events stand without a target. Most CAMEO events need whom they are aimed at, and one
 * with none is almost always a parse that missed it; these say something on their own: the
 * roots of cameo/targetless-roots.txt (statements, protests, attacks), a yielding told without
 * an object, an inquiry opened into a matter, and the threat an announced attack or protest
 * amounts to. (Targets implied by convention are {@link ConventionalTargets}', which know places.)
 */
final class TargetlessEvents {
  private final EventLexicon lexicon;

  TargetlessEvents(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether the mention is an event even though its text names no target.
   *
   * @param read the article's mentions as the lexicon read them, before any pass
   */
  boolean standsAlone(DependencyIndex index, CodedMention m, List<CodedMention> read) {
    if (isDeniedByItsSide(index, m, read) || expelsDiplomatsOfNoStateTold(index, m) || isMannerLeftUndone(index, m)) {
      return false;
    }
    return lexicon.allowsNoTarget(m.type().rootCode()) || isIntransitiveYield(index, m) || isInquiry(index, m) || isThreatOfTargetlessAct(index, m)
        || threatensTargetlessAct(index, m, read) || isAppealToAllSides(index, m)
        || isAppealToOwnFollowers(index, m) || judgesWhatNoSideMade(index, m) || defendsAMeasure(index, m) || isCaseBeforeACourt(index, m)
        || isRansomDemand(index, m);
  }

  /**
   * "detained 11 pirates without firing a shot": what is done "without" doing, at no one, tells how
   * the other act was done; the act left undone is no event.
   */
  private static boolean isMannerLeftUndone(DependencyIndex index, CodedMention m) {
    return m.negated() && index.isDoneWithout(m.trigger());
  }

  /** Expel or deport individuals. */
  private static final String EXPULSION = "174";
  /** Members of a state's mission abroad. */
  private static final Set<String> DIPLOMAT_NOUNS = Set.of("diplomat", "ambassador", "envoy", "consul", "attache", "attaché");

  /**
   * "evicted its diplomats", "threw out the diplomats" (174): diplomats are always some state's, so
   * an eviction of diplomats with no target is one whose state the reading missed; like an
   * expulsion or a recall of an envoy to no one (161, not kept without a target), it would only add
   * noise.
   */
  private static boolean expelsDiplomatsOfNoStateTold(DependencyIndex index, CodedMention m) {
    return m.type().code().equals(EXPULSION) && index.children(m.trigger(), Set.of("obj")).stream().anyMatch(o -> DIPLOMAT_NOUNS.contains(index.lemma(o)));
  }

  /** Demand. */
  private static final String DEMAND_ROOT = "10";
  /** Words for the price of captives' freedom. */
  private static final Set<String> RANSOM_NOUNS = Set.of("ransom");

  /**
   * "JNIM claimed the abduction and demanded a ransom": a ransom is asked of whoever will pay for
   * the captives, whom kidnappers seldom name; the demand is an event all the same.
   */
  private static boolean isRansomDemand(DependencyIndex index, CodedMention m) {
    return m.type().rootCode().equals(DEMAND_ROOT)
        && index.children(m.trigger(), Set.of("obj", "obl:for")).stream().anyMatch(o -> RANSOM_NOUNS.contains(index.lemma(o).toLowerCase(java.util.Locale.ROOT)));
  }

  /** Words for a court, the venue a case is brought in. */
  private static final Set<String> COURT_WORDS = Set.of("court", "tribunal");
  /** Phrases that name where a case is brought: "in Colombo's Court of Appeal", "with the tribunal", "before the court". */
  private static final Set<String> VENUE_PHRASES = Set.of("obl:in", "obl:with", "obl:before", "obl:at");

  /**
   * "An environmental group filed a petition in Colombo's Court of Appeal": a case brought before a
   * court the text names stands though it names no one it is brought against (AntecedentTargets
   * aims it at the side the bringer is at odds with, when there is one).
   */
  private static boolean isCaseBeforeACourt(DependencyIndex index, CodedMention m) {
    return m.type().code().equals(EarlierEvents.LAWSUIT)
        && index.children(m.trigger(), VENUE_PHRASES).stream().anyMatch(v -> COURT_WORDS.contains(index.lemma(v).toLowerCase(java.util.Locale.ROOT)));
  }

  /** Defend verbally. */
  private static final String VERBAL_DEFENCE = "052";
  /** Verbs of defending a thing said or done. */
  private static final Set<String> DEFENDING = Set.of("defend", "justify");

  /**
   * "Norway's energy minister defended the cap", after Germany called it a blow: a side's defence
   * of a measure or decision it answers no formal protest with is said to all its critics at once
   * (AntecedentTargets aims it at a complainant when there is one), and stands all the same.
   */
  private static boolean defendsAMeasure(DependencyIndex index, CodedMention m) {
    return m.type().code().equals(VERBAL_DEFENCE) && !m.negated() && DEFENDING.contains(index.lemma(m.trigger()).toLowerCase(java.util.Locale.ROOT))
        && index.children(m.trigger(), Set.of("obj")).stream().anyMatch(o -> index.token(o).isNoun() && !index.token(o).isProperNoun());
  }

  /** CAMEO's "deny responsibility". */
  private static final String DENIAL = "016";

  /**
   * "The Korean justice ministry denied mistreating anyone": an act aimed at no one that its own
   * side's denial says was not done tells nothing the denial does not.
   */
  private static boolean isDeniedByItsSide(DependencyIndex index, CodedMention m, List<CodedMention> read) {
    return m.negated() && read.stream().anyMatch(d -> d != m && d.type().code().equals(DENIAL) && d.sentence() == m.sentence()
        && d.source().actor().code().equals(m.source().actor().code()) && index.subtree(d.trigger(), Set.of()).contains(m.trigger()));
  }

  /**
   * "Bulgarian hauliers threatened to block the road": a verb of threatening whose infinitive is
   * an act of the same side that stands without a target (a blockade, a strike, a protest) is a
   * threat that stands without one too.
   */
  private boolean threatensTargetlessAct(DependencyIndex index, CodedMention m, List<CodedMention> read) {
    if (!m.type().rootCode().equals("13")) {
      return false;
    }
    List<Integer> acts = index.children(m.trigger(), Set.of("xcomp"));
    return read.stream().anyMatch(act -> acts.contains(act.trigger()) && act.target().isEmpty() && !act.type().rootCode().equals("13")
        && act.source().actor().code().equals(m.source().actor().code()) && lexicon.allowsNoTarget(act.type().rootCode()));
  }

  /** The root of protests: demonstrations, blockades, strikes. */
  private static final String PROTEST = "14";
  private static final String DEMAND = "10";

  /**
   * "People marched to the French embassy to protest against the ruling", "blocked border crossings
   * to protest against cheap imports": a protest told as the purpose of the same side's protest
   * aimed at someone is that protest, not a second one aimed at no one (nor at whom convention
   * would aim it). So is a demand told so: "gathered outside the Austrian embassy to demand its
   * return" is the protest's cause, not a demand made of anyone apart from it.
   */
  static boolean isPurposeOfAimedProtest(DependencyIndex index, CodedMention m, List<CodedMention> read, java.util.function.Predicate<CodedMention> aimedByConvention) {
    if (!(m.type().rootCode().equals(PROTEST) || m.type().rootCode().equals(DEMAND)) || m.target().isPresent()) {
      return false;
    }
    // ("Thousands marched through Lisbon to demand new elections": a protest convention aims at
    // the government of its place is aimed all the same.)
    List<CodedMention> aimedProtests = read.stream().filter(p -> (p.target().isPresent() || aimedByConvention.test(p)) && p.type().rootCode().equals(PROTEST)).toList();
    return ConventionalTargets.isPurposeOfAnother(index, m, aimedProtests);
  }

  /** Roots of appeals (02) and demands (10). */
  private static final Set<String> APPEALS_AND_DEMANDS = Set.of("02", "10");
  /** Plural nouns for one's own followers: "its supporters", "their members". */
  private static final Set<String> FOLLOWER_NOUNS = Set.of("supporter", "follower", "loyalist", "member", "sympathiser", "sympathizer");

  /**
   * "The party ... called on its supporters to stay at home": an appeal or demand to one's own
   * followers ("its", "their" on a word for followers) is made of them, of no other side, and
   * stands without a target (not one of the government, as an opposition's appeal to no one is).
   */
  static boolean isAppealToOwnFollowers(DependencyIndex index, CodedMention m) {
    if (!APPEALS_AND_DEMANDS.contains(m.type().rootCode())) {
      return false;
    }
    return m.anchors().stream().flatMap(a -> index.children(a).stream())
        .filter(d -> d.baseRelation().equals("obj") || d.baseRelation().equals("obl") || d.baseRelation().equals("iobj"))
        .map(d -> d.dependent())
        .anyMatch(o -> FOLLOWER_NOUNS.contains(index.lemma(o).toLowerCase(java.util.Locale.ROOT))
            && index.children(o, Set.of("nmod:poss")).stream().anyMatch(p -> index.token(p).tag().equals("PRP$"))
            || isMembersOfOrganisation(index, m, o));
  }

  /**
   * "The Caribbean Community ... urged member states to send electricians": an organisation's
   * "member states" (or "member countries", "members") are its own, as a party's supporters are.
   */
  private static boolean isMembersOfOrganisation(DependencyIndex index, CodedMention m, int addressee) {
    if (m.source().actor().kind() != dev.annals.model.ActorKind.ORGANISATION) {
      return false;
    }
    String lemma = index.lemma(addressee).toLowerCase(java.util.Locale.ROOT);
    return lemma.equals("member") || index.children(addressee, Set.of("compound")).stream().anyMatch(c -> index.lemma(c).equalsIgnoreCase("member"));
  }

  /**
   * 'rejected what it called "misleading claims" by rights groups': a rejection of words the text
   * says others made, who name no side, is aimed at no one and stands all the same.
   */
  private static boolean judgesWhatNoSideMade(DependencyIndex index, CodedMention m) {
    return m.type().rootCode().equals(REJECTION) && MakersOfWordsJudged.of(index, m.trigger(), AntecedentTargets.NAMING_VERBS).isPresent();
  }

  /** The root of rejections. */
  private static final String REJECTION = "12";

  /**
   * "called on all parties to settle disputes through the courts", "urged both sides to return to
   * the table": an appeal made to every side of a dispute at once has an addressee that is no one
   * actor, and is an appeal all the same.
   */
  private static boolean isAppealToAllSides(DependencyIndex index, CodedMention m) {
    if (!m.type().rootCode().equals("02")) {
      return false;
    }
    return index.children(m.trigger()).stream()
        .filter(d -> ADDRESSEE_RELATIONS.contains(d.relation()))
        .anyMatch(d -> ActorResolver.namesSidesOfADispute(index.token(d.dependent())));
  }

  /** Where an appeal's addressee stands: "urged X", "called on X", "appealed to X". */
  private static final Set<String> ADDRESSEE_RELATIONS = Set.of("obj", "iobj", "obl:on", "obl:to");

  /**
   * "The rebels have vowed to fight until they take the villages": an announced act that would
   * stand without a target (fighting, attacks, protest) stands as its threat (cameo/intents.tsv)
   * without one too. Only a threat read from such an act: a verb of threatening itself ("the
   * army threatened") still needs whom it threatens.
   */
  private boolean isThreatOfTargetlessAct(DependencyIndex index, CodedMention m) {
    // Announced by a verb of saying, the threat is reported ("have sworn to fight, officials said").
    if (!m.type().rootCode().equals("13") || (m.modality() != dev.annals.model.Modality.INTENDED && m.modality() != dev.annals.model.Modality.REPORTED)) {
      return false;
    }
    // The act is the verb line the mention was read by; its own root decides.
    return lexicon.verbPatterns(index.lemma(m.trigger())).stream()
        .filter(p -> p.origin().equals(m.pattern()))
        .anyMatch(p -> !p.code().startsWith("13") && lexicon.allowsNoTarget(p.code().substring(0, 2)));
  }

  /**
   * "The court opened a hearing into the legality of the methods": an inquiry into a matter is
   * an investigation that stands without a target (cameo/inquiry-nouns.txt).
   */
  private boolean isInquiry(DependencyIndex index, CodedMention m) {
    if (!m.type().rootCode().equals("09")) {
      return false;
    }
    // (Not the word itself in the passive: "every case had been reviewed by the courts" tells of
    // cases done with, where "prosecutors would review the files" opens an inquiry.)
    return (lexicon.isInquiryNoun(index.lemma(m.trigger())) && !index.isPassive(m.trigger()))
        || index.children(m.trigger(), Set.of("obj")).stream().anyMatch(o -> lexicon.isInquiryNoun(index.lemma(o)));
  }

  /**
   * "The rebels surrendered", "the president resigned", "their forces completed the withdrawal":
   * yielding told by a verb without an object is an act on its own. With an object ("eased
   * tensions", "released prisoners") it needs a target like any other event.
   */
  private static boolean isIntransitiveYield(DependencyIndex index, CodedMention m) {
    // Returning and releasing (084) are done to someone or something: "inspectors will return to
    // the site" goes back, it yields nothing.
    if (!m.type().rootCode().equals("08") || m.type().code().startsWith("084") || !index.token(m.trigger()).isVerb()
        || !index.children(m.trigger(), Set.of("obj")).isEmpty()) {
      return false;
    }
    // "pardoned and released 16 prisoners": the parse may leave the shared object on the first verb.
    return index.parents(m.trigger()).stream().noneMatch(d -> d.baseRelation().equals("conj") && !index.children(d.governor(), Set.of("obj")).isEmpty());
  }
}
