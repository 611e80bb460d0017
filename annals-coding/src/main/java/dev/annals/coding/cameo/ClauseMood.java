package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.time.Tense;
import dev.annals.model.Dependency;
import dev.annals.model.Modality;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a clause tells its event: asserted, intended, hypothetical or reported (by the auxiliaries,
 * markers and governing verbs on its way up the parse, from modality.tsv); negated; past or
 * to come.
 */
final class ClauseMood {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  /** Verbs whose controlled verb names an act that did not happen: "refused to resign" (and "ruled out sending"). */
  private static final Set<String> NOT_DOING_VERBS = Set.of("refuse", "decline", "fail", "stop", "cease");
  /** "accused X of V-ing": the V-ing is alleged, not asserted. */
  private static final Set<String> ALLEGING_VERBS = Set.of("accuse", "suspect", "charge", "blame", "convict", "acquit", "clear");

  private final DependencyIndex index;
  private final EventLexicon lexicon;
  private final ModalityLexicon modality;

  ClauseMood(DependencyIndex index, EventLexicon lexicon, ModalityLexicon modality) {
    this.index = index;
    this.lexicon = lexicon;
    this.modality = modality;
  }

  /**
   * The modality of the verb's clause: its own auxiliary or marker ("will", "if"), else what the
   * verbs it hangs from make of it (a controlling "plans to", a reporting "said that", an
   * alleging "accused ... of"); a main clause with a verb of saying after it is reported.
   */
  Modality modalityOf(int verb) {
    int current = verb;
    for (int steps = 0; steps < 5; steps++) {
      for (Dependency d : index.children(current)) {
        if (d.relation().equals("aux")) {
          Optional<Modality> m = modality.lookup(ModalityLexicon.Role.AUX, index.token(d.dependent()).text());
          if (m.isPresent()) {
            return m.get();
          }
        }
        if (d.relation().equals("mark")) {
          Optional<Modality> m = modality.lookup(ModalityLexicon.Role.MARK, lemma(d.dependent()));
          if (m.isPresent()) {
            return m.get();
          }
          if (awaitedCondition(current, lemma(d.dependent()))) {
            return Modality.HYPOTHETICAL;
          }
        }
      }
      Optional<Dependency> parent = index.head(current);
      if (parent.isEmpty()) {
        // "A destroyer was attacked, the Pentagon said": the main clause is someone's report. Not
        // "Lebanon barred the plane, saying Israel had warned …": a participle with no teller of
        // its own is the doer's own word on the deed.
        int clauseHead = current;
        // Not what the main clause itself says: "Zakharova said Moscow would respond in kind and
        // demanded access" is no report of her demand by Moscow; a teller is set off by a comma.
        boolean reportedBy = index.children(clauseHead).stream()
            .anyMatch(d -> (d.relation().equals("parataxis") || d.relation().equals("ccomp")) && d.dependent() > clauseHead
                && lexicon.isSpeechVerb(lemma(d.dependent())) && index.token(d.dependent()).isVerb()
                && !(index.token(d.dependent()).tag().equals("VBG") && index.children(d.dependent(), Set.of("nsubj")).isEmpty())
                && !isContentOfSaying(clauseHead, d.dependent()));
        if (reportedBy && current != verb) {
          return Modality.REPORTED;
        }
        if (reportedBy && !lexicon.isSpeechVerb(lemma(verb))) {
          return Modality.REPORTED;
        }
        break;
      }
      String relation = InfinitiveComplements.is(index, parent.get()) ? "xcomp" : parent.get().relation();
      int governor = parent.get().governor();
      if (relation.equals("xcomp")) {
        Optional<Modality> m = modality.lookup(ModalityLexicon.Role.GOVERNOR, lemma(governor));
        // "decided on Thursday to keep visas for Turkish citizens": a measure decided to be kept
        // is in force from the decision; keeping is no act still to come.
        boolean keptByDecision = DECIDING.contains(lemma(governor)) && KEEPING.contains(lemma(current)) && index.token(governor).tag().equals("VBD");
        if (m.isPresent() && !keptByDecision) {
          return m.get();
        }
        current = governor;
        continue;
      }
      if (relation.equals("acl") && index.token(governor).isNoun() && index.hasChildLemma(current, "mark", Set.of("to"))) {
        // "an offer by Trump to send troops", "a plan to build a dam": the infinitive of a noun
        // of offering or planning is in that noun's mood, as it is after the verb ("offered to send").
        Optional<Modality> m = modality.lookup(ModalityLexicon.Role.GOVERNOR, lemma(governor));
        if (m.isPresent()) {
          return m.get();
        }
      }
      if (relation.startsWith("ccomp") && modality.lookup(ModalityLexicon.Role.GOVERNOR, lemma(governor)).filter(m -> m == Modality.HYPOTHETICAL).isPresent()) {
        // "demanded that the authorities release": the release is asked for, not done.
        return Modality.HYPOTHETICAL;
      }
      if (relation.startsWith("ccomp") && modality.lookup(ModalityLexicon.Role.GOVERNOR, lemma(governor)).isPresent() && VerbObjects.isSubjunctive(index, current)
          && (current == verb || VerbObjects.isBareForm(index, verb))) {
        // "proposed that the two countries take the dispute to the Forum": what a proposal or a
        // plan puts in the bare form is put forward, not done (not a past verb the parser joined
        // to it: "…, but Tonga rejected outside mediation and invited Fijian officials").
        return Modality.HYPOTHETICAL;
      }
      if (relation.startsWith("ccomp") && lexicon.isSpeechVerb(lemma(governor))) {
        return Modality.REPORTED;
      }
      if (relation.equals("advcl") && governor > current && lexicon.isSpeechVerb(lemma(governor)) && index.token(governor).isVerb() && unmarked(current)) {
        // "Germany has granted asylum to two activists, their lawyer said": the parser hangs the
        // told clause on the saying as an adverbial one; with no "when" or "because" it is what
        // was said.
        return Modality.REPORTED;
      }
      if (relation.equals("advcl:of") && ALLEGING_VERBS.contains(lemma(governor))) {
        return Modality.REPORTED;
      }
      if (relation.startsWith("conj")) {
        current = governor;
        continue;
      }
      if (relation.startsWith("advcl") && meanwhilePresent(current) && index.token(governor).tag().startsWith("VB") && !index.token(governor).tag().equals("VBD")) {
        // "agreed to resume pumping for 30 days while the two governments negotiate a repayment
        // plan": what goes on "while" an act still to come holds is in that act's mood.
        current = governor;
        continue;
      }
      if ((relation.equals("advcl:to") || relation.equals("advcl") || relation.equals("dep")) && index.token(current).tag().equals("VB")
          && index.hasChildLemma(current, "mark", Set.of("to")) && governor < current) {
        // "asked Ireland to keep a team of soldiers in southern Lebanon, to train Lebanese troops":
        // what an act is done for is in that act's mood (asked for, here), however the parser
        // hangs the purpose.
        current = governor;
        continue;
      }
      boolean means = relation.equals("advcl:by");
      if ((relation.equals("advcl") || relation.equals("dep") || means) && index.token(current).tag().equals("VBG") && (means || unmarked(current))) {
        // "left the base, handing it over to the Iraqi army, the military said": a participle
        // clause tells its verb's circumstance, in its verb's mood, also when the parser hangs it
        // loosely ("if militants kept using Pakistani soil to attack Iran"); so does the means
        // its verb is done by, "by" hung as a preposition or a marker ("urged Eswatini to stand on
        // the right side of history by cutting its ties with Taipei" asks for the cutting).
        current = governor;
        continue;
      }
      break;
    }
    return Modality.ASSERTED;
  }

