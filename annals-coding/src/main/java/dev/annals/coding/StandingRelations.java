package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Set;

/**
 * "Taiwan, which Tuvalu recognises, welcomed the agreement", "the PKK, which Ankara considers a
 * terrorist group": a relative clause in the simple present, with no time of its own, tells how
 * things stand, as background to the sentence's news, not an act done that day. Such a clause is
 * no event; one in the past ("which Tuvalu recognised in 1979") or with an auxiliary ("which will
 * host the talks") still is. The present told with "do" is the simple present: "which Austria does
 * not recognise".
 */
final class StandingRelations {
  /** The simple present, third person and other. */
  private static final Set<String> PRESENT = Set.of("VBZ", "VBP");

  private StandingRelations() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !isStanding(index, m.trigger()) && !isLongStanding(index, m.trigger()) && !isStandingAccord(index, m.trigger())
        && !isProvidedByAccord(index, m.trigger())).toList();
  }

  /** Words for an accord or a law that provides for what its parties do. */
  private static final Set<String> ACCORD_NOUNS = Set.of("agreement", "deal", "pact", "accord", "treaty", "law", "convention", "charter", "constitution", "rule");

  /**
   * "reminded Nauru that a treaty the two countries signed in 2024 required it to agree with
   * Australia before accepting security help": what an accord or a law requires or allows its
   * parties to do is its terms, not an act anyone did.
   */
  private static boolean isProvidedByAccord(DependencyIndex index, int verb) {
    return index.parents(verb).stream().anyMatch(d -> (d.relation().equals("xcomp") || d.relation().equals("ccomp")) && d.governor() >= 0
        && PROVIDING_VERBS.contains(index.lemma(d.governor()))
        && index.children(d.governor(), Set.of("nsubj")).stream().anyMatch(subject -> ACCORD_NOUNS.contains(index.lemma(subject))));
  }

  /** Verbs of what an accord or a law provides for, as it stands: "requires", "allows". */
  private static final Set<String> PROVIDING_VERBS = Set.of("require", "allow", "permit", "oblige", "obligate", "bind", "forbid", "prohibit", "govern",
      "guarantee", "regulate", "entitle", "stipulate");

  /**
   * "an agreement between them requires fishing rules to be set jointly": an accord named as the
   * subject of what it provides for, in the simple present, is one in force, told as background,
   * not one made that day.
   */
  private static boolean isStandingAccord(DependencyIndex index, int noun) {
    return index.token(noun).isNoun() && index.parents(noun).stream().anyMatch(d -> d.relation().equals("nsubj") && d.governor() >= 0
        && PRESENT.contains(index.token(d.governor()).tag()) && PROVIDING_VERBS.contains(index.lemma(d.governor()))
        && index.children(d.governor(), Set.of("aux", "aux:pass")).isEmpty());
  }

  /** Units of a span of time that "for" makes a duration: "for years", "for two decades". */
  private static final Set<String> SPAN_UNITS = Set.of("year", "decade", "month", "week", "century", "generation");

  /**
   * "a rare gesture between two leaders who have traded insults for years": a relative clause in
   * the present perfect that has lasted "for" a span tells a long-standing state of things, not
   * an act of the story's day.
   */
  private static boolean isLongStanding(DependencyIndex index, int verb) {
    boolean relative = index.parents(verb).stream().anyMatch(d -> d.relation().equals("acl:relcl"));
    return relative && (hasLastedForASpan(index, verb) || hasGoneOnSince(index, verb));
  }

  /**
   * "The RSF, which has fought the army since April 2023, said …", "Kinshasa, which has allowed
   * Ugandan troops to operate in the east since 2021": a present perfect that has gone on "since"
   * a time tells the same long-standing state of things.
   */
  private static boolean hasGoneOnSince(DependencyIndex index, int verb) {
    return isPresentPerfect(index, verb) && !index.children(verb, Set.of("obl:since")).isEmpty();
  }

  private static boolean isPresentPerfect(DependencyIndex index, int verb) {
    return index.children(verb, Set.of("aux")).stream().anyMatch(a -> index.lemma(a).equalsIgnoreCase("have") && PRESENT.contains(index.token(a).tag()));
  }

  /**
   * "fighters linked to Islamic State have attacked army convoys in the area for years": a present
   * perfect that has lasted "for" a span tells what has gone on, not one act a later "the attack"
   * can point back to.
   */
  static boolean hasLastedForASpan(DependencyIndex index, int verb) {
    return isPresentPerfect(index, verb) && index.children(verb, Set.of("obl:for")).stream().anyMatch(d -> SPAN_UNITS.contains(index.lemma(d).toLowerCase()));
  }

  /**
   * Verbs of accusing, which make a claim the news reports rather than tell how things stand:
   * "six citizens, whom Ugandan military intelligence accuses of spying".
   */
  private static final Set<String> ACCUSING = Set.of("accuse", "blame");

  private static boolean isStanding(DependencyIndex index, int verb) {
    // ("the Taliban administration, which Austria does not recognise": the present told with "do".)
    boolean doSupport = index.children(verb, Set.of("aux")).stream().anyMatch(a -> index.lemma(a).equalsIgnoreCase("do") && PRESENT.contains(index.token(a).tag()));
    boolean present = PRESENT.contains(index.token(verb).tag()) || (doSupport && index.token(verb).tag().equals("VB"));
    if (!present || ACCUSING.contains(index.lemma(verb).toLowerCase(java.util.Locale.ROOT)) || index.parents(verb).stream().noneMatch(d -> d.relation().equals("acl:relcl"))
        || index.children(verb).stream().anyMatch(d -> (d.relation().startsWith("aux") && !(doSupport && index.lemma(d.dependent()).equalsIgnoreCase("do")))
            || d.relation().startsWith("obl:tmod"))) {
      return false;
    }
    List<Integer> clause = index.subtree(verb, Set.of("acl:relcl", "ccomp"));
    return index.text().timexes().stream().noneMatch(t -> clause.contains(t.firstToken()));
  }
}
