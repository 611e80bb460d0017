package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.DateOrigin;
import dev.annals.model.EventDate;
import dev.annals.model.EventMention;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dates an event by the occasion it names: "Modi is set to visit Tokyo next month. The two leaders
 * are expected to sign an agreement during the visit": the signing has no time expression of its
 * own, but "the visit" is an event an earlier sentence dated, so the signing takes that date.
 */
final class OccasionDates {
  /** How the clause names its occasion: "during the visit", "at the summit", "after the talks". */
  private static final Set<String> OCCASION_RELATIONS = Set.of("obl:during", "obl:at", "obl:after", "obl:on_sidelines_of", "obl:on_margins_of",
      "obl:ahead_of", "obl:before", "nmod:during", "nmod:at");
  /** How the clause names an occasion it happened within: "during the visit". */
  private static final Set<String> DURING_RELATIONS = Set.of("obl:during", "nmod:during");

  /** Roots of two sides working together: intents, consultations, cooperation, material cooperation. */
  private static final Set<String> COOPERATION_ROOTS = Set.of("03", "04", "05", "06");

  /** Pronouns for those a sentence just told of. */
  private static final Set<String> SCENE_PRONOUNS = Set.of("them", "him", "her");

  /** The event codes a noun names by itself ("handover": 084), from the event lexicon. */
  private final java.util.function.Function<String, Set<String>> codesOfNoun;

  /** Verbs of saying, by lemma: what they report may be the story's own line. */
  private final java.util.function.Predicate<String> isSpeechVerb;

  OccasionDates(java.util.function.Function<String, Set<String>> codesOfNoun, java.util.function.Predicate<String> isSpeechVerb) {
    this.codesOfNoun = codesOfNoun;
    this.isSpeechVerb = isSpeechVerb;
  }

