package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Dependency;
import dev.annals.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Guterres urged the army to allow aid workers access" is one event, the appeal: the access
 * was asked for, not granted. A threat's condition ("if South Korea attacked") is no event
 * either, nor is "Pyongyang would respond": a statement not yet made.
 */
final class ActsOnlyAskedFor {
  /** What an appeal asks for or an intent promises: "urged [Iran to resume]", "agreed [to boost trade]". */
  private static final Set<String> CLAUSAL_COMPLEMENTS = Set.of("ccomp", "xcomp");

  /** Clauses that tell what another act waits on: "if the two were not freed", "unless Kyiv withdrew". */
  private static final Set<String> CONDITION_CLAUSES = Set.of("advcl:if", "advcl:unless");
  /** Words that open a clause of when an act still to come will be done: "only when the army withdrew", "once the case was concluded". */
  private static final Set<String> AWAITING_WORDS = Set.of("when", "once", "until");
  /** Modals of what is still to come. */
  private static final Set<String> FUTURE_MODALS = Set.of("will", "would", "shall");

  /**
   * Whether the clause tells when the act, told with a modal of what is to come or only asked for
   * ("asked London to suspend further flights until the two governments had reviewed each case"),
   * will be done.
   */
  private static boolean awaitedBy(DependencyIndex index, CodedMention act, int clause) {
    int verb = act.trigger();
    // ("would suspend talks until Tbilisi stopped prosecuting peaceful protesters": or an act the
    // clause's verb governs.)
    boolean opened = index.children(verb).stream().filter(d -> d.relation().startsWith("advcl"))
        .map(Dependency::dependent).filter(opening -> opening == clause || index.subtree(opening, Set.of()).contains(clause))
        .anyMatch(opening -> index.children(opening).stream().anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("advmod"))
            && AWAITING_WORDS.contains(index.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT))));
    return opened && (index.hasChildLemma(verb, "aux", FUTURE_MODALS) || act.modality() == Modality.HYPOTHETICAL);
  }

  /**
   * "asked for the crew to be handed over to prosecutors in Aden": a "for … to" clause the parser
   * hangs on the appeal as an adverbial ({@code advcl:to}, {@code mark(handed, for)}) is what the
   * appeal asks for, whatever mood the act was given.
   */
  private static boolean isForClauseOf(DependencyIndex index, int appeal, int act) {
    // "asked the Emirati ambassador for engineers to help repair railway lines": or on the one
    // asked ({@code acl:to(ambassador, help)}).
    List<Integer> asked = index.children(appeal, Set.of("obj", "iobj"));
    return index.parents(act).stream().anyMatch(d -> d.governor() == appeal && d.relation().startsWith("advcl")
            || asked.contains(d.governor()) && d.relation().startsWith("acl"))
        && index.children(act).stream().anyMatch(d -> d.relation().equals("mark") && index.lemma(d.dependent()).equalsIgnoreCase("for"));
  }

  /**
   * "called on the government to seize the excavators and return the land to farmers": an act
   * joined by "and" to the act an appeal asks for is asked for too, though the parser hangs it on
   * the appeal as an adverbial ({@code advcl:to(called, return)}) and its mood reads as told.
   */
  private static boolean isJoinedToAskedAct(DependencyIndex index, int appeal, int act) {
    List<Integer> asked = index.children(appeal, Set.of("xcomp"));
    return index.parents(act).stream().anyMatch(d -> d.relation().startsWith("conj") && asked.contains(d.governor()));
  }

  /** Verbs by which the side asked would let others do something: "asked Vientiane to let its diplomats visit". */
  private static final Set<String> LETTING = Set.of("let", "allow", "permit", "enable");

  /**
   * "asked Vientiane on Tuesday to let its diplomats visit the detained citizens": an act the side
   * asked is to let others do is asked for too, though the parser gives the act a mood of its own
   * under "let" ({@code xcomp(asked, let)}, {@code ccomp(let, visit)}).
   */
  private static boolean isLetByTheAsked(DependencyIndex index, int appeal, int act) {
    List<Integer> asked = index.children(appeal, Set.of("xcomp"));
    return index.parents(act).stream().anyMatch(d -> CLAUSAL_COMPLEMENTS.contains(d.relation()) && asked.contains(d.governor())
        && LETTING.contains(index.lemma(d.governor()).toLowerCase(java.util.Locale.ROOT)));
  }

  /** An offer to meet, which is what an invitation is coded: "invited Anwar to visit Singapore" asks for the visit. */
  private static final String INVITATION = "036";

  /** Material cooperation (06) and its rejection (121). */
  private static final String MATERIAL_COOPERATION_ROOT = "06";
  private static final String MATERIAL_COOPERATION_REJECTED = "121";

  /** Roots of force and coercion, which no one promises as cooperation. */
  private static final Set<String> HOSTILE_ROOTS = Set.of("15", "16", "17", "18", "19", "20");

  private ActsOnlyAskedFor() {}

  /** Whether the intent is one of a pair's, each side's aimed at the other in the same sentence. */
  private static boolean agreedWithEachOther(List<CodedMention> coded, CodedMention m) {
    return m.target().isPresent() && coded.stream().anyMatch(other -> other != m && other.sentence() == m.sentence() && other.trigger() == m.trigger()
        && other.target().isPresent() && other.target().get().actor().equals(m.source().actor()) && other.source().actor().equals(m.target().get().actor()));
  }

  /**
   * Whether two sides' intent, each aimed at the other, is their agreement to make the appeal, to a
   * third side, that its complement tells.
   */
  private static boolean agreedToAppeal(DependencyIndex index, List<CodedMention> coded, CodedMention intent, CodedMention appeal) {
    return intent != appeal && intent.sentence() == appeal.sentence() && intent.type().rootCode().equals("03") && appeal.type().rootCode().equals(EarlierEvents.APPEAL_ROOT)
        && appeal.target().isPresent() && agreedWithEachOther(coded, intent) && intent.source().actor().equals(appeal.source().actor())
        && !intent.target().get().actor().equals(appeal.target().get().actor()) && index.inComplementOf(intent.trigger(), appeal.trigger(), CLAUSAL_COMPLEMENTS);
  }

  /** The mentions without acts only asked for, promised or threatened, and without statements not yet made. */
  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean askedFor = coded.stream().anyMatch(appeal ->
          appeal != m && appeal.sentence() == m.sentence()
              && (appeal.type().rootCode().equals("02") || appeal.type().rootCode().equals("10") || appeal.type().rootCode().equals("13")
                  || appeal.type().code().equals(INVITATION))
              && (m.modality() == Modality.HYPOTHETICAL && index.inComplementOf(appeal.trigger(), m.trigger(), CLAUSAL_COMPLEMENTS)
                  || isForClauseOf(index, appeal.trigger(), m.trigger()) || isJoinedToAskedAct(index, appeal.trigger(), m.trigger())
                  || isLetByTheAsked(index, appeal.trigger(), m.trigger())));
      // "agreed to boost trade" is the agreement (031); the boost is its content. So is the act
      // a threat announces ("warned that it would respond").
      boolean promisedContent = m.modality() == Modality.INTENDED && coded.stream().anyMatch(intent ->
          intent != m && intent.sentence() == m.sentence() && (intent.type().rootCode().equals("03") || intent.type().rootCode().equals("13"))
              && intent.source().actor().equals(m.source().actor()) && index.inComplementOf(intent.trigger(), m.trigger(), CLAUSAL_COMPLEMENTS));
      // "promised to hunt down the killers" is no intent to cooperate (03) but the hostile act
      // intended: the promise goes, its act stays.
      // (Not when two sides agree with each other: "the two leaders agreed to step up the naval
      // patrols" is their cooperation, whatever the patrols are for.)
      // Nor when the promise is made to a side the act is not done to: "Tanzania agreed [with
      // Zambia] to send extra officers" to the border post is cooperation with Zambia.
      // Nor an offer: what one offers to do is done for the side offered it ("offered to send two
      // police investigators" helps the inquiry, no show of police power).
      boolean offer = AnnouncedActs.OFFERING.contains(index.lemma(m.trigger()).toLowerCase(java.util.Locale.ROOT));
      boolean hostilePromise = m.type().rootCode().equals("03") && !offer && !agreedWithEachOther(coded, m) && coded.stream().anyMatch(act ->
          act != m && act.sentence() == m.sentence() && act.modality() == Modality.INTENDED && HOSTILE_ROOTS.contains(act.type().rootCode())
              && !(m.target().isPresent() && !act.target().map(t -> t.actor().equals(m.target().get().actor())).orElse(false))
              && act.source().actor().equals(m.source().actor()) && index.inComplementOf(m.trigger(), act.trigger(), CLAUSAL_COMPLEMENTS));
      promisedContent = promisedContent && !(HOSTILE_ROOTS.contains(m.type().rootCode()) && coded.stream().anyMatch(intent ->
          intent != m && intent.sentence() == m.sentence() && intent.type().rootCode().equals("03") && intent.source().actor().equals(m.source().actor())
              && !AnnouncedActs.OFFERING.contains(index.lemma(intent.trigger()).toLowerCase(java.util.Locale.ROOT))
              && index.inComplementOf(intent.trigger(), m.trigger(), CLAUSAL_COMPLEMENTS)));
      // "The two governments agreed to ask the European Commission to review the trade rules": an
      // appeal two sides agree to make to a third is that appeal, made together.
      boolean jointAppeal = coded.stream().anyMatch(intent -> agreedToAppeal(index, coded, intent, m));
      promisedContent = promisedContent && !jointAppeal;
      boolean unmadeStatement = m.speech() && m.target().isEmpty() && m.modality() != Modality.ASSERTED
          && m.modality() != Modality.REPORTED;
      // "refused to extradite a former minister" is the rejection of material cooperation (121);
      // the extradition not done is its content. (Other acts refused stay, negated, beside the
      // refusal: "declined to surrender", "ruled out sending troops".)
      boolean refusedContent = m.negated() && m.type().rootCode().equals(MATERIAL_COOPERATION_ROOT) && coded.stream().anyMatch(refusal ->
          refusal != m && refusal.sentence() == m.sentence() && refusal.type().code().startsWith(MATERIAL_COOPERATION_REJECTED) && !refusal.negated()
              && refusal.source().actor().code().equals(m.source().actor().code()) && index.inComplementOf(refusal.trigger(), m.trigger(), CLAUSAL_COMPLEMENTS));
      // And the agreement itself is that appeal's making, no cooperation of the two with each other.
      boolean agreedToAppeal = coded.stream().anyMatch(appeal -> agreedToAppeal(index, coded, m, appeal));
      // "Moscow would respond in kind if the two were not freed within days": the act another
      // coded act waits on is its condition.
      // So is what an act still to come waits for: "would free them only when the army withdrew".
      boolean condition = coded.stream().anyMatch(other -> other != m && other.sentence() == m.sentence()
          && ((m.modality() == Modality.HYPOTHETICAL && index.children(other.trigger(), CONDITION_CLAUSES).contains(m.trigger()))
              || awaitedBy(index, other, m.trigger())));
      // "asked the labour ministry for compensation and an inspection of every factory": an act
      // named by a noun that an appeal asks "for" is only asked for.
      boolean nounAskedFor = index.token(m.trigger()).isNoun() && coded.stream().anyMatch(appeal -> appeal != m && appeal.sentence() == m.sentence()
          && (appeal.type().rootCode().equals("02") || appeal.type().rootCode().equals("10"))
          && index.children(appeal.trigger(), Set.of("obl:for")).stream().anyMatch(asked -> asked == m.trigger()
              || index.children(asked).stream().anyMatch(d -> d.relation().startsWith("conj") && d.dependent() == m.trigger())));
      if (!askedFor && !promisedContent && !unmadeStatement && !hostilePromise && !refusedContent && !agreedToAppeal && !condition && !nounAskedFor) {
        kept.add(m);
      }
    }
    return kept;
  }
}