  /**
   * Whether the clause is what a verb of saying says rather than a closing teller: it follows the
   * saying with no comma between ("said [Moscow would respond]").
   */
  private boolean isContentOfSaying(int saying, int clause) {
    // "Belgium demanded on Monday that France explain why": a "that" clause of any verb is what
    // the verb puts forward, never a teller of it.
    if (!lexicon.isSpeechVerb(lemma(saying)) && !index.hasChildLemma(clause, "mark", Set.of("that"))) {
      return false;
    }
    int first = clause;
    for (int token : index.subtree(clause, Set.of())) {
      first = Math.min(first, token);
    }
    for (int between = saying + 1; between < first; between++) {
      if (index.token(between).text().equals(",")) {
        return false;
      }
    }
    return first > saying;
  }

  /** A clause with no "when", "because" or "if" of its own. */
  /** Auxiliaries of what is still to come, or would come. */
  private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "would", "wo", "shall", "'ll");

  /** Markers of a clause that tells what must happen first: "until", "once", "after", "before", "when". */
  private static final Set<String> AWAITING_MARKS = Set.of("until", "till", "once", "after", "before", "when");

  /**
   * "relations would not be restored until Ecuador apologised", "the buoys would be handed back
   * only after the two sides agreed on the line": what a future or conditional act waits for is
   * a condition, only supposed; "fighting went on until troops withdrew" told what happened.
   */
  private boolean awaitedCondition(int clause, String mark) {
    if (!AWAITING_MARKS.contains(mark.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    // "said it would resume shipments next month after Lebanon agreed to pay part of its debt":
    // a deed in the simple past after plain "after" is told as done, what follows it waits for
    // nothing more; "only after Ecuador apologised" still sets a condition.
    if (mark.equalsIgnoreCase("after") && index.token(clause).tag().equals("VBD") && !index.hasChildLemma(clause, "advmod", Set.of("only"))) {
      return false;
    }
    // "if construction began before the two governments had met": so is what a condition waits for.
    return index.head(clause).filter(h -> h.governor() >= 0 && h.relation().startsWith("advcl")).map(h -> index.children(h.governor()).stream()
        .anyMatch(a -> (a.relation().equals("aux") && FUTURE_AUXILIARIES.contains(index.token(a.dependent()).text().toLowerCase(java.util.Locale.ROOT)))
            || (a.relation().equals("mark") && modality.lookup(ModalityLexicon.Role.MARK, lemma(a.dependent())).isPresent())))
        .orElse(false);
  }

  /** Tags of a verb in the plain present: "negotiate", "negotiates". */
  private static final Set<String> PLAIN_PRESENT = Set.of("VB", "VBP", "VBZ");

  /** A clause in the plain present, with no auxiliary, opened by "while": "while the two governments negotiate". */
  private boolean meanwhilePresent(int clause) {
    return index.hasChildLemma(clause, "mark", Set.of("while")) && PLAIN_PRESENT.contains(index.token(clause).tag())
        && index.children(clause, Set.of("aux", "aux:pass")).isEmpty();
  }

  private boolean unmarked(int clause) {
    return index.children(clause).stream().noneMatch(d -> d.relation().equals("mark"));
  }

  /** The modality a governing word gives what it governs: "ready for talks", "open to cooperation" (intended). */
  /** Verbs of deciding, whose decision to keep a measure keeps it. */
  private static final Set<String> DECIDING = Set.of("decide", "vote", "choose", "opt");
  /** Verbs of keeping a measure as it is. */
  private static final Set<String> KEEPING = Set.of("keep", "maintain", "retain", "extend", "prolong");

  Optional<Modality> governedBy(int governor) {
    return modality.lookup(ModalityLexicon.Role.GOVERNOR, lemma(governor));
  }

  /** The modality of an event noun without a verb, by its adjectives: "planned talks", "possible sanctions". */
  Modality nounModality(int noun) {
    for (Dependency d : index.children(noun)) {
      if (d.relation().equals("amod")) {
        Optional<Modality> m = modality.lookup(ModalityLexicon.Role.MODIFIER, index.token(d.dependent()).text());
        if (m.isPresent()) {
          return m.get();
        }
      }
    }
    return Modality.ASSERTED;
  }

  /** "not", "n't", "never" or "no" on the verb or on a verb that controls it. */
  /** Determiners of a subject that make the clause say no one does it. */
  private static final Set<String> NO_ONE = Set.of("neither", "no");

  boolean negated(int verb) {
    // "withdrew without firing a shot", "warned …, without saying how": what is done "without"
    // doing is not done.
    if (index.isDoneWithout(verb)) {
      return true;
    }
    int current = verb;
    for (int steps = 0; steps < 4; steps++) {
      for (Dependency d : index.children(current)) {
        if ((d.relation().equals("advmod") || d.relation().equals("neg")) && NEGATORS.contains(lemma(d.dependent()))) {
          return true;
        }
        // "neither side has suggested calling the visit off", "no country has recognised it".
        boolean noneDoes = d.relation().startsWith("nsubj") && index.children(d.dependent(), Set.of("det")).stream().anyMatch(x -> NO_ONE.contains(lemma(x)));
        if (noneDoes) {
          return true;
        }
      }
      Optional<Dependency> parent = index.head(current);
      if (parent.isEmpty() || !parent.get().relation().equals("xcomp")) {
        return false;
      }
      current = parent.get().governor();
    }
    return false;
  }

  /** Nouns of meaning to act: "no plans to", "no intention of". */
  private static final Set<String> INTENT_NOUNS = Set.of("plan", "intention", "intent", "desire", "wish");

  /**
   * "said Tuvalu had no plans to switch diplomatic recognition to Beijing", "has no intention of
   * leaving": an act one has no plan or intention of doing is neither done nor refused, no event
   * at all, whether the parser hangs it on the noun or on "have" beside it.
   */
  boolean noPlanOf(int verb) {
    Optional<Dependency> parent = index.head(verb);
    if (parent.isEmpty() || parent.get().governor() < 0) {
      return false;
    }
    int governor = parent.get().governor();
    List<Integer> nouns = parent.get().relation().startsWith("acl") ? List.of(governor)
        : lemma(governor).equals("have") ? index.children(governor, Set.of("obj")) : List.of();
    return nouns.stream().anyMatch(n -> INTENT_NOUNS.contains(lemma(n)) && index.children(n, Set.of("det")).stream().anyMatch(d -> lemma(d).equals("no")));
  }

  /** Verbs that say their complement is not so: "denied that its soldiers were fighting". */
  private static final Set<String> DENYING_VERBS = Set.of("deny", "refute", "disavow");

  /**
   * "Rwanda denied that its soldiers were fighting alongside the rebels", "the government denied
   * obstructing aid": the reported act is one its teller says did not happen.
   */
  boolean denied(int verb) {
    Optional<Dependency> parent = index.head(verb);
    boolean gerund = index.token(verb).tag().equals("VBG");
    // "denied targeting Basotho travellers": the parser hangs the gerund as its object, its
    // complement or a bare dependent.
    return parent.isPresent() && (parent.get().relation().equals("ccomp") || (gerund && Set.of("xcomp", "obj", "dep").contains(parent.get().relation())))
        && parent.get().governor() >= 0 && DENYING_VERBS.contains(lemma(parent.get().governor()));
  }

  /**
   * "declined to resign", "failed to reach agreement", "refused to deploy peacekeepers", "will
   * stop buying Ukrainian grain", "ceased paying": the controlled act did not (or will no longer)
   * happen. (A refused statement, "refused to comment", is the refusal's
   * own event: verbs of saying are left out.)
   */
  boolean controlledByNotDoing(int verb) {
    return controlledBy(verb, NOT_DOING_VERBS);
  }

  /**
   * "the European Union failed to agree on a joint position": what one failed to do, said or
   * done, did not happen (a refusal to say is a refusal, read as such elsewhere).
   */
  boolean controlledByFailing(int verb) {
    return controlledBy(verb, FAILING_VERBS);
  }

  private static final Set<String> FAILING_VERBS = Set.of("fail");

  private boolean controlledBy(int verb, Set<String> notDoingVerbs) {
    int current = verb;
    for (int steps = 0; steps < 3; steps++) {
      Optional<Dependency> parent = index.head(current);
      // "will stop buying grain" is parsed with the gerund as a bare dependent of "stop" as often
      // as its complement.
      // So is "ruled out sending troops".
      boolean gerundOfStopping = parent.isPresent() && parent.get().relation().equals("dep") && index.token(current).tag().equals("VBG")
          && parent.get().governor() >= 0 && (StoppingVerbs.LEMMAS.contains(lemma(parent.get().governor())) || ruledOut(parent.get().governor()));
      if (parent.isEmpty() || !(parent.get().relation().equals("xcomp") || gerundOfStopping) || parent.get().governor() < 0) {
        return false;
      }
      current = parent.get().governor();
      if (notDoingVerbs.contains(lemma(current)) || (notDoingVerbs == NOT_DOING_VERBS && ruledOut(current))) {
        // "would not stop buying Russian oil": not stopping is going on.
        int notDoing = current;
        return index.children(notDoing).stream().noneMatch(d -> (d.relation().equals("advmod") || d.relation().equals("neg")) && NEGATORS.contains(lemma(d.dependent())));
      }
    }
    return false;
  }

  /**
   * "activists who tried to march to the venue on Thursday": what one tried or attempted to do, in
   * the past tense, was attempted then; its day lies behind, though the act is only intended.
   */
  private boolean triedInThePast(int verb) {
    return index.head(verb).filter(d -> d.relation().equals("xcomp") && d.governor() >= 0 && index.token(d.governor()).tag().equals("VBD")
        && AttemptVerbs.LEMMAS.contains(lemma(d.governor()))).isPresent();
  }


  /** "ruled out": what it governs is not done. */
  private boolean ruledOut(int verb) {
    return lemma(verb).equals("rule") && index.hasChildLemma(verb, "compound:prt", Set.of("out"));
  }

  /** Future for an intended event, past for a verb in the past tense or participle, else unknown. */
  Tense tenseOf(int verb, Modality mode) {
    if (mode == Modality.INTENDED && !triedInThePast(verb)) {
      return Tense.FUTURE;
    }
    if (mode == Modality.INTENDED) {
      return Tense.PAST;
    }
    String tag = index.token(verb).tag();
    if (tag.equals("VBD") || tag.equals("VBN")) {
      return Tense.PAST;
    }
    return Tense.UNKNOWN;
  }

  private String lemma(int token) {
    return index.lemma(token);
  }
}
