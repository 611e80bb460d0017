package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.cameo.EventLexicon;
import dev.annals.coding.cameo.IntentMap;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import dev.annals.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "The rebels said they will release the hostages", "Palestinian leaders said they would
 * boycott all contact with the US": an act that its actor only announces is coded as the
 * announcement, an intent (03) or a threat (13) (cameo/intents.tsv); an act announced with an
 * "unless" condition is an ultimatum. A plain future told by the reporter ("Modi will visit
 * Tokyo next month") stays the act, with intended modality.
 */
final class AnnouncedActs {
  /** Roots of asking or pressing another side, which a refusal answers: appeals, offers, disapproval, rejections, demands, threats, protests, cuts, coercion. */
  private static final Set<String> PRESSING_ROOTS = Set.of("02", "03", "10", "11", "12", "13", "14", "16", "17");

  private final IntentMap intents;
  private final EventLexicon lexicon;

  AnnouncedActs(IntentMap intents, EventLexicon lexicon) {
    this.intents = intents;
    this.lexicon = lexicon;
  }

  /** Whether the word is an adjective that carries the nominal act it governs by "to" or "for": "open to cooperation". */
  private static boolean isReadinessFor(DependencyIndex index, int word, int act) {
    return word != act && index.token(word).tag().startsWith("JJ")
        && index.parents(act).stream().anyMatch(d -> d.governor() == word && (d.relation().equals("obl:to") || d.relation().equals("obl:for")));
  }

  /** Threats (13). */
  private static final String THREAT_ROOT = "13";
  /** Yield (08): easing a measure, releasing, backing down. */
  private static final String YIELD_ROOT = "08";

  /** The mentions with each announced act read as its announcement, and each announced refusal as a rejection. */
  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      CodedMention changed = m;
      // The clause of the act: its verb, or the light verb of a nominal act ("will provide aid"),
      // or a verb the tagger called a noun ("they would blockade Paris").
      // Or the adjective that carries a nominal act ("said it remained open to cooperation with China").
      Optional<Integer> clause = m.anchors().stream().filter(a -> index.token(a).isVerb() || (index.isVerbTaggedNoun(a) && !targetIsCoSubject(index, a, m))
          || isReadinessFor(index, a, m.trigger())).findFirst();
      if (clause.isEmpty()) {
        result.add(m);
        continue;
      }
      int verb = clause.get();
      // "has tried to hack", "attempted to assassinate": an attempt was made, nothing announced.
      boolean attempt = index.parents(verb).stream()
          .anyMatch(d -> d.relation().equals("xcomp") && d.governor() >= 0 && dev.annals.coding.cameo.AttemptVerbs.LEMMAS.contains(index.token(d.governor()).lemma().toLowerCase(Locale.ROOT)));
      if (attempt) {
        result.add(m);
        continue;
      }
      // "will stop signing contracts": the clause of a stopped act is the verb of stopping's.
      int clauseVerb = index.head(verb).filter(d -> (d.relation().equals("xcomp") || d.relation().equals("dep")) && d.governor() >= 0
          && dev.annals.coding.cameo.StoppingVerbs.LEMMAS.contains(index.lemma(d.governor()))).map(Dependency::governor).orElse(verb);
      if (m.modality() == Modality.INTENDED && !m.speech() && m.negated() && isAnnounced(index, clauseVerb)) {
        // "Syria says it will not accept more refugees": refusing is rejecting.
        // "Qatar will not sign new contracts if the EU fines QatarEnergy": a refusal on a
        // condition a named side may meet is a threat, as an act announced with "unless" is.
        // Not a circumstance ("will not accept more refugees if war starts in Iraq"): the condition
        // is an act of a named side.
        // "would not back Ukraine's bid to join the EU unless its neighbour came to terms with the
        // past": an "unless" is always a condition put to someone, wherever in the refused clause
        // the parser hung it.
        boolean onCondition = java.util.stream.Stream.of(verb, clauseVerb).anyMatch(v -> index.children(v).stream()
            .anyMatch(d -> d.relation().equals("advcl:if") && index.children(d.dependent()).stream()
                .anyMatch(c -> c.relation().equals("nsubj") && index.token(c.dependent()).isProperNoun())))
            || index.subtree(verb, Set.of()).stream().anyMatch(t -> index.children(t).stream().anyMatch(d -> d.relation().equals("advcl:unless")));
        // "Estonia will stop extending temporary protection to Ukrainian men": aid or cooperation
        // stopped with no condition is cut, not refused (StoppedCooperation reads it).
        Optional<EventType> refusal = onCondition ? Optional.of(intents.conditionalThreat())
            : StoppedCooperation.isStopped(index, m) ? Optional.empty() : intents.refusalOf(m.type().code());
        if (refusal.isPresent()) {
          // Saying so is refusing: the refusal happened, as a warning does. What it names no one for
          // ("Baku would not bow to pressure") refuses the side that last pressed or asked the
          // refuser: "Russia demanded the release of the reporters … Baku would not bow".
          // A refusal to yield that no one asked for ("said it would not reverse a decision")
          // holds out against the side the refuser was last at odds with.
          Optional<ActorMention> refused = m.target().or(() -> EarlierEvents.actOnSourceSide(result, m, PRESSING_ROOTS)
              .or(() -> m.type().rootCode().equals(YIELD_ROOT) ? EarlierEvents.lastAtOddsWith(result, m) : Optional.empty())
              .map(presser -> ActorMention.at(index.token(m.trigger()), presser)));
          changed = new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), refused, refusal.get(), Modality.ASSERTED,
              false, false, m.tense(), m.pattern());
        }
      } else if ((m.modality() == Modality.INTENDED || conditionalMaybe(index, verb, m)) && !m.speech() && !m.negated() && !offeredByItsDoer(index, coded, verb, m)) {
        // Not the infinitive of a noun ("Ukraine's bid to join the EU unless …"): a bid is no threat.
        boolean ofANoun = index.head(verb).filter(d -> d.relation().equals("acl")).isPresent();
        // "said Vienna would take the case to the EU's top court if construction began": a case
        // brought only on a condition is a conditional threat too (golden/README.md, session 9).
        boolean caseOnCondition = EarlierEvents.CASE_CODES.contains(m.type().code()) && index.children(verb).stream().anyMatch(d -> d.relation().equals("advcl:if"));
        // "could ask the regional bloc to arbitrate if the lorries were not let through": "if ...
        // not" is "unless" (the parser may hang it on what the bloc is asked to do).
        boolean conditional = !ofANoun && (caseOnCondition || index.children(verb).stream().anyMatch(d -> d.relation().equals("advcl:unless")));
        boolean ifNot = !ofANoun && ifClauses(index, verb).stream().anyMatch(condition -> Negations.negated(index, condition));
        boolean announcedBySaying = isAnnounced(index, verb);
        Optional<ActorMention> held = announcedBySaying ? heldAndTried(result, m) : Optional.empty();
        boolean trial = held.isPresent();
        Optional<EventType> intended = announcedBySaying && !trial ? intents.intentOf(m.type().code()) : Optional.empty();
        // An act with no intent of its own ("ask the bloc to arbitrate") done "if ... not" is a
        // conditional threat, as one done "unless" is; one with its own ("review the landing rights
        // if the ban was not lifted") keeps it.
        boolean threatOnCondition = conditional || (ifNot && intended.isEmpty());
        Optional<EventType> announced = threatOnCondition ? Optional.of(intents.conditionalThreat()) : intended;
        if (announced.isEmpty() && trial) {
          // The trial is told by its side's teller, as an intent would be: "the minister said";
          // it befalls the people held, whom "the men" named again.
          ActorMention tried = m.target().get();
          changed = m.withSource(tellerOfItsOwnSide(index, coded, verb, m).orElse(m.source()))
              .withTarget(new ActorMention(tried.span(), tried.surface(), held.get().actor()));
        }
        if (announced.isPresent()) {
          // The intent or threat is the saying's, which its teller reports; what is intended is in
          // the code. A threat told by a verb of threatening ("warned that it would resume
          // attacks") is that warning itself, which happened.
          boolean warning = announced.get().rootCode().equals("13") && announcedByThreat(index, verb);
          Modality mood = warning ? Modality.ASSERTED
              : announcedBySaying ? Modality.REPORTED : m.modality();
          ActorMention announcer = announcedBySaying ? tellerOfItsOwnSide(index, coded, verb, m).orElse(m.source()) : m.source();
          // "could ask the regional bloc to arbitrate if the lorries were not let through": a body
          // asked to judge is the venue; the conditional threat is aimed at the side the teller is
          // at odds with.
          boolean venue = threatOnCondition && m.target().filter(t -> t.actor().kind() == dev.annals.model.ActorKind.ORGANISATION).isPresent();
          Optional<ActorMention> threatened = venue
              ? EarlierEvents.lastAtOddsWith(result, m).map(side -> new ActorMention(m.target().get().span(), m.target().get().surface(), side)).or(m::target)
              // "would seek international arbitration if the suspension was not lifted": a
              // conditional threat that names no one is aimed at the side the teller is at odds with,
              // (Or the side that last pressed it: the suspension's maker.) So is a threat on any
              // condition: "would move part of the production to Morocco if the strike lasted
              // beyond the end of the month" is aimed at the strikers.
              : m.target().or(() -> threatOnCondition || ((ifNot || !ifClauses(index, verb).isEmpty()) && announced.get().rootCode().equals(THREAT_ROOT))
                  ? EarlierEvents.lastAtOddsWith(result, m).or(() -> EarlierEvents.actOnSourceCountry(result, m, PRESSING_ROOTS))
                  .map(side -> ActorMention.at(index.token(m.trigger()), side)) : Optional.empty());
          changed = new CodedMention(m.sentence(), m.trigger(), m.anchors(), announcer, threatened, announced.get(),
              mood, m.negated(), m.speech(), m.tense(), m.pattern());
        }
      }
      result.add(changed);
    }
    return withoutIntentsToldTwice(index, coded, result);
  }

  /**
   * "said … it offered to mediate between the landowners and Kiribati": an act its doer offers to
   * do is the offer's content, which the offer already codes as the intent (and aims where the act
   * is aimed), however the offer is told; it is not announced a second time. (Not an act agreed:
   * "agreed to restore full diplomatic relations" is read as before, the agreement its intent.)
   */
  private static boolean offeredByItsDoer(DependencyIndex index, List<CodedMention> coded, int verb, CodedMention m) {
    return index.head(verb).filter(d -> d.relation().equals("xcomp") && d.governor() >= 0 && OFFERING.contains(index.lemma(d.governor())))
        .map(d -> coded.stream().anyMatch(o -> o.trigger() == d.governor() && o.type().rootCode().equals("03") && o.source().actor().equals(m.source().actor())))
        .orElse(false);
  }

  /** Verbs of offering to do something (also asked by {@link ActsOnlyAskedFor}). */
  static final Set<String> OFFERING = Set.of("offer", "volunteer");

  /** Arrest, detention or charges before a court. */
  private static final String LEGAL_ACTION = "173";

  /**
   * "rangers ... arrested five others ... the minister said the five men would be tried": a court's
   * process announced for people the same side already holds is what will befall them, told as
   * to come, not a threat to people free to heed it.
   *
   * @return the people held, when the act is such a trial of them
   */
  private static Optional<ActorMention> heldAndTried(List<CodedMention> before, CodedMention m) {
    if (!m.type().code().equals(LEGAL_ACTION) || m.target().isEmpty()) {
      return Optional.empty();
    }
    return before.stream().filter(c -> c.type().code().equals(LEGAL_ACTION) && c.modality() != Modality.INTENDED && c.target().isPresent()
            && sameOrNamedAgain(c.target().get().actor(), m.target().get().actor()) && Sides.same(c.source().actor(), m.source().actor()))
        .map(c -> c.target().get()).findFirst();
  }

  /**
   * The people held, or people of the same kind, or plain people, named again with no country of
   * their own ("23 Brazilian gold miners ... the men would be tried under French law").
   */
  private static boolean sameOrNamedAgain(dev.annals.model.Actor held, dev.annals.model.Actor tried) {
    boolean plainPeople = tried.sector().filter("CVL"::equals).isPresent() && !Sides.ofState(held);
    return held.equals(tried) || GroupCountries.isUnplacedGroup(tried) && tried.sector().isPresent() && (tried.sector().equals(held.sector()) || plainPeople);
  }

  /**
   * "The trade ministers agreed on Thursday evening to meet in David next week": the meeting,
   * read as an intent to meet, is the very intent the agreeing verb already codes between the same
   * sides; kept twice, it would stand as a second agreement dated next week.
   */
  private static List<CodedMention> withoutIntentsToldTwice(DependencyIndex index, List<CodedMention> before, List<CodedMention> after) {
    if (before.size() != after.size()) {
      return after;
    }
    List<CodedMention> kept = new ArrayList<>();
    for (int i = 0; i < after.size(); i++) {
      CodedMention m = after.get(i);
      boolean madeIntent = !m.type().equals(before.get(i).type()) && m.type().rootCode().equals("03");
      Optional<Integer> governor = index.head(m.trigger()).filter(d -> d.relation().equals("xcomp") && d.governor() >= 0).map(Dependency::governor);
      boolean toldByGovernor = madeIntent && governor.isPresent() && after.stream().anyMatch(o -> o != m && o.sentence() == m.sentence()
          && o.trigger() == governor.get() && o.type().equals(m.type()) && o.source().actor().equals(m.source().actor())
          && o.target().map(ActorMention::actor).equals(m.target().map(ActorMention::actor)));
      if (!toldByGovernor) {
        kept.add(m);
      }
    }
    return kept;
  }

  /**
   * "Trump had told reporters that ... U.S. forces could act alone if Mexico City did not accept
   * help": an intent or threat is the announcer's. A state's government telling what its own
   * forces or agencies will do makes the threat itself (USAGOV, not USAMIL); one of another side,
   * or of no country, only reports it.
   */
  private static Optional<ActorMention> tellerOfItsOwnSide(DependencyIndex index, List<CodedMention> coded, int verb, CodedMention m) {
    Optional<String> country = m.source().actor().country();
    return index.parents(verb).stream().filter(d -> d.relation().equals("ccomp") && d.governor() >= 0).map(Dependency::governor)
        .flatMap(saying -> coded.stream().filter(c -> c.speech() && c.trigger() == saying && c.sentence() == m.sentence()))
        .map(CodedMention::source)
        .filter(teller -> country.isPresent() && teller.actor().country().equals(country) && teller.actor().sector().equals(Optional.of(GOVERNMENT))
            && !teller.actor().equals(m.source().actor()))
        .findFirst();
  }

  private static final String GOVERNMENT = "GOV";

  /**
   * "said U.S. forces could act alone if Mexico did not accept help": what may be done on a
   * condition, when said, is announced as surely as what will be.
   */
  private static boolean conditionalMaybe(DependencyIndex index, int verb, CodedMention m) {
    return m.modality() == Modality.HYPOTHETICAL && !ifClauses(index, verb).isEmpty();
  }

  /** The "if" clauses of the verb, or of what it asks ("could ask the bloc to arbitrate if ...", where the parser may hang it). */
  private static List<Integer> ifClauses(DependencyIndex index, int verb) {
    List<Integer> clauses = new ArrayList<>(index.children(verb, Set.of("advcl:if")));
    index.children(verb, Set.of("xcomp")).forEach(asked -> clauses.addAll(index.children(asked, Set.of("advcl:if"))));
    return clauses;
  }

  /**
   * "said Putin and Xi would converse": an act whose subject names both sides is a joint act
   * told in advance, not one side's intent.
   */
  private static boolean targetIsCoSubject(DependencyIndex index, int verb, CodedMention m) {
    if (m.target().isEmpty()) {
      return false;
    }
    Span target = m.target().get().span();
    return index.children(verb).stream().filter(d -> d.relation().startsWith("nsubj"))
        .flatMap(d -> index.subtree(d.dependent(), Set.of()).stream())
        .anyMatch(t -> index.token(t).span().contains(target) || target.contains(index.token(t).span()));
  }

  /** The clause is what a verb of threatening governs: "warned that it would resume attacks". */
  private boolean announcedByThreat(DependencyIndex index, int verb) {
    return index.parents(verb).stream().anyMatch(d -> d.relation().equals("ccomp") && d.governor() >= 0
        && lexicon.verbPatterns(index.lemma(d.governor())).stream().anyMatch(p -> p.code().startsWith("13")));
  }

  /**
   * True when the verb stands in what a verb of saying reports: "said [it will withdraw]", or
   * "[Finland will give Tanzania a grant], a statement said".
   */
  private boolean isAnnounced(DependencyIndex index, int verb) {
    int current = verb;
    for (int steps = 0; steps < 3; steps++) {
      Optional<Dependency> parent = index.parents(current).stream()
          .filter(d -> d.relation().equals("ccomp") || d.relation().equals("xcomp") || d.relation().startsWith("conj")).findFirst();
      if (parent.isEmpty() || parent.get().governor() < 0) {
        int clause = current;
        return index.children(clause).stream().anyMatch(d -> (d.relation().equals("parataxis") || d.relation().equals("ccomp"))
            && d.dependent() > clause && lexicon.isSpeechVerb(index.token(d.dependent()).lemma()));
      }
      current = parent.get().governor();
      if (parent.get().relation().equals("ccomp") && lexicon.isSpeechVerb(index.token(current).lemma())) {
        return true;
      }
    }
    return false;
  }
}
