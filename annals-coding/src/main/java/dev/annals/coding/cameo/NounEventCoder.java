package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.repair.SceneOfActHungOnWanted;
import dev.annals.coding.time.Tense;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import dev.annals.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Events named by nouns: "talks with", "sanctions on", "Putin's visit to", "held talks". The
 * noun's lexicon line gives the code; its owners, modifiers and agents, else the subject of its
 * light verb, the source; its prepositions the target.
 */
final class NounEventCoder {
  /** Nouns of a war as a state of things, which a country's possessive can place. */
  private static final Set<String> WAR_NOUNS = Set.of("war", "conflict");
  /** How a war names a side it is fought against or with. */
  private static final Set<String> WAR_SIDES = Set.of("nmod:with", "nmod:against", "nmod:on", "nmod:between");

  /** Nouns of past conflicts that a capital letter makes a name: "the Second World War", "the Gulf War". */
  private static final Set<String> NAMED_HISTORY = Set.of("war", "revolution", "uprising", "crisis", "invasion", "occupation", "genocide", "massacre");
  /** Roots of what is said to someone (appeals, offers, demands, complaints, warnings), which can come "from" its sayer. */
  private static final Set<String> SAID_FROM_ROOTS = Set.of("02", "03", "05", "10", "11", "12", "13");
  /** Prepositions by which a noun frames the time of something else: "during the war". */
  private static final Set<String> TIME_FRAMES = Set.of("during", "throughout");
  /** Words that make talks a process of joining a bloc: "accession talks", "membership negotiations". */
  private static final Set<String> PROCESS_WORDS = Set.of("accession", "membership");
  /** Common nouns that name a place by its name in "of": "the town of Gorazde". */
  private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "district", "region", "province", "capital", "enclave", "territory", "port");

  private final DependencyIndex index;
  private final EventLexicon lexicon;
  private final CameoCodebook codebook;
  private final ClauseMood mood;
  private final NounPhrases phrases;
  private final NounActors nounActors;
  private final SubjectActors subjectActors;
  private final SupportVerbs supportVerbs;
  private final NounTargets nounTargets;

  NounEventCoder(DependencyIndex index, EventLexicon lexicon, CameoCodebook codebook, ClauseMood mood, NounPhrases phrases, NounActors nounActors, SubjectActors subjectActors) {
    this.index = index;
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.mood = mood;
    this.phrases = phrases;
    this.nounActors = nounActors;
    this.subjectActors = subjectActors;
    this.supportVerbs = new SupportVerbs(index, lexicon);
    this.nounTargets = new NounTargets(index, lexicon, nounActors);
  }

  /** The phrases by which a participle of being sought names the charge: "wanted for", "accused of", "wanted over". */
  private static final Set<String> CHARGE_PHRASES = Set.of("obl:for", "obl:of", "obl:over", "obl:in_connection_with");

  /** Nouns for remembering a past event: its "of" noun is history. */
  private static final Set<String> REMEMBERING = Set.of("anniversary", "commemoration", "memorial", "remembrance", "memory");

  /** The events the noun names in the sentence, with the actors its phrase or its light verb gives. */
  /** Verbs that tell how an act ended for its doer: "lost their appeal", "won the case". */
  private static final Set<String> OUTCOME_VERBS = Set.of("lose", "win");

  List<CodedMention> code(Sentence sentence, int noun) {
    List<NounPattern> patterns = lexicon.nounPatterns(lemma(noun));
    if (patterns.isEmpty()) {
      return List.of();
    }
    int phrase = phrases.head(noun);
    // "talks on avoiding clashes between their forces", "to prevent a war": what is averted does
    // not happen.
    if (index.head(phrase).filter(d -> d.baseRelation().equals("obj") && AVERTING_VERBS.contains(lemma(d.governor()))).isPresent()) {
      return List.of();
    }
    // "three days of talks … that ended on Friday, the first direct contact between the two
    // sides since …": an event noun in apposition to an event named just before names that event
    // again (its own "two sides" are that event's).
    Optional<Integer> namedAgain = index.head(phrase).filter(d -> d.relation().equals("appos") && d.governor() >= 0).map(d -> d.governor());
    if (namedAgain.isPresent() && (!lexicon.nounPatterns(lemma(namedAgain.get())).isEmpty()
        || index.children(namedAgain.get(), Set.of("nmod:of")).stream().anyMatch(o -> !lexicon.nounPatterns(lemma(o)).isEmpty()))) {
      return List.of();
    }
    // "if the parents lost their appeal", "won its case": an act won or lost is its outcome told,
    // not the act done.
    if (index.head(phrase).filter(d -> d.baseRelation().equals("obj") && OUTCOME_VERBS.contains(lemma(d.governor()))).isPresent()) {
      return List.of();
    }
    // "talks on avoiding clashes", parsed with the gerund as the noun's adjective: averted too.
    if (index.children(noun, Set.of("amod")).stream().anyMatch(a -> index.token(a).tag().equals("VBG") && AVERTING_VERBS.contains(lemma(a)))) {
      return List.of();
    }
    // "handed two patrol boats to Fiji's navy under its Official Security Assistance programme",
    // "asked Warsaw to reopen talks under the 2022 agreement": what an act is done under is its
    // framework, named, not a deed of its own.
    // "called the move a breach of the two countries' transit agreement": an accord broken, kept
    // to or read is the standing one, not one made in the story.
    if (index.head(phrase).filter(d -> d.relation().equals("nmod:of") && d.governor() >= 0 && STANDING_ACCORD_FRAMES.contains(lemma(d.governor()))).isPresent()) {
      return List.of();
    }
    // 'called the duties "inconsistent" with the two countries' economic partnership agreement',
    // "contrary to the deal": so is an accord something is measured against by an adjective.
    // (Not anything else an adjective takes: "open to talks with Beijing" still offers talks.)
    if (ACCORD_NOUNS.contains(lemma(noun)) && index.head(phrase).filter(d -> d.governor() >= 0 && index.token(d.governor()).tag().startsWith("JJ")
        && (d.baseRelation().equals("obl") || d.baseRelation().equals("nmod")) && MEASURED_AGAINST.contains(d.suffix())).isPresent()) {
      return List.of();
    }
    // "thanked Brazil for backing Hanoi's partnership with the BRICS group": a partnership or an
    // accord one side holds, backed by another, is the standing tie backed, not one made in the
    // story.
    if ((ACCORD_NOUNS.contains(lemma(noun)) || RELATION_NOUNS.contains(lemma(noun))) && !index.children(phrase, Set.of("nmod:poss")).isEmpty()
        && index.head(phrase).filter(d -> d.baseRelation().equals("obj") && d.governor() >= 0 && BACKING_VERBS.contains(lemma(d.governor()))).isPresent()) {
      return List.of();
    }
    // "They called for the ban to be made permanent", "urged for the embargo to be lifted": a
    // measure named again ("the") as the subject of a "for … to" clause is what the clause asks
    // about, not a new one.
    if (index.hasChildLemma(noun, "det", Set.of("the")) && index.head(phrase).filter(d -> d.relation().startsWith("nsubj") && d.governor() >= 0
        && index.hasChildLemma(d.governor(), "mark", Set.of("for")) && index.hasChildLemma(d.governor(), "mark", Set.of("to"))).isPresent()) {
      return List.of();
    }
    // But "under a deal signed in Hanoi on Tuesday": an accord new to the story ("a"), told as
    // made, was made with the act (see madeAccordActedUnder).
    boolean newlyMade = madeAccordActedUnder(noun, phrase).isPresent() && index.hasChildLemma(noun, "det", Set.of("a", "an"));
    if (!newlyMade && index.head(phrase).filter(d -> d.relation().equals("obl:under") && d.governor() >= 0 && index.token(d.governor()).isVerb()).isPresent()) {
      return List.of();
    }
    // "handed the boats over at a ceremony in Suva": the ceremony is the occasion of the act
    // done at it, not a symbolic act of its own.
    if (patterns.stream().allMatch(p -> p.code().equals("017"))
        && index.head(phrase).filter(d -> d.relation().equals("obl:at") && d.governor() >= 0 && index.token(d.governor()).isVerb()
            && !lexicon.verbPatterns(index.lemma(d.governor())).isEmpty()).isPresent()) {
      return List.of();
    }
    // "forced to work there during the Second World War", "the Korean War": a war called by its
    // name, capitalised, is history the story refers to, not a deed of anyone in it.
    if (index.token(noun).isProperNoun() && NAMED_HISTORY.contains(lemma(noun))) {
      return List.of();
    }
    // "on Thursday, the anniversary of a 1937 massacre by Italian occupation forces": what an
    // anniversary or a memorial remembers is history, not a deed of the story.
    if (index.head(phrase).filter(d -> d.relation().equals("nmod:of") && d.governor() >= 0 && REMEMBERING.contains(lemma(d.governor()))).isPresent()) {
      return List.of();
    }
    // "arrested a Rwandan man wanted for the 1994 genocide", "a woman accused of smuggling": what
    // someone is sought or accused for is the charge against them, not a deed the story tells.
    if (index.head(phrase).filter(d -> CHARGE_PHRASES.contains(d.relation()) && d.governor() >= 0
        && index.head(d.governor()).filter(p -> p.relation().equals("acl")).isPresent()
        && SceneOfActHungOnWanted.STATES_OF_BEING_SOUGHT.contains(lemma(d.governor()))).isPresent()) {
      return List.of();
    }
    // "issued arrest warrants for three security officials over the abduction in 2019 of two
    // activists", "charged him with the killing": what a warrant or charge is over is the charge,
    // not a deed the story tells (as "wanted for" is, above).
    if (index.head(phrase).filter(d -> CHARGE_GROUNDS.contains(d.relation()) && d.governor() >= 0 && isWarrantOrCharge(d.governor())).isPresent()) {
      return List.of();
    }
    boolean modifiesAnotherNoun = index.head(noun).map(d -> d.relation().equals("compound")).orElse(false);
    if (modifiesAnotherNoun && !NounPhrases.FRAME_NOUNS.contains(lemma(index.head(noun).get().governor()))) {
      return List.of();
    }
    NounPattern chosen = null;
    for (NounPattern pattern : patterns) {
      if (pattern.modifier().isPresent() && !phrases.hasModifier(noun, pattern.modifier().get()) && !phrases.hasModifier(phrase, pattern.modifier().get())) {
        continue;
      }
      if (pattern.placeOnly() && !outOfPlace(noun, pattern)) {
        continue;
      }
      if (chosen == null || (pattern.modifier().isPresent() && chosen.modifier().isEmpty())) {
        chosen = pattern;
      }
    }
    if (chosen == null) {
      return List.of();
    }
    // "praised each other's support during the wars of liberation": a conflict that frames a
    // time ("during", "throughout") is when something else happened, not an event the story tells.
    if (CameoCodebook.isAttack(chosen.code()) && index.children(phrase, Set.of("case")).stream().anyMatch(c -> TIME_FRAMES.contains(lemma(c)))) {
      return List.of();
    }
    if (chosen.namesItsDoers() && index.head(phrase).filter(d -> d.baseRelation().startsWith("nsubj")).isPresent()) {
      return List.of();
    }
    // "Bulgaria will keep blocking North Macedonia's EU accession talks", "blocked the closing of
    // two chapters in Montenegro's accession talks": talks of joining a bloc are the long process
    // of joining, not a meeting the story tells, unless a verb holds, opens or resumes them.
    if (PROCESS_WORDS.stream().anyMatch(w -> phrases.hasModifier(noun, w)) && supportVerbs.of(phrase).isEmpty()) {
      return List.of();
    }
    if (warOfAPlace(noun)) {
      return List.of();
    }
    if (measuredByAThing(phrase)) {
      return List.of();
    }
    List<Integer> anchors = new ArrayList<>(List.of(noun));
    List<ActorMention> sources = new ArrayList<>(nounActors.sources(noun));
    List<ActorMention> madeWith = new ArrayList<>();
    // "protested against his detention", "the activists' arrest": a noun whose patient takes
    // "of" has its person possessor for the patient when no "of" is told, not for the doer.
    List<ActorMention> possessedPatients = heldPossessors(noun, chosen);
    sources.removeAll(possessedPatients);
    if (phrase != noun) {
      sources.addAll(nounActors.sources(phrase));
    }
    boolean actedOnOrDefied = index.head(phrase).filter(d -> d.relation().equals("obj") || d.relation().equals("obl:despite")).isPresent();
    if (sources.isEmpty() && actedOnOrDefied && SAID_FROM_ROOTS.contains(chosen.code().substring(0, 2))) {
      // "despite an appeal from the UN refugee agency", "rejected an offer from the ministry":
      // what is said comes from whoever it is from, when the clause takes it up (not "because
      // of threats from Washington", an earlier threat recalled).
      sources.addAll(nounActors.of(index.children(noun, Set.of("nmod:from"))));
    }
    Optional<Integer> supportVerb = supportVerbs.of(phrase);
    supportVerb.ifPresent(anchors::add);
    // "hosted talks ... on Saturday": a noun without a time of its own takes its verb's.
    // (An accord made, "a deal signed in Hanoi", is placed and dated by its making, not by the act
    // done under it.)
    if (newlyMade) {
      index.children(noun, Set.of("acl")).stream().filter(p -> MAKING_PARTICIPLES.contains(lemma(p))).findFirst().ifPresent(anchors::add);
    } else {
      index.verbTaking(phrase).filter(g -> !anchors.contains(g)).ifPresent(anchors::add);
    }
    // "Fighting broke out … late on Sunday": a noun whose verb only says that it happened takes
    // that verb's time and mood.
    index.head(phrase).filter(d -> d.relation().equals("nsubj") && d.governor() >= 0
            && dev.annals.coding.repair.BetweenHungOnVerbOfOutbreak.OUTBREAK_VERBS.contains(lemma(d.governor())))
        .map(dev.annals.model.Dependency::governor).filter(g -> !anchors.contains(g)).ifPresent(anchors::add);
    if (sources.isEmpty() && supportVerb.isPresent()) {
      sources.addAll(subjectActors.of(supportVerb.get()));
    }
    if (sources.isEmpty() && chosen.reciprocal()) {
      // "Rahmon raised the raids in a telephone call with Putin": a call or meeting in which the
      // subject of an active verb does something is the subject's.
      Optional<Dependency> occasion = index.head(phrase).filter(d -> d.governor() >= 0 && (d.relation().equals("obl:in") || d.relation().equals("obl:during"))
          && index.token(d.governor()).isVerb() && index.children(d.governor(), Set.of("nsubj:pass")).isEmpty());
      if (occasion.isPresent()) {
        sources.addAll(subjectActors.of(occasion.get().governor()));
      }
      // "Bahrain and Iran agreed to restore relations after two days of talks in Muscat": talks
      // that two or more doers came out of, named with no one of their own, were theirs. One
      // doer alone ("Bayraktar said after talks in Ashgabat") leaves the other side unknown.
      Optional<Integer> cameOutOf = precedingOccasion(phrase);
      if (occasion.isEmpty() && cameOutOf.isPresent()) {
        List<ActorMention> doers = ActorMentions.distinct(subjectActors.of(cameOutOf.get()));
        if (doers.size() >= 2) {
          sources.addAll(doers);
        } else if (doers.size() == 1 && index.children(noun, Set.of("nmod:with", "nmod:between")).isEmpty()) {
          // "China agreed to defer Laos's repayments after two days of talks in Vientiane": one
          // doer's talks were with the other side of what came out of them, held by both as
          // when both are named ("Bahrain and Iran agreed ... after talks"), and before it. (Not
          // when the noun names its partner: "following an agreement with the ruling military".)
          List<ActorMention> partners = ActorMentions.otherSides(sidesOfOutcome(cameOutOf.get()), doers);
          if (!partners.isEmpty()) {
            sources.addAll(doers);
            sources.addAll(partners);
            anchors.add(cameOutOf.get());
          }
        }
      }
      // "India will supply Vietnam with missiles under a deal signed in Hanoi": an accord made
      // (a participle of making, by no one named) that a verb's act is done under was made by the
      // two sides of that act, its subject and whom it acts on.
      Optional<Integer> actedUnder = madeAccordActedUnder(noun, phrase);
      if (occasion.isEmpty() && cameOutOf.isEmpty() && actedUnder.isPresent()) {
        List<ActorMention> doers = ActorMentions.distinct(subjectActors.of(actedUnder.get()));
        List<ActorMention> partners = ActorMentions.otherSides(nounActors.of(index.children(actedUnder.get(), Set.of("obj", "iobj"))), doers);
        if (partners.isEmpty()) {
          // "Japan will give Indonesia three patrol boats and train their crews under an agreement
          // signed in Jakarta": the accord covers the acts joined to the one it hangs on, and the
          // side one of them acts on is its other side.
          List<Integer> sameDoersActs = index.head(actedUnder.get()).filter(d -> d.relation().startsWith("conj") && d.governor() >= 0)
              .map(d -> List.of(d.governor())).orElse(List.of());
          partners = ActorMentions.otherSides(nounActors.of(sameDoersActs.stream().flatMap(v -> index.children(v, Set.of("obj", "iobj")).stream()).toList()), doers);
        }
        if (partners.isEmpty()) {
          // "Under an agreement signed on Wednesday, Pakistan will check applicants' records and
          // the Emirates will train Pakistani officers": the other side does its part in a joined clause.
          // (The parser may join that clause to a clause inside the first, "before they leave",
          // and pass it up to the first verb as such: a clause opened by "and" is joined either way.)
          List<Integer> joined = index.children(actedUnder.get()).stream()
              .filter(d -> d.relation().startsWith("conj") || (d.relation().startsWith("advcl") && index.hasChildLemma(d.dependent(), "cc", Set.of("and"))))
              .map(Dependency::dependent).toList();
          partners = ActorMentions.otherSides(ActorMentions.distinct(joined.stream().flatMap(v -> subjectActors.of(v).stream()).toList()), doers);
        }
        if (doers.size() == 1 && !partners.isEmpty()) {
          sources.addAll(doers);
          madeWith.addAll(partners);
        }
      }
    }
    // "Prosecco growers drove tractors through Conegliano in protest against the Commission": a
    // protest that an act was done in is the protest of whoever did the act, when the verb alone
    // codes nothing ("drive" only with "out"); an act that codes itself is the protest, told as
    // what it is ("blocked the crossing in protest", "recalled its ambassador in protest").
    if (sources.isEmpty() && chosen.code().startsWith("14")) {
      Optional<Integer> doneInProtest = index.head(phrase).filter(d -> d.relation().equals("obl:in") && d.governor() >= 0 && index.token(d.governor()).isVerb())
          .map(Dependency::governor).filter(verb -> lexicon.verbPatterns(lemma(verb)).stream().allMatch(p -> p.particle().isPresent()));
      if (doneInProtest.isPresent()) {
        sources.addAll(subjectActors.of(doneInProtest.get()));
      }
    }
    // "Ukraine's president said that the children would top the agenda of a visit to the Vatican
    // next month": a visit no one is named to make, told in what a side says, is the speaker's.
    if (sources.isEmpty() && chosen.code().equals(VISIT) && hasIndefiniteArticle(noun)) {
      Optional<Integer> saying = speakerOfReportedClause(phrase);
      if (saying.isPresent()) {
        sources.addAll(subjectActors.of(saying.get()));
      }
    }
    sources = ActorMentions.distinct(sources);
    if (sources.isEmpty() || purposeOfPrevented(phrase)) {
      return List.of();
    }
    List<ActorMention> targets = possessedPatients.isEmpty() ? nounTargets.of(noun, phrase, chosen, supportVerb) : possessedPatients;
    if (targets.isEmpty()) {
      targets = madeWith;
    }
    if (targets.isEmpty() && supportVerb.isEmpty() && isOwnedProposal(noun)) {
      targets = answerers(phrase, sources);
    }
    Optional<Integer> defied = index.head(phrase).filter(d -> d.relation().equals("obl:despite") && d.governor() >= 0 && index.token(d.governor()).isVerb())
        .map(Dependency::governor);
    if (targets.isEmpty() && defied.isPresent() && SAID_FROM_ROOTS.contains(chosen.code().substring(0, 2))) {
      // "deported 1,100 Myanmar nationals despite an appeal from the UN refugee agency": what was
      // said was said to the one who acted despite it.
      targets = ActorMentions.otherSides(subjectActors.of(defied.get()), sources);
    }
    EventType type = codebook.require(chosen.code(), chosen.origin());
    int clause = supportVerb.orElse(noun);
    // "open to scientific cooperation with China": what an adjective of readiness carries is to come.
    Optional<Modality> readiness = supportVerb.filter(v -> !index.token(v).isVerb()).flatMap(mood::governedBy);
    Modality mode = readiness.orElseGet(() -> supportVerb.isPresent() ? mood.modalityOf(clause) : nounModalityInItsClause(noun));
    boolean negated = supportVerb.map(v -> mood.negated(v) || mood.controlledByNotDoing(v)).orElse(false) || phrases.hasModifier(noun, "no");
    Tense tense = supportVerb.map(v -> mood.tenseOf(v, mode)).orElse(Tense.UNKNOWN);
    boolean between = index.children(noun).stream().anyMatch(d -> d.relation().equals("nmod:between"));
    boolean reciprocal = chosen.reciprocal() || between || phrases.hasModifier(noun, "joint") || phrases.hasModifier(phrase, "joint");
    return MentionPairs.of(sentence.index(), noun, anchors, sources, targets, type, mode, negated, false, reciprocal, tense, chosen.origin());
  }

  /**
   * "demanded that Baghdad stop armed groups from using its territory for attacks on the kingdom":
   * what a prevented act would have been for does not happen either.
   */
  private boolean purposeOfPrevented(int phrase) {
    return index.head(phrase).filter(d -> d.relation().equals("obl:for") && d.governor() >= 0).flatMap(d -> index.head(d.governor()))
        .filter(d -> d.relation().equals("advcl:from") && d.governor() >= 0 && VerbEventCoder.PREVENTING_VERBS.contains(lemma(d.governor()))).isPresent();
  }

  /**
   * "said the railway had doubled trade between the two countries": what a thing, no side and no
   * act, does to an activity measures the activity; it tells of no deed of anyone's (and the verb,
   * with no side for its subject, names none either).
   */
  private boolean measuredByAThing(int phrase) {
    // ("The flight followed talks in Vienna last month": a verb that orders happenings in time
    // measures nothing; what it follows still happened.)
    return index.head(phrase).filter(d -> d.relation().equals("obj") && d.governor() >= 0 && index.token(d.governor()).isVerb()
            && !SEQUENCE_VERBS.contains(lemma(d.governor())))
        .map(d -> index.children(d.governor(), Set.of("nsubj")))
        .filter(subjects -> !subjects.isEmpty() && subjects.stream().allMatch(s -> index.token(s).isNoun() && !index.token(s).isProperNoun()
            && nounActors.of(List.of(s)).isEmpty() && lexicon.nounPatterns(lemma(s)).isEmpty()))
        .isPresent();
  }

  /** Verbs that order one happening after another: "followed talks", "preceded the vote". */
  private static final Set<String> SEQUENCE_VERBS = Set.of("follow", "precede");

  /** Words for an accord. */
  private static final Set<String> ACCORD_NOUNS = Set.of("agreement", "deal", "accord", "treaty", "pact", "convention", "charter", "memorandum");

  /** The phrases that tell what a warrant or charge is for: "over the abduction", "for the killing". */
  private static final Set<String> CHARGE_GROUNDS = Set.of("obl:over", "nmod:over", "obl:for", "nmod:for", "obl:in_connection_with", "nmod:in_connection_with");
  /** Words for a warrant or a charge laid on someone. */
  private static final Set<String> WARRANT_NOUNS = Set.of("warrant", "charge", "indictment");

  /** Whether the word is a warrant or charge, or a verb whose object is one ("issued arrest warrants … over"). */
  private boolean isWarrantOrCharge(int word) {
    return WARRANT_NOUNS.contains(lemma(word))
        || (index.token(word).isVerb() && index.children(word, Set.of("obj")).stream().anyMatch(o -> WARRANT_NOUNS.contains(lemma(o))));
  }

  /** Nouns for a standing tie between sides: "Hanoi's partnership with the BRICS group". */
  private static final Set<String> RELATION_NOUNS = Set.of("partnership", "alliance", "membership");
  /** Verbs of backing what another side holds: "backing Hanoi's partnership". */
  private static final Set<String> BACKING_VERBS = Set.of("back", "support", "endorse", "champion");

  /** Prepositions by which an adjective measures something against an accord: "inconsistent with", "contrary to". */
  private static final Set<String> MEASURED_AGAINST = Set.of("with", "to");

  /** Nouns whose "of" names a standing accord: "a breach of the agreement", "the terms of the deal". */
  private static final Set<String> STANDING_ACCORD_FRAMES = Set.of("breach", "violation", "term", "terms", "spirit", "letter", "provision", "clause", "article");

  /** Participles that tell an accord was made: "a deal signed in Hanoi", "an agreement reached last year". */
  private static final Set<String> MAKING_PARTICIPLES = Set.of("sign", "conclude", "reach", "strike", "ink", "seal");

  /**
   * The active verb whose act is done "under" the accord, when the accord's noun carries a
   * participle of making with no doer of its own ({@code acl(deal, signed)}, no "by").
   */
  private Optional<Integer> madeAccordActedUnder(int noun, int phrase) {
    boolean made = index.children(noun, Set.of("acl")).stream()
        .anyMatch(p -> index.token(p).tag().equals("VBN") && MAKING_PARTICIPLES.contains(lemma(p)) && index.children(p, Set.of("obl:agent", "obl:by")).isEmpty());
    return made ? index.head(phrase).filter(d -> d.relation().equals("obl:under") && d.governor() >= 0 && index.token(d.governor()).isVerb()
        && index.children(d.governor(), Set.of("nsubj:pass")).isEmpty()).map(Dependency::governor) : Optional.empty();
  }

  /**
   * The active verb a meeting noun's phrase is hung on by "after" or "following", directly or
   * through a span of time ("after two days of talks"): the verb of what came out of it.
   */
  private Optional<Integer> precedingOccasion(int phrase) {
    int hung = phrase;
    Optional<Dependency> head = index.head(hung);
    if (head.filter(d -> d.relation().equals("nmod:of") && d.governor() >= 0 && SPANS_OF_TIME.contains(lemma(d.governor()))).isPresent()) {
      hung = head.get().governor();
      head = index.head(hung);
    }
    return head.filter(d -> d.governor() >= 0 && (d.relation().equals("obl:after") || d.relation().equals("obl:following"))
            && index.token(d.governor()).isVerb() && index.children(d.governor(), Set.of("nsubj:pass")).isEmpty())
        .map(Dependency::governor);
  }

  private static final Set<String> SPANS_OF_TIME = Set.of("day", "week", "month", "hour", "round", "year");

  /** How a verb, or the verb it is to do, names whom its act is on or with. */
  private static final Set<String> OUTCOME_SIDES = Set.of("obj", "iobj", "obl:with", "obl:to");

  /**
   * The sides an outcome names besides its doer: whom the verb, or the act it agrees or decides to
   * do (or the gerund the parser hangs loose on it, "to resume pumping"), is on, to or with, and
   * whose thing it acts on ("to defer Laos's repayments"); and who does what goes on "while" it
   * holds ("while the two governments negotiate a repayment plan").
   */
  private List<ActorMention> sidesOfOutcome(int verb) {
    List<ActorMention> sides = new ArrayList<>();
    List<Integer> acts = new ArrayList<>(List.of(verb));
    for (int i = 0; i < acts.size(); i++) {
      index.children(acts.get(i), Set.of("xcomp", "dep")).stream().filter(x -> index.token(x).isVerb() && !acts.contains(x)).forEach(acts::add);
    }
    for (int act : acts) {
      List<Integer> named = index.children(act, OUTCOME_SIDES);
      sides.addAll(nounActors.of(named));
      sides.addAll(nounActors.of(index.children(act, Set.of("obj")).stream().flatMap(o -> index.children(o, Set.of("nmod:poss")).stream()).toList()));
      index.children(act, Set.of("advcl", "advcl:while")).stream().filter(c -> index.hasChildLemma(c, "mark", Set.of("while")))
          .forEach(c -> sides.addAll(subjectActors.of(c)));
    }
    return ActorMentions.distinct(sides);
  }

  /** Nouns of what is put to someone, who answers it: "Baghdad's request", "China's offer" (cameo/answered-nouns.txt). */
  /** Verbs whose object does not happen: "avoiding clashes" (cameo/averting-verbs.txt). */
  private static final Set<String> AVERTING_VERBS = Set.copyOf(dev.annals.coding.knowledge.TsvFile.readWordList("dev/annals/coding/cameo/averting-verbs.txt"));
  private static final Set<String> ANSWERED_NOUNS = Set.copyOf(dev.annals.coding.knowledge.TsvFile.readWordList("dev/annals/coding/cameo/answered-nouns.txt"));
  /** How a thing put stands to the verb of whoever answers it: "rejected Iraq's request", "Iraq's request was rejected by Iran". */
  private static final Set<String> ANSWERED_RELATIONS = Set.of("obj", "nsubj:pass");

  /**
   * A request or offer with its owner named: "Baghdad's request", "China's offer"; not "their
   * demand", whose owner is whoever the pronoun stands for.
   */
  boolean isOwnedProposal(int noun) {
    return ANSWERED_NOUNS.contains(lemma(noun)) && index.children(noun, Set.of("nmod:poss")).stream().anyMatch(p -> index.token(p).isProperNoun());
  }

  /**
   * "Iran has not answered Baghdad's request for similar talks", "Pakistan accepted China's
   * offer": a request or offer whose owner makes it, put to no one its own words name, is put to
   * whoever answers, accepts, rejects or ignores it.
   */
  /** Make a visit (042). */
  private static final String VISIT = "042";
  /** Verbs that report what a clause says. */
  private static final Set<String> REPORTING = Set.of("say", "announce", "tell", "add", "state");

  /** Whether the noun is "a" or "an" one: "a visit", not "the visit" (one told before). */
  private boolean hasIndefiniteArticle(int noun) {
    return index.children(noun, Set.of("det")).stream().anyMatch(d -> Set.of("a", "an").contains(lemma(d).toLowerCase(java.util.Locale.ROOT)));
  }

  /** The verb of saying whose reported clause holds the phrase, a few links up. */
  private Optional<Integer> speakerOfReportedClause(int phrase) {
    int node = phrase;
    for (int depth = 0; depth < 6; depth++) {
      Optional<Dependency> head = index.head(node);
      if (head.isEmpty() || head.get().governor() < 0) {
        return Optional.empty();
      }
      if (head.get().relation().equals("ccomp") && REPORTING.contains(lemma(head.get().governor()).toLowerCase(java.util.Locale.ROOT))) {
        return Optional.of(head.get().governor());
      }
      node = head.get().governor();
    }
    return Optional.empty();
  }

  private List<ActorMention> answerers(int phrase, List<ActorMention> sources) {
    Optional<Dependency> governor = index.head(phrase).filter(d -> d.governor() >= 0 && ANSWERED_RELATIONS.contains(d.relation()) && index.token(d.governor()).isVerb());
    if (governor.isEmpty()) {
      return List.of();
    }
    int verb = governor.get().governor();
    // "renewed the Caribbean Community's demand for reparations": one who repeats a demand makes
    // it too, and answers nothing.
    if (VerbTargets.REPEATING.contains(lemma(verb))) {
      return List.of();
    }
    List<ActorMention> answering = governor.get().relation().equals("nsubj:pass")
        ? index.children(verb, Set.of("obl:agent")).stream().flatMap(a -> nounActors.of(List.of(a)).stream()).toList()
        : subjectActors.of(verb);
    // Another side, known to be one, answers: "Erbakan accepted Levy's request", Erbakan of no
    // country yet, may be placed in Israel and make it a request of Israel to itself.
    return answering.stream().filter(a -> a.actor().country().isPresent() || a.actor().kind() == ActorKind.ORGANISATION)
        .filter(a -> sources.stream().noneMatch(s -> s.actor().code().equals(a.actor().code())
            || (s.actor().country().isPresent() && s.actor().country().equals(a.actor().country())))).toList();
  }

  /** The people who possess a noun whose only target preposition is "of", when it has no "of". */
  private List<ActorMention> heldPossessors(int noun, NounPattern chosen) {
    boolean patientOf = chosen.targetPrepositions().equals(Set.of("of"));
    if (!patientOf || !index.children(noun, Set.of("nmod:of")).isEmpty()) {
      return List.of();
    }
    return index.children(noun, Set.of("nmod:poss")).stream().flatMap(p -> nounActors.of(List.of(p)).stream())
        .filter(m -> m.actor().kind() == ActorKind.PERSON || m.actor().kind() == ActorKind.GROUP).toList();
  }

  /**
   * For a line flagged "place": the noun's target preposition names a place ("their withdrawal
   * from Gorazde", "from the town of Gorazde"), and what is moved out, if the noun says, is
   * what the noun's modifier lines name ("the withdrawal of troops from X", not "of its
   * ambassador"). A withdrawal from a town is a retreat; one from a treaty or talks is not.
   */
  private boolean outOfPlace(int noun, NounPattern pattern) {
    Set<String> moved = new HashSet<>();
    lexicon.nounPatterns(lemma(noun)).stream().filter(p -> p.code().equals(pattern.code())).forEach(p -> p.modifier().ifPresent(moved::add));
    boolean place = false;
    for (Dependency d : index.children(noun)) {
      if (d.relation().equals("nmod:of") && !moved.contains(lemma(d.dependent()))) {
        return false;
      }
      if (d.baseRelation().equals("nmod") && pattern.targetPrepositions().contains(d.suffix().replace('_', ' '))) {
        place |= isPlace(d.dependent()) || (PLACE_NOUNS.contains(lemma(d.dependent()))
            && index.children(d.dependent(), Set.of("nmod:of")).stream().anyMatch(this::isPlace));
      }
    }
    return place;
  }

  private boolean isPlace(int token) {
    return index.token(token).isProperNoun() && index.token(token).entity().equals("LOCATION");
  }

  private String lemma(int token) {
    return index.lemma(token);
  }

  /**
   * "urged both sides in Sudan's war to let aid through", "denied supplying arms to either side in
   * Sudan's war": a war that only a country's possessive names, with no side it is fought against,
   * is the war in that country, not a deed the country does ("Russia's war on Ukraine" names one).
   */
  private boolean warOfAPlace(int noun) {
    // (A side is an actor: "Sudan's war on Monday" hangs the day on the war.)
    return WAR_NOUNS.contains(lemma(noun)) && index.children(noun, WAR_SIDES).stream().allMatch(side -> nounActors.of(List.of(side)).isEmpty())
        && index.children(noun).stream().anyMatch(d -> d.relation().equals("nmod:poss") && index.token(d.dependent()).isProperNoun()
            && "LOCATION".equals(index.token(d.dependent()).entity()));
  }

  /**
   * The noun's own mood ("planned talks"), or, when it has none and is what a verb asked or
   * urged of someone takes, that verb's: "asked the Commission to keep EU funding in place" asks
   * for the funding, which is not given.
   */
  private Modality nounModalityInItsClause(int noun) {
    Modality own = mood.nounModality(noun);
    if (own != Modality.ASSERTED) {
      return own;
    }
    return index.head(noun).filter(d -> d.relation().equals("obj") && d.governor() >= 0 && index.token(d.governor()).isVerb())
        .map(d -> d.governor()).filter(verb -> index.head(verb).filter(h -> h.relation().equals("xcomp")).isPresent())
        .map(mood::modalityOf).filter(m -> m == Modality.HYPOTHETICAL).orElse(own);
  }
}