  /** The date of the earlier event that sent or issued the document this event's subject names again ("the note"). */
  private static Optional<EventDate> whenDocumentWasSent(DependencyIndex index, CodedMention m, List<Dated> earlier) {
    Optional<Integer> document = index.children(m.trigger(), Set.of("nsubj")).stream()
        .filter(s -> dev.annals.coding.actors.ActorResolver.DOCUMENT_NOUNS.contains(index.lemma(s).toLowerCase(java.util.Locale.ROOT))
            && index.hasChildLemma(s, "det", Set.of("the")))
        .findFirst();
    if (document.isEmpty()) {
      return Optional.empty();
    }
    String lemma = index.lemma(document.get());
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Dated e = earlier.get(i);
      boolean sending = e.coded().sentence() < m.sentence() && index.children(e.coded().trigger(), Set.of("obj")).stream().anyMatch(o -> index.lemma(o).equals(lemma));
      if (sending && e.mention().date().origin() != DateOrigin.PUBLICATION) {
        return Optional.of(fromContext(e.mention().date()));
      }
    }
    return Optional.empty();
  }

  /** How a visit names the occasion it came for: "travelled to Mae Sot for the handover". */
  private static final String FOR = "obl:for";

  /** Earlier coded events with their mentions, in text order. */
  record Dated(CodedMention coded, EventMention mention) {}

  /** The date of the occasion this event's clause names, when an earlier event dated it. */
  Optional<EventDate> date(DependencyIndex index, CodedMention m, EventMention mention, List<Dated> earlier) {
    if (mention.date().origin() == DateOrigin.CONTEXT) {
      // "Students rallied outside the presidency during the visit": the dater took the last day
      // the story named before; the occasion named, when an event told before is it, says which.
      return namedOccasion(index, m, earlier, DURING_RELATIONS);
    }
    if (mention.date().origin() != DateOrigin.PUBLICATION) {
      return Optional.empty();
    }
    // "Slovenia sent a protest note to Italy on Tuesday … The note demanded an assessment": what a
    // document says, with no time of its own, is said when it was sent.
    Optional<EventDate> sent = whenDocumentWasSent(index, m, earlier);
    if (sent.isPresent()) {
      return sent;
    }
    if (m.anchors().stream().anyMatch(a -> soonAfter(index, a))) {
      // "Hours later the Treasury lifted sanctions", "he was later received": the same day as the
      // last dated event before.
      // The story's own line first: not "since the two countries restored relations in 2023".
      for (boolean mainOnly : new boolean[] {true, false}) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
          Dated e = earlier.get(i);
          if (e.coded().sentence() < m.sentence() && e.mention().date().origin() != DateOrigin.PUBLICATION
              && (!mainOnly || isMainClause(index, e.coded().trigger()))) {
            return Optional.of(fromContext(e.mention().date()));
          }
        }
      }
    }
    // "He was later received by Pezeshkian, who praised the kingdom's role": a relative clause in
    // the simple past, with no time of its own, happened on the occasion of the clause its noun
    // takes part in.
    for (int anchor : m.anchors()) {
      if (!index.token(anchor).tag().equals("VBD")) {
        continue;
      }
      for (var parent : index.parents(anchor)) {
        Optional<Integer> verb = parent.relation().equals("acl:relcl") && parent.governor() >= 0 ? index.verbTaking(parent.governor()) : Optional.empty();
        for (int i = earlier.size() - 1; i >= 0 && verb.isPresent(); i--) {
          Dated e = earlier.get(i);
          if (e.coded().sentence() == m.sentence() && e.coded().anchors().contains(verb.get()) && e.mention().date().origin() != DateOrigin.PUBLICATION) {
            return Optional.of(fromContext(e.mention().date()));
          }
        }
      }
    }
    // "Italy agreed on Friday to convert 40 million euros of Cuba's debt …, under a deal signed in
    // Rome by the two countries' foreign ministers": an accord made, with no time of its own, that
    // the sentence's dated act is done under, was made for it that day.
    for (int anchor : m.anchors()) {
      Optional<Integer> actedUnder = index.parents(anchor).stream().filter(p -> p.relation().equals("acl") && p.governor() >= 0 && index.token(anchor).tag().equals("VBN"))
          .flatMap(p -> index.head(p.governor()).stream()).filter(h -> h.relation().equals("obl:under") && h.governor() >= 0).map(h -> h.governor()).findFirst();
      // (Or on the verb the act is promised by: "agreed on Friday to convert … under a deal".)
      Set<Integer> acts = new java.util.HashSet<>();
      actedUnder.ifPresent(act -> {
        acts.add(act);
        index.head(act).filter(h -> h.relation().equals("xcomp") && h.governor() >= 0).ifPresent(h -> acts.add(h.governor()));
      });
      for (int i = earlier.size() - 1; i >= 0 && actedUnder.isPresent(); i--) {
        Dated e = earlier.get(i);
        if (e.coded().sentence() == m.sentence() && e.coded().anchors().stream().anyMatch(acts::contains) && e.mention().date().origin() != DateOrigin.PUBLICATION) {
          return Optional.of(fromContext(e.mention().date()));
        }
      }
    }
    // "The leaders of Kazakhstan, Azerbaijan and Georgia signed an agreement in Baku on Wednesday.
    // President Ilham Aliyev, who hosted Tokayev and Kobakhidze, said …": a meeting or hosting told
    // in the past in a relative clause, with no time of its own, among sides who did something
    // together in the sentence before on a day, was that day's.
    boolean meetingInRelative = m.type().code().startsWith("04") && m.target().isPresent() && m.anchors().stream()
        .anyMatch(a -> index.token(a).tag().equals("VBD") && index.parents(a).stream().anyMatch(p -> p.relation().equals("acl:relcl")));
    if (meetingInRelative) {
      Optional<String> host = m.source().actor().country();
      Optional<String> guest = m.target().get().actor().country();
      // The sentence's own line: not "more than a year after they pledged at a summit in Asmara".
      for (int i = earlier.size() - 1; i >= 0 && host.isPresent() && guest.isPresent() && !host.equals(guest); i--) {
        Dated e = earlier.get(i);
        if (e.coded().sentence() != m.sentence() - 1 || e.mention().date().origin() == DateOrigin.PUBLICATION || e.coded().target().isEmpty()
            || !isMainClause(index, e.coded().trigger())) {
          continue;
        }
        Set<Optional<String>> together = new java.util.HashSet<>(List.of(e.coded().source().actor().country(), e.coded().target().get().actor().country()));
        if (together.contains(host) && together.contains(guest)) {
          return Optional.of(fromContext(e.mention().date()));
        }
      }
    }
    // "Bahrain and Iran agreed ... after two days of talks in Muscat that ended on Tuesday. Omani
    // Foreign Minister Badr Albusaidi, who mediated the talks, said ...": mediation told in the
    // past in a relative clause, with no time of its own, is of the talks of the sides it
    // mediated between told on a day in the sentence before.
    boolean mediationInRelative = meetingInRelative && m.type().code().equals(GoodOffices.MEDIATION);
    for (int i = earlier.size() - 1; i >= 0 && mediationInRelative; i--) {
      Dated e = earlier.get(i);
      if (e.coded().sentence() == m.sentence() - 1 && e.coded().type().rootCode().equals(EarlierEvents.CONSULT_ROOT) && !e.coded().type().code().equals(GoodOffices.MEDIATION)
          && e.mention().date().origin() != DateOrigin.PUBLICATION && e.coded().target().isPresent()
          && (e.coded().source().actor().country().equals(m.target().get().actor().country())
              || e.coded().target().get().actor().country().equals(m.target().get().actor().country()))) {
        return Optional.of(fromContext(e.mention().date()));
      }
    }
    // "Panama and Colombia agreed on Monday to run a boat service … Mulino and Petro signed the
    // deal at a meeting in Puerto Obaldia": the same two sides cooperating again in the main
    // clause of the next sentence, in the past with no time of their own, go on with that day.
    // A noun ("at a meeting") goes with the verb it hangs on.
    int clauseVerb = index.token(m.trigger()).isVerb() ? m.trigger()
        : index.head(m.trigger()).filter(h -> h.governor() >= 0 && index.token(h.governor()).isVerb()).map(h -> h.governor()).orElse(m.trigger());
    // ("The deal was signed in Dakar by the two countries' defence ministers": a passive in the
    // past is told in the past too.)
    boolean pastPassive = index.token(clauseVerb).tag().equals("VBN")
        && index.children(clauseVerb, Set.of("aux:pass")).stream().anyMatch(a -> index.token(a).tag().equals("VBD"));
    // (Or what a closing teller tells: "He met Sergei Lavrov ..., Syrian state media reported".)
    boolean cooperating = COOPERATION_ROOTS.contains(m.type().rootCode()) && m.target().isPresent()
        && (isMainClause(index, clauseVerb) || isReportedByMainVerb(index, clauseVerb))
        && (index.token(clauseVerb).tag().equals("VBD") || pastPassive);
    // Of the sentence's lines of those two sides, the one told last: "arrived in New Delhi on
    // Monday for a state visit and held talks with Modi on Tuesday. The two leaders signed
    // agreements" signs them at the Tuesday's talks, not on the visit's first day.
    Optional<Dated> lastTogether = Optional.empty();
    for (int i = earlier.size() - 1; i >= 0 && cooperating; i--) {
      Dated e = earlier.get(i);
      // (The day's line may be a deed done that the sentence reports: "Japan will give Indonesia
      // three patrol boats ... under an agreement signed in Jakarta on Monday, Indonesia's foreign
      // ministry said. The two foreign ministers signed the deal"; not "Wang said China would send
      // a trade delegation next month".)
      // (Nor a line still to come: "will visit Lilongwe in January. Malawi's health minister
      // thanked Dublin" thanks it before the visit.)
      if (e.coded().sentence() != m.sentence() - 1 || e.mention().date().origin() == DateOrigin.PUBLICATION || e.coded().target().isEmpty()
          || !COOPERATION_ROOTS.contains(e.coded().type().rootCode()) || isStillToCome(e.mention())
          || !(isMainClause(index, e.coded().trigger()) || (e.mention().modality() == dev.annals.model.Modality.ASSERTED && isReportedByMainVerb(index, e.coded().trigger())))) {
        continue;
      }
      // Two sides of one country (its government and its rebels) make a set of one: not Set.of,
      // which refuses a repeated element.
      Set<Optional<String>> before = new java.util.HashSet<>(List.of(e.coded().source().actor().country(), e.coded().target().get().actor().country()));
      Set<Optional<String>> now = new java.util.HashSet<>(List.of(m.source().actor().country(), m.target().get().actor().country()));
      if (before.size() == 2 && before.equals(now) && !before.contains(Optional.empty())
          && lastTogether.map(l -> l.coded().trigger() < e.coded().trigger()).orElse(true)) {
        lastTogether = Optional.of(e);
      }
    }
    if (lastTogether.isPresent()) {
      return Optional.of(fromContext(lastTogether.get().mention().date()));
    }
    // "Several hundred people rallied outside the embassy on Tuesday evening. Police fired tear gas
    // to disperse them": a deed told in the past with no time of its own, done to "them" who acted
    // on a day in the sentence before, goes on that scene.
    // ("Police fired tear gas to disperse the marchers": so is force used on them called by
    // what they did, "the marchers", "the protesters"; not "criticised the farmers for the
    // blockade", a comment that may come later.)
    boolean doneToThoseJustTold = m.target().isPresent() && (SCENE_PRONOUNS.contains(m.target().get().surface().toLowerCase(java.util.Locale.ROOT))
            || (CameoCodebook.isForce(m.type().code()) && isDefinitePlural(index, m.target().get().span())))
        && m.anchors().stream().anyMatch(a -> index.token(a).tag().equals("VBD"));
    for (int i = earlier.size() - 1; i >= 0 && doneToThoseJustTold; i--) {
      Dated e = earlier.get(i);
      if (e.coded().sentence() == m.sentence() - 1 && e.mention().date().origin() != DateOrigin.PUBLICATION
          && e.coded().source().actor().equals(m.target().get().actor())) {
        return Optional.of(fromContext(e.mention().date()));
      }
    }
    // "A Myanmar military airstrike hit a camp on Monday … The military's spokesman said the air
    // force had struck a rebel base": force its side is told to have used, in the past perfect of
    // what someone says, with no time of its own, is the force of that side told on a day before.
    boolean forceToldAgain = CameoCodebook.isAttack(m.type().code()) && m.anchors().stream().anyMatch(a -> pastPerfectSaid(index, a));
    Optional<String> side = mention.source().actor().country();
    for (int i = earlier.size() - 1; i >= 0 && forceToldAgain && side.isPresent(); i--) {
      Dated e = earlier.get(i);
      if (e.coded().sentence() < m.sentence() && m.sentence() - e.coded().sentence() <= EarlierEvents.REACH && CameoCodebook.isAttack(e.coded().type().code())
          && e.mention().date().origin() != DateOrigin.PUBLICATION && EarlierEvents.isDone(e.coded()) && side.equals(e.mention().source().actor().country())) {
        return Optional.of(fromContext(e.mention().date()));
      }
    }
    return namedOccasion(index, m, earlier, OCCASION_RELATIONS);
  }

  /** An intent or a supposition: what it tells has not happened yet. */
  private static boolean isStillToCome(EventMention mention) {
    return mention.modality() == dev.annals.model.Modality.INTENDED || mention.modality() == dev.annals.model.Modality.HYPOTHETICAL;
  }

  /** "the marchers": a plural noun with "the" and nothing else. */
  private static boolean isDefinitePlural(DependencyIndex index, dev.annals.model.Span span) {
    Optional<Integer> head = index.lastTokenIn(span);
    return head.isPresent() && index.token(head.get()).tag().equals("NNS") && index.isDefinite(head.get()) && index.children(head.get()).stream()
        .allMatch(d -> d.relation().equals("det") || d.relation().equals("case") || d.relation().equals("punct"));
  }

  /** The date of an event told before that the clause names as its occasion: "during the visit", "after the talks". */
  private Optional<EventDate> namedOccasion(DependencyIndex index, CodedMention m, List<Dated> earlier, Set<String> relations) {
    // "who travelled to Mae Sot for the handover": a visit names the occasion it came for.
    boolean visit = m.type().code().startsWith(VISIT) || m.type().code().startsWith(HOSTING);
    for (int anchor : m.anchors()) {
      for (var d : index.children(anchor)) {
        int occasion = d.dependent();
        boolean cameFor = visit && d.relation().equals(FOR);
        boolean named = relations.contains(d.relation()) || cameFor;
        if (!named || !index.hasChildLemma(occasion, "det", Set.of("the"))) {
          continue;
        }
        String noun = index.lemma(occasion);
        // "travelled to Mae Sot for the handover" after "handed over 260 citizens": what a visit
        // came for is named by its code. (Not "said after the talks": a saying may come later.)
        Set<String> nounCodes = cameFor ? codesOfNoun.apply(noun) : Set.of();
        for (int i = earlier.size() - 1; i >= 0; i--) {
          Dated e = earlier.get(i);
          boolean same = e.coded().sentence() < m.sentence() && e.mention().date().origin() != DateOrigin.PUBLICATION
              && (index.lemma(e.coded().trigger()).equals(noun) || e.coded().anchors().stream().anyMatch(a -> index.lemma(a).equals(noun))
                  // "flew to Hanoi for the signing" after "signed an agreement in Hanoi on Thursday".
                  || (cameFor && EarlierEvents.isGerundOf(noun, index.lemma(e.coded().trigger())))
                  || isVisitTold(noun, e) || nounCodes.stream().anyMatch(c -> CameoCodebook.sameKind(c, e.coded().type().code()))
                  // "police had detained dozens during the raids" after "arrested four leaders in
                  // raids in Santiago on Friday": the occasion an earlier act was told done in.
                  // (During it, not before or after: "Even before the referendum, their demand had
                  // been turned down" is no day of a vote told "in a referendum".)
                  || (DURING_RELATIONS.contains(d.relation())
                      && index.children(e.coded().trigger()).stream().anyMatch(c -> DONE_IN.contains(c.relation()) && index.lemma(c.dependent()).equals(noun))));
          if (same) {
            return Optional.of(fromContext(e.mention().date()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** How an act names the occasion it was done in: "arrested in raids", "killed during clashes". */
  private static final Set<String> DONE_IN = Set.of("obl:in", "obl:during");

  /** Make a visit, host a visit. */
  private static final String VISIT = "042";
  private static final String HOSTING = "043";

  /** Nouns for a visit, which talks held in a place told before may be: "during the visit". */
  private static final Set<String> VISIT_NOUNS = Set.of("visit", "trip", "tour", "stay");

  /**
   * "Orban held talks with Vucic in Belgrade on Wednesday … Students rallied outside the
   * presidency during the visit": talks or a meeting told with where they were held are a visit.
   */
  private static boolean isVisitTold(String noun, Dated e) {
    return VISIT_NOUNS.contains(noun) && e.coded().type().rootCode().equals(EarlierEvents.CONSULT_ROOT) && e.coded().target().isPresent()
        && e.mention().place().isPresent();
  }

  /** "said the air force had struck a base": a verb in the past perfect in the complement of another. */
  private static boolean pastPerfectSaid(DependencyIndex index, int verb) {
    boolean perfect = index.token(verb).tag().equals("VBN")
        && index.children(verb, Set.of("aux")).stream().anyMatch(a -> index.token(a).text().equalsIgnoreCase("had"));
    return perfect && index.head(verb).filter(h -> h.relation().equals("ccomp") && h.governor() >= 0).isPresent();
  }

  /** The earlier event's date, taken from the context. */
  private static EventDate fromContext(EventDate date) {
    return new EventDate(date.value(), date.start(), date.end(), date.precision(), DateOrigin.CONTEXT, date.evidence());
  }

  /** Units short enough that "N later" is the same day. */
  private static final Set<String> SHORT_UNITS = Set.of("hour", "minute", "moment");

  /** "Hours later", "minutes later", "moments later" on the clause. */
  private static boolean soonAfter(DependencyIndex index, int anchor) {
    for (var d : index.children(anchor)) {
      int later = d.dependent();
      if (d.relation().equals("advmod") && index.lemma(later).equals("later") && later > 0
          && (SHORT_UNITS.contains(index.lemma(later - 1)) || index.children(later).stream().anyMatch(c -> SHORT_UNITS.contains(index.lemma(c.dependent()))))) {
        return true;
      }
      // "He was later received by the president", "they afterwards met": told in the past with
      // no time of its own, later in the same day's story.
      boolean bare = (index.lemma(later).equals("later") || index.lemma(later).equals("afterwards")) && index.children(later).isEmpty()
          && (later == 0 || !index.token(later - 1).tag().equals("CD"));
      if (d.relation().equals("advmod") && bare && toldInThePast(index, anchor)) {
        return true;
      }
    }
    return false;
  }

  /** A word of a sentence's main clause ("held talks"), not of a clause inside it ("since the two countries restored relations"). */
  private static boolean isMainClause(DependencyIndex index, int trigger) {
    return clauseAbove(index, trigger).isEmpty();
  }

  /**
   * A word of what the sentence's main verb, a verb of saying, reports ("Japan will give
   * Indonesia boats under an agreement signed on Monday, the ministry said"); not a clause of
   * another verb ("will let Turkish companies build dams") nor one inside what is reported
   * ("under a framework agreement the two governments signed last year").
   */
  private boolean isReportedByMainVerb(DependencyIndex index, int trigger) {
    return clauseAbove(index, trigger).filter(edge -> edge.relation().equals("ccomp") && index.head(edge.governor()).isEmpty()
        && isSpeechVerb.test(index.lemma(edge.governor()).toLowerCase(java.util.Locale.ROOT))).isPresent();
  }

  /** Relations by which a clause hangs inside another. */
  private static boolean opensClause(String relation) {
    return relation.startsWith("acl") || relation.startsWith("advcl") || relation.startsWith("ccomp") || relation.startsWith("csubj")
        || relation.equals("parataxis") || relation.equals("dep");
  }

  /**
   * The edge by which the word's clause hangs inside another, the nearest walking up from the
   * word; none in the sentence's main clause. (A walk that finds no end, as enhanced graphs may
   * loop, counts as inside: the edge it stopped at.)
   */
  private static Optional<dev.annals.model.Dependency> clauseAbove(DependencyIndex index, int trigger) {
    int word = trigger;
    Optional<dev.annals.model.Dependency> head = Optional.empty();
    for (int steps = 0; steps < 20; steps++) {
      head = index.head(word);
      if (head.isEmpty() || head.get().governor() < 0) {
        return Optional.empty();
      }
      if (opensClause(head.get().relation())) {
        return head;
      }
      word = head.get().governor();
    }
    return head;
  }

  /** A verb in the simple past, or a past participle with "was", "were" or "had". */
  private static boolean toldInThePast(DependencyIndex index, int verb) {
    String tag = index.token(verb).tag();
    return tag.equals("VBD") || (tag.equals("VBN") && index.children(verb).stream()
        .anyMatch(c -> (c.relation().equals("aux") || c.relation().equals("aux:pass")) && PAST_AUXILIARIES.contains(index.token(c.dependent()).text().toLowerCase(java.util.Locale.ROOT))));
  }

  private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had");
}

