package dev.annals.coding.time;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Dependency;
import dev.annals.model.DateOrigin;
import dev.annals.model.DatePrecision;
import dev.annals.model.EventDate;
import dev.annals.model.ResolvedTime;
import dev.annals.model.Timex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Gives each event the date of the time expression attached to its clause, resolved by Annals'
 * own {@link TimeNormalizer}; else the reference (publication) date, saying so.
 */
public final class EventDater {
  /**
   * Clauses that are other events' business: a time inside them is not this event's time ("of":
   * the act one is accused or suspected of; "for": the deed one is thanked, praised or blamed for,
   * "thanked Damascus for handing over 30 suspects last month"; "saying": what a participle of speech reports, when the
   * parser makes the participle a mark, as in "defended the decision, saying U.S. law had allowed
   * such licences since 1980"; "since": the time a span is counted from, not an act within it,
   * "has invited Chinese officials since Paris and Beijing established relations in 1964").
   */
  private static final Set<String> OTHER_CLAUSES = Set.of("ccomp", "parataxis", "csubj", "conj", "acl", "acl:relcl", "advcl:relcl", "advcl:before", "advcl:until", "advcl:till", "advcl:since", "advcl:for",
      "advcl:of", "advcl:saying", "advcl:adding", "advcl:claiming", "advcl:arguing", "advcl:insisting", "advcl:noting", "advcl:stating", "advcl:warning",
      "advcl:explaining", "advcl:stressing");
  /**
   * Clauses after which a time still closes the verb's own words: "raised the alert and flew in
   * soldiers on Wednesday after two corvettes sailed along its waters", where the time closes
   * "flew in soldiers on Wednesday" and the "after" clause is an event of its own.
   */
  private static final Set<String> OTHER_CLAUSES_BEFORE_CLOSING = java.util.stream.Stream.concat(OTHER_CLAUSES.stream(),
      java.util.stream.Stream.of("advcl:after", "advcl:as", "advcl:when", "advcl:while", "advcl:because", "advcl:since")).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** The clauses apart from an event's own beside which a deeper time is still sought: {@link #OTHER_CLAUSES} but for relative and other adnominal clauses. */
  private static final Set<String> OTHER_CLAUSES_BUT_ADNOMINAL = OTHER_CLAUSES.stream().filter(r -> !r.startsWith("acl") && !r.equals("advcl:relcl"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** How a clause names the occasion it happens in: "in Tuesday's unrest", "at Sunday's rally". */
  private static final Set<String> OCCASION_RELATIONS = Set.of("obl:in", "obl:at", "obl:during", "nmod:in", "nmod:at", "nmod:during");
  /** A relative clause on an event noun that only says when it happened: "exercises which concluded last week". */
  private static final Set<String> ASPECTUAL_VERBS = Set.of("conclude", "begin", "end", "start", "finish", "take", "happen", "occur", "close", "open", "wrap");

  /**
   * Adverbial clauses that happen at their main clause's time ("after meeting", "when",
   * participles, the means: "responded hours later by expelling"); not "while", "because", "if".
   */
  private static final Set<String> TEMPORAL_ADVERBIAL_CLAUSES = Set.of("advcl", "advcl:after", "advcl:before", "advcl:when", "advcl:as", "advcl:following", "advcl:during", "advcl:upon", "advcl:on",
      "advcl:with", "advcl:by");

  /** Relations by which a clause is what another reports: "said [that] they killed", "they killed 33, the army said". */
  private static final Set<String> REPORTED = Set.of("ccomp", "parataxis");
  /** Phrases of what a verb is about, not when it happens: "agreed on talks next week", "argued over the vote in May". */
  private static final Set<String> TOPIC_PHRASES = Set.of("obl:on", "obl:about", "obl:over", "obl:regarding", "obl:concerning");
  /**
   * Words that put a thing later than the clause, awaited: "ahead of the vote", "prior to",
   * "until", "pending". Not "before", which news uses for what happened just before on the same
   * day as often ("Before his Sunday night address, Castro played ...").
   */
  private static final Set<String> AWAITING_HEADS = Set.of("ahead", "prior");
  private static final Set<String> AWAITING_MARKERS = Set.of("until", "till", "pending");

  private final TimeNormalizer normalizer = new TimeNormalizer();
  private final java.util.function.Predicate<String> isEventNoun;
  private final java.util.function.Predicate<String> isReportingVerb;
  private final java.util.function.Predicate<String> isIntentGovernor;

  /**
   * @param isEventNoun tells event nouns by lemma: a time inside "a visit to Riyadh later this
   *     year" is the visit's, not the time of the verb that mentions the visit
   * @param isReportingVerb tells verbs of saying by lemma ("say", "announce"): what they report
   *     is dated by when it was told, when it has no time of its own
   */
  public EventDater(java.util.function.Predicate<String> isEventNoun, java.util.function.Predicate<String> isReportingVerb) {
    this(isEventNoun, isReportingVerb, lemma -> false);
  }

  /**
   * As above, knowing the verbs of intent, planning and appeal ("expect", "plan", "demand", "urge"):
   * a time in their complement is the intended act's ("is scheduled to close Monday", "demanded a
   * vote on Saturday"), not the day the intent or appeal was voiced.
   */
  public EventDater(java.util.function.Predicate<String> isEventNoun, java.util.function.Predicate<String> isReportingVerb,
      java.util.function.Predicate<String> isIntentGovernor) {
    this.isEventNoun = isEventNoun;
    this.isReportingVerb = isReportingVerb;
    this.isIntentGovernor = isIntentGovernor;
  }

  /** A dater that knows no verbs of saying. */
  public EventDater(java.util.function.Predicate<String> isEventNoun) {
    this(isEventNoun, lemma -> false);
  }

  /** Every time expression of the article with Annals' value, in text order. */
  public List<ResolvedTime> resolveAll(DependencyIndex index, LocalDate reference) {
    return resolveAll(index, clock(index, reference));
  }

  /** As {@link #resolveAll(DependencyIndex, LocalDate)}, with the article's clock worked out already. */
  public List<ResolvedTime> resolveAll(DependencyIndex index, ArticleClock clock) {
    List<ResolvedTime> times = new ArrayList<>();
    for (Timex timex : index.text().timexes()) {
      times.add(resolve(index, timex, clock.reference(), Tense.UNKNOWN, clock.quarters(), clock.anchors()));
    }
    return times;
  }

  public ResolvedTime resolve(DependencyIndex index, Timex timex, LocalDate reference, Tense tense) {
    ReportingQuarters quarters = ReportingQuarters.of(index, reference);
    return resolve(index, timex, reference, tense, quarters, anchors(index, reference, quarters));
  }

  private ResolvedTime resolve(DependencyIndex index, Timex timex, LocalDate reference, Tense tense, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> anchors) {
    Tense effective = tense == Tense.UNKNOWN ? tenseAround(index, timex) : tense;
    DiscourseAnchor anchor = anchors.getOrDefault(timex, DiscourseAnchor.of(reference));
    TimeNormalizer.Normalized normalized = normalizer.normalize(timex.text(), timex.type(), timex.analyserValue(), reference, anchor, effective,
        timex.span(), quarters.at(sentenceOf(index, timex)), quarters.figuresAt(sentenceOf(index, timex)));
    return new ResolvedTime(timex.span(), timex.text(), timex.type(), normalized.value(), normalized.date());
  }

  /**
   * For each time expression, in text order, the dates mentioned before it, which "the next
   * day" or "later that year" count from: every date the article gives moves the anchor.
   */
  private Map<Timex, DiscourseAnchor> anchors(DependencyIndex index, LocalDate reference, ReportingQuarters quarters) {
    Map<Timex, DiscourseAnchor> anchors = new HashMap<>();
    DiscourseAnchor anchor = DiscourseAnchor.of(reference);
    List<Timex> inOrder = new ArrayList<>(index.text().timexes());
    inOrder.sort(Comparator.comparingInt(t -> t.span().start()));
    for (Timex timex : inOrder) {
      anchors.put(timex, anchor);
      Tense tense = tenseAround(index, timex);
      TimeNormalizer.Normalized normalized = normalizer.normalize(timex.text(), timex.type(), timex.analyserValue(), reference, anchor, tense,
          timex.span(), quarters.at(sentenceOf(index, timex)), quarters.figuresAt(sentenceOf(index, timex)));
      if (normalized.date().isPresent() && timex.isPointInTime()) {
        anchor = anchor.after(normalized.date().get());
      }
    }
    return anchors;
  }

  /** The date of an event whose clause is anchored at these tokens. */
  public EventDate date(DependencyIndex index, List<Integer> anchors, LocalDate reference, Tense tense) {
    return date(index, clock(index, reference), anchors, tense);
  }

  /**
   * What dating an article's events needs once per article, not once per event: its reporting
   * quarter and the date each time expression counts from.
   */
  public record ArticleClock(LocalDate reference, ReportingQuarters quarters, Map<Timex, DiscourseAnchor> anchors) {
    public ArticleClock {
      anchors = Map.copyOf(anchors);
    }
  }

  public ArticleClock clock(DependencyIndex index, LocalDate reference) {
    ReportingQuarters quarters = ReportingQuarters.of(index, reference);
    return new ArticleClock(reference, quarters, anchors(index, reference, quarters));
  }

  /** As {@link #date(DependencyIndex, List, LocalDate, Tense)}, with the article's clock worked out once. */
  public EventDate date(DependencyIndex index, ArticleClock clock, List<Integer> anchors, Tense tense) {
    return date(index, withHappeningVerbs(index, anchors), clock.reference(), tense, clock.quarters(), clock.anchors(), true);
  }

  /**
   * The anchors, with the verb that tells when a noun among them happened: "the blast occurred at
   * 10:35", "the talks began on Monday", "the strike took place a week ago".
   */
  private static List<Integer> withHappeningVerbs(DependencyIndex index, List<Integer> anchors) {
    List<Integer> with = new ArrayList<>(anchors);
    for (int anchor : anchors) {
      index.head(anchor)
          .filter(d -> d.relation().equals("nsubj") && d.governor() >= 0 && index.token(anchor).isNoun())
          .map(Dependency::governor)
          .filter(verb -> ASPECTUAL_VERBS.contains(index.lemma(verb)) && !with.contains(verb))
          .ifPresent(with::add);
    }
    return with;
  }

  /**
   * The anchors being dated on this thread: a clause dated by the clause it is joined to asks for
   * that clause's date, and a parse that joins two clauses to each other would ask forever.
   */
  private static final ThreadLocal<Set<List<Integer>>> BEING_DATED = ThreadLocal.withInitial(java.util.HashSet::new);

  private EventDate date(DependencyIndex index, List<Integer> anchors, LocalDate reference, Tense tense, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned, boolean throughTellers) {
    Set<List<Integer>> beingDated = BEING_DATED.get();
    List<Integer> key = List.copyOf(anchors);
    if (!beingDated.add(key)) {
      return publication(reference);
    }
    try {
      return dateOnce(index, anchors, reference, tense, quarters, mentioned, throughTellers);
    } finally {
      beingDated.remove(key);
    }
  }

  private EventDate dateOnce(DependencyIndex index, List<Integer> anchors, LocalDate reference, Tense tense, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned, boolean throughTellers) {
    Optional<EventDate> ofTheNight = nightOfNoun(index, anchors, reference, tense, quarters, mentioned);
    if (ofTheNight.isPresent()) {
      return ofTheNight.get();
    }
    EventDate date = dateUnchecked(index, anchors, reference, tense, quarters, mentioned, throughTellers);
    // "He invited Mnangagwa to a meeting at Beitbridge next week": what a verb in the simple past
    // did cannot lie wholly after the day of the report; such a time is the planned thing's, and
    // the act is dated by the day the clause it hangs on was told, or else as one with no time of
    // its own. (A day or two after may be a report filed
    // the evening before its date: "The New York Times said in an editorial on Saturday".)
    boolean pastVerb = !anchors.isEmpty() && index.token(anchors.get(0)).tag().equals("VBD");
    if (tense == Tense.PAST && pastVerb && date.origin() == DateOrigin.TIME_EXPRESSION && whollyAfter(date, reference)) {
      return toldAboveOrPublication(index, anchors.get(0), reference, quarters, mentioned);
    }
    // "Toroama said Bougainville would declare independence in 2027": nor can it take such a
    // time from the clauses around it, whatever the tense the article is told in ("welcomed the
    // ruling and called on Togolese to march next week": the week is the march's).
    // So dated: "Iraq's oil ministry said on Saturday that it would resume shipments next month
    // after Lebanon agreed to pay part of its debt": Lebanon agreed by the Saturday.
    if (pastVerb && date.origin() == DateOrigin.CONTEXT && whollyAfter(date, reference)) {
      return toldAboveOrPublication(index, anchors.get(0), reference, quarters, mentioned);
    }
    // "was wanted for her role in the failed 2022 attempt … and would be arrested if she left":
    // what will or would be done cannot take, from the clauses around it, a time wholly past.
    // (Unless that time is the day it was told: "said on Thursday that Jakarta would take the
    // matter to the WTO", reported the Monday after, is an intent or threat of the Thursday.)
    if (!anchors.isEmpty() && isFuture(index, anchors.get(0)) && date.origin() == DateOrigin.CONTEXT && date.end().isBefore(reference.minusDays(FILED_EARLY_DAYS))
        && !toldThatDay(index, anchors, date, reference, quarters, mentioned)) {
      return publication(reference);
    }
    return date;
  }

  /**
   * "depressed by overnight losses in New York": an event named by a noun that "overnight" is the
   * adjective of happened in the night itself, the night's own day; what was done overnight, or in
   * overnight raids, is dated by the morning the night ran into (as the time expression dates it).
   */
  private Optional<EventDate> nightOfNoun(DependencyIndex index, List<Integer> anchors, LocalDate reference, Tense tense, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned) {
    if (anchors.isEmpty() || !index.token(anchors.get(0)).isNoun()) {
      return Optional.empty();
    }
    for (int modifier : index.children(anchors.get(0), Set.of("amod"))) {
      for (Timex timex : index.text().timexes()) {
        if (timex.covers(modifier) && timex.text().equalsIgnoreCase("overnight")) {
          ResolvedTime resolved = resolve(index, timex, reference, tense, quarters, mentioned);
          if (resolved.date().isPresent() && resolved.value().length() >= 10) {
            LocalDate night = LocalDate.parse(resolved.value().substring(0, 10));
            return Optional.of(new EventDate(night.toString(), night, night, DatePrecision.DAY, DateOrigin.TIME_EXPRESSION, resolved.date().get().evidence()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the verb has "will" or "would": what is still to come, or was then. */
  private static boolean isFuture(DependencyIndex index, int verb) {
    return index.children(verb, Set.of("aux")).stream().anyMatch(a -> FUTURE_AUXILIARIES.contains(index.token(a).text().toLowerCase(java.util.Locale.ROOT)));
  }

  /** How many days before its date a report may be filed. */
  private static final int FILED_EARLY_DAYS = 2;

  /**
   * Whether a date lies wholly after the day of the report: a day more than {@value
   * #FILED_EARLY_DAYS} days on, or a longer time (a week, a month) that begins after it ("next
   * week", told on a Saturday, begins two days on).
   */
  private static boolean whollyAfter(EventDate date, LocalDate reference) {
    return date.start().isAfter(reference.plusDays(FILED_EARLY_DAYS)) || (date.precision() != DatePrecision.DAY && date.start().isAfter(reference));
  }

  private EventDate dateUnchecked(DependencyIndex index, List<Integer> anchors, LocalDate reference, Tense tense, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned, boolean throughTellers) {
    Optional<EventDate> counted = countedFromGoverningDay(index, anchors, reference, tense, quarters, mentioned);
    if (counted.isPresent()) {
      return counted.get();
    }
    Optional<EventDate> own = ownClauseTime(index, anchors, reference, tense, quarters, mentioned);
    if (own.isPresent()) {
      return weekendBeforeTheActItLedTo(index, anchors, own.get(), reference, quarters, mentioned);
    }
    // (A past tense, or a participle the tagger took one for: "Gendarmes detained/VBN 23 porters".)
    boolean past = !anchors.isEmpty() && (index.token(anchors.get(0)).tag().equals("VBD") || index.token(anchors.get(0)).tag().equals("VBN"));
    if (past && withinToldAct(index, anchors.get(0))) {
      // "Argentina sent 500 gendarmes to the border on Thursday … Gendarmes detained 23 porters
      // in the first hours of the operation": what was done during an act told before was done
      // on that act's day, the last the article named before.
      Optional<EventDate> during = lastDayBefore(index, anchors.get(0), reference, quarters, mentioned);
      if (during.isPresent()) {
        return inContext(during.get());
      }
    }
    return widerTime(index, anchors, reference, tense, quarters, mentioned, throughTellers);
  }

  /**
   * "advised its citizens on Tuesday after three men were beaten over the weekend": what an "after"
   * clause tells came before its governor's act, so a weekend that the article's date (a Saturday)
   * reads as its own week's is the one before the governor's day.
   */
  private EventDate weekendBeforeTheActItLedTo(DependencyIndex index, List<Integer> anchors, EventDate own, LocalDate reference, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned) {
    if (anchors.isEmpty() || !own.value().endsWith("-WE")) {
      return own;
    }
    Optional<Dependency> after = index.head(anchors.get(0)).filter(h -> (h.relation().equals("advcl:after") || h.relation().equals("acl:after")) && h.governor() >= 0);
    if (after.isEmpty()) {
      return own;
    }
    // The act the clause came before: its governor, or the verb of the noun it hangs on ("to avoid
    // deserted areas at night after ..."), or the verb that verb completes ("advised them on
    // Tuesday to avoid"), whichever first tells a day.
    int governor = after.get().governor();
    Optional<EventDate> governing = Optional.empty();
    for (int step = 0; step < 4 && governor >= 0 && governing.isEmpty(); step++) {
      if (index.token(governor).tag().startsWith("VB")) {
        governing = ownClauseTime(index, List.of(governor), reference, Tense.UNKNOWN, quarters, mentioned)
            .filter(d -> d.precision() == DatePrecision.DAY && !d.value().endsWith("-WE"));
      }
      governor = index.head(governor).map(Dependency::governor).orElse(-1);
    }
    if (governing.isEmpty() || !own.start().isAfter(governing.get().start())) {
      return own;
    }
    LocalDate saturday = governing.get().start().minusDays(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SATURDAY));
    String value = TimexValues.weekendValue(saturday);
    return new EventDate(value, saturday, saturday.plusDays(1), own.precision(), own.origin(), own.evidence());
  }

  private static boolean isOneDay(EventDate date) {
    return date.precision() == dev.annals.model.DatePrecision.DAY && date.start().equals(date.end());
  }

  /** Units a clause opened by "a day after" may be counted in, in days. */
  private static final Map<String, Integer> COUNTED_UNITS = Map.of("day", 1, "week", 7);
  /**
   * Units counted by the calendar, which say only the month or the year they reach: "nearly two
   * years after Ecuadorian police stormed the embassy" (told on a day of March 2026) is 2024.
   */
  private static final Map<String, ChronoUnit> CALENDAR_UNITS = Map.of("month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS, "decade", ChronoUnit.DECADES);

  /**
   * "exercises began on Thursday, a day after Baku signed a deal": a clause opened by "N days
   * after" (or "before"; or months or years, which give the month or the year reached) happened
   * that many days before (or after) the day its governor tells,
   * the day named right before it or the day of the clause it hangs on. It comes before the
   * clause's own time, which would be "two days before" read as counted from the last day told.
   */
  private Optional<EventDate> countedFromGoverningDay(DependencyIndex index, List<Integer> anchors, LocalDate reference, Tense tense,
      ReportingQuarters quarters, Map<Timex, DiscourseAnchor> mentioned) {
    for (int anchor : anchors) {
      Optional<String> direction = index.children(anchor, Set.of("mark")).stream().map(m -> index.lemma(m).toLowerCase(java.util.Locale.ROOT))
          .filter(m -> m.equals("after") || m.equals("before")).findFirst();
      if (direction.isEmpty() || index.head(anchor).isEmpty() || index.head(anchor).get().governor() < 0) {
        continue;
      }
      int days = 0;
      int calendarAmount = 0;
      ChronoUnit calendarUnit = null;
      for (var d : index.children(anchor)) {
        String lemma = index.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT);
        Integer unit = COUNTED_UNITS.get(lemma);
        if (unit != null && d.dependent() < anchor) {
          days = unit * amountOf(index, d.dependent());
        }
        // "weeks after Vietnam's prime minister visited Manila": weeks of no number are some
        // three, told as the month they reach.
        if (lemma.equals("week") && d.dependent() < anchor && index.token(d.dependent()).tag().equals("NNS") && amountOf(index, d.dependent()) == 0
            && index.children(d.dependent(), Set.of("amod", "advmod")).isEmpty()) {
          calendarUnit = ChronoUnit.WEEKS;
          calendarAmount = SOME_WEEKS;
        }
        if (CALENDAR_UNITS.containsKey(lemma) && d.dependent() < anchor) {
          calendarUnit = CALENDAR_UNITS.get(lemma);
          calendarAmount = amountOf(index, d.dependent());
        }
      }
      if (days <= 0 && calendarAmount <= 0) {
        continue;
      }
      int governor = index.head(anchor).get().governor();
      Optional<EventDate> governing = Optional.empty();
      for (Timex timex : index.text().timexes()) {
        if (timex.covers(governor)) {
          governing = resolve(index, timex, reference, tense, quarters, mentioned).date().filter(EventDater::isOneDay);
        }
      }
      if (governing.isEmpty() && index.token(governor).isVerb()) {
        // (Only a day to count from: "said on Tuesday it would follow within weeks, a month after
        // Washington removed the ministry from its sanctions list" counts from the saying's day.)
        governing = ownClauseTime(index, List.of(governor), reference, tense, quarters, mentioned).filter(EventDater::isOneDay);
      }
      if (governing.isEmpty()) {
        // "recalled its ambassador on Thursday and banned all imports, a day after Ruto hosted
        // the RSF", with the clause hung on "imports": the day of the verb above.
        // Going up past clauses with no one day of their own ("it would follow within weeks, a
        // month after …": the saying's day).
        Optional<Integer> verb = verbAbove(index, governor);
        for (int up = 0; up < 3 && governing.isEmpty() && verb.isPresent() && !anchors.contains(verb.get()); up++) {
          EventDate above = date(index, List.of(verb.get()), reference, tense, quarters, mentioned, false);
          governing = above.origin() == DateOrigin.PUBLICATION || !isOneDay(above) ? Optional.empty() : Optional.of(above);
          verb = index.head(verb.get()).map(Dependency::governor).filter(g -> g >= 0).flatMap(g -> verbAbove(index, g));
        }
      }
      if (governing.isEmpty() && index.token(governor).isVerb() && subjectNamesToldAct(index, governor)) {
        // "Somalia suspended all flights on Wednesday. The move came a day after Abiy hosted
        // Somaliland's president": "the move" is the act told before, on the day named last.
        governing = lastDayBefore(index, governor, reference, quarters, mentioned);
      }
      if (governing.isEmpty() && calendarAmount > 0 && (calendarUnit == ChronoUnit.YEARS || calendarUnit == ChronoUnit.DECADES)) {
        // "a decade after Manama cut ties with Tehran", hung on the report's "said": years
        // counted back from a clause with no day of its own count from the day of the report,
        // which can be wrong by no more than the year they name.
        governing = Optional.of(publication(reference));
      }
      if (governing.isPresent() && isOneDay(governing.get()) && calendarAmount > 0) {
        LocalDate reached = governing.get().start().plus(direction.get().equals("after") ? -calendarAmount : calendarAmount, calendarUnit);
        return Optional.of(calendarDate(reached, calendarUnit, governing.get().evidence()));
      }
      if (governing.isPresent() && isOneDay(governing.get())) {
        LocalDate day = governing.get().start().plusDays(direction.get().equals("after") ? -days : days);
        return Optional.of(new EventDate(day.toString(), day, day, dev.annals.model.DatePrecision.DAY, DateOrigin.CONTEXT, governing.get().evidence()));
      }
    }
    return Optional.empty();
  }

  /**
   * Nouns that, made definite, stand for an act the article has told already: "the move came a
   * day after", "the announcement came a week after".
   */
  private static final Set<String> TOLD_ACT_NOUNS = Set.of("move", "decision", "step", "announcement", "offer", "meeting", "visit", "talk", "call",
      "attack", "blast", "strike", "raid", "arrest", "expulsion", "ban", "suspension", "measure", "order", "deal", "agreement", "development",
      "debate", "incident", "protest", "vote", "ruling", "warning");

  /** The verb's subject is a definite noun for an act told before: "the move", "this decision". */
  private static boolean subjectNamesToldAct(DependencyIndex index, int verb) {
    return index.children(verb, Set.of("nsubj", "nsubj:pass")).stream()
        .anyMatch(s -> TOLD_ACT_NOUNS.contains(index.lemma(s).toLowerCase(java.util.Locale.ROOT)) && index.isDefinite(s));
  }

  /** Parts of an act's time: "in the first hours of the operation". */
  private static final Set<String> PARTS_OF_A_TIME = Set.of("hour", "minute", "day", "stage", "moment");

  /**
   * Whether the verb tells what was done in an act told before, by a definite noun: "during the
   * visit", "in the first hours of the operation".
   */
  private static boolean withinToldAct(DependencyIndex index, int verb) {
    // "thanked Japan … in a message read at the ceremony, and asked Tokyo": a verb joined to
    // another is done on the same occasion.
    List<Integer> verbs = new ArrayList<>(List.of(verb));
    index.head(verb).filter(h -> h.relation().startsWith("conj") && h.governor() >= 0).ifPresent(h -> verbs.add(h.governor()));
    for (int v : verbs) {
      if (withinToldActOrOccasion(index, v)) {
        return true;
      }
    }
    return false;
  }

  /** As {@link #withinToldAct}, for one verb: in or during an act, or at an occasion ("at the ceremony"), told before. */
  private static boolean withinToldActOrOccasion(DependencyIndex index, int verb) {
    // "at the ceremony", or "in a message read at the ceremony".
    List<Integer> atOccasions = new ArrayList<>(index.children(verb, Set.of("obl:at")));
    for (int carrier : index.children(verb, Set.of("obl:in", "obl:at"))) {
      for (int participle : index.children(carrier, Set.of("acl"))) {
        atOccasions.addAll(index.children(participle, Set.of("obl:at")));
      }
    }
    // (A bare "the ceremony": "at the ceremony marking the return of remains" tells an occasion
    // of its own.)
    if (atOccasions.stream().anyMatch(o -> TOLD_OCCASIONS.contains(index.lemma(o).toLowerCase(java.util.Locale.ROOT)) && index.isDefinite(o)
        && index.children(o).stream().noneMatch(d -> d.relation().startsWith("acl") || d.relation().startsWith("nmod")))) {
      return true;
    }
    for (int noun : index.children(verb, Set.of("obl:in", "obl:during"))) {
      int act = noun;
      if (PARTS_OF_A_TIME.contains(index.lemma(noun).toLowerCase(java.util.Locale.ROOT))) {
        act = index.children(noun, Set.of("nmod:of")).stream().findFirst().orElse(noun);
      }
      String lemma = index.lemma(act).toLowerCase(java.util.Locale.ROOT);
      // "in the deal" is no time; "in the operation", "during the visit" are.
      boolean aTime = act != noun || index.children(verb, Set.of("obl:during")).contains(noun) || DURING_ACT_NOUNS.contains(lemma);
      if (aTime && (TOLD_ACT_NOUNS.contains(lemma) || DURING_ACT_NOUNS.contains(lemma)) && index.isDefinite(act)) {
        return true;
      }
    }
    return false;
  }

  /** Occasions at which something is said or done, told before: "at the ceremony", "at the summit". */
  private static final Set<String> TOLD_OCCASIONS = Set.of("ceremony", "summit", "meeting", "rally", "funeral", "conference", "signing", "event", "session",
      "handover", "inauguration");

  /** Acts that last a while, within which something else is done: "in the first hours of the operation". */
  private static final Set<String> DURING_ACT_NOUNS = Set.of("operation", "offensive", "crackdown", "exercise", "drill", "summit", "trip", "tour");

  /** The single day the article named last before the token's sentence, if it named one. */
  private Optional<EventDate> lastDayBefore(DependencyIndex index, int token, LocalDate reference, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned) {
    int sentence = index.token(token).sentence();
    Optional<EventDate> last = Optional.empty();
    List<Timex> inOrder = new ArrayList<>(index.text().timexes());
    inOrder.sort(Comparator.comparingInt(t -> t.span().start()));
    for (Timex timex : inOrder) {
      if (sentenceOf(index, timex) >= sentence || !timex.isPointInTime()) {
        continue;
      }
      Optional<EventDate> date = resolve(index, timex, reference, Tense.UNKNOWN, quarters, mentioned).date();
      if (date.isPresent() && date.get().precision() == DatePrecision.DAY && date.get().start().equals(date.get().end())) {
        last = date;
      }
    }
    return last;
  }

  /** How many weeks "weeks after" is taken to count. */
  private static final int SOME_WEEKS = 3;

  /** The year (for years or decades counted) or the month (for months or weeks) a day falls in, read from the context. */
  private static EventDate calendarDate(LocalDate day, ChronoUnit unit, Optional<dev.annals.model.Span> evidence) {
    return unit == ChronoUnit.YEARS || unit == ChronoUnit.DECADES
        ? new EventDate(String.valueOf(day.getYear()), day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()), DatePrecision.YEAR, DateOrigin.CONTEXT, evidence)
        : new EventDate(YearMonth.from(day).toString(), day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), DatePrecision.MONTH, DateOrigin.CONTEXT, evidence);
  }

  /** The nearest verb at or above {@code token} in its line of heads. */
  private static Optional<Integer> verbAbove(DependencyIndex index, int token) {
    int current = token;
    for (int steps = 0; steps < 6 && current >= 0; steps++) {
      if (index.token(current).isVerb()) {
        return Optional.of(current);
      }
      current = index.head(current).map(Dependency::governor).orElse(-1);
    }
    return Optional.empty();
  }

  /** The date as read from the clause's context rather than from a time expression of its own. */
  private static EventDate inContext(EventDate d) {
    return new EventDate(d.value(), d.start(), d.end(), d.precision(), DateOrigin.CONTEXT, d.evidence());
  }

  /** "a day", "two days", "3 days": how many; 0 when the words say no number. */
  private static int amountOf(DependencyIndex index, int unit) {
    for (var d : index.children(unit)) {
      String word = index.token(d.dependent()).text().toLowerCase(java.util.Locale.ROOT);
      if (d.relation().equals("det") && (word.equals("a") || word.equals("an"))) {
        return 1;
      }
      if (d.relation().equals("nummod")) {
        Integer n = Durations.NUMBERS.get(word);
        return n != null && n > 0 ? n : word.matches("\\d{1,2}") ? Integer.parseInt(word) : 0;
      }
    }
    return 0;
  }

  /** The relations that lead out of the anchor's own clause: with a verb of intent or appeal, its complement too. */
  private Set<String> clausesApart(DependencyIndex index, int anchor, Set<String> relations) {
    if (!isIntentGovernor.test(index.lemma(anchor))) {
      return relations;
    }
    Set<String> apart = new java.util.HashSet<>(relations);
    apart.add("xcomp");
    return apart;
  }

  /** The time the clause itself gives: "met on Monday", not a time of a clause it reports or of an event noun in it. */
  private Optional<EventDate> ownClauseTime(DependencyIndex index, List<Integer> anchors, LocalDate reference, Tense tense, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned) {
    for (int anchor : anchors) {
      List<Integer> clause = new ArrayList<>(index.subtree(anchor, clausesApart(index, anchor, OTHER_CLAUSES)));
      withoutNounTimes(index, anchor, anchors, clause);
      List<Integer> extended = new ArrayList<>(clause);
      // Only a happening's clause: "talks that ended on Tuesday", not "gas supplies through
      // Turkey, which began in August 2025" (a country begins nothing the talks are dated by).
      for (int token : clause) {
        if (token != anchor && !isEventNoun.test(index.token(token).lemma().toLowerCase())) {
          continue;
        }
        index.children(token).stream()
            .filter(d -> d.relation().equals("acl:relcl") && ASPECTUAL_VERBS.contains(index.token(d.dependent()).lemma().toLowerCase()))
            .forEach(d -> extended.addAll(index.subtree(d.dependent(), OTHER_CLAUSES)));
      }
      // "South Korea has suspended ... since January, the justice ministry said on Friday" (the
      // reported clause hung on the saying as an adverbial one): a day the verb itself takes
      // comes before any time deeper in its clause. (Only a day: "approved the move in early
      // October this year", "grew 19% from a year ago" take no coarser time of the verb's first.)
      for (Timex timex : index.text().timexes()) {
        if (clause.contains(timex.firstToken()) && isOwnTimePhrase(index, anchor, timex) && timex.isPointInTime() && !isNowOfWhatIsAsked(index, timex, anchor)) {
          Optional<EventDate> day = resolve(index, timex, reference, tense, quarters, mentioned).date().filter(d -> d.precision() == DatePrecision.DAY);
          if (day.isPresent()) {
            return day;
          }
        }
      }
      for (Timex timex : index.text().timexes()) {
        if (!extended.contains(timex.firstToken()) && !extended.contains(timex.endToken() - 1)) {
          continue;
        }
        if (isDeadlineOfWhatIsAsked(index, timex, anchor) || isNowOfWhatIsAsked(index, timex, anchor)) {
          // "asked for a meeting before the end of June": the time the asked act is due by;
          // "demanding clean water now": when it is wanted, not when it was asked.
          continue;
        }
        if (isDeadlineInAdverbialClause(index, timex, anchor)) {
          // "would require export permits, two weeks after Pretoria ordered the office to move
          // out by the end of March": when another clause's act is due dates neither it nor this.
          continue;
        }
        if (isSetForByAnotherVerb(index, timex, anchor)) {
          // "condemned the attack, while the Peace and Security Council called an emergency
          // meeting for Monday": a day another verb sets an act for dates no act around it.
          continue;
        }
        // "agreed to restore relations after talks that ended on Tuesday": a time in the
        // clause that tells when a noun of this one happened takes that clause's tense, not
        // the event's ("restore" is still to come; the talks' Tuesday is past).
        boolean ownTokens = clause.contains(timex.firstToken()) || clause.contains(timex.endToken() - 1);
        ResolvedTime resolved = resolve(index, timex, reference, ownTokens ? tense : Tense.UNKNOWN, quarters, mentioned);
        if (resolved.date().isPresent() && timex.isPointInTime()) {
          return resolved.date();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a word of the time expression hangs on the verb itself as the time it happens: "said
   * [on Friday]", not "gave the government [until Friday]" or "has fallen [since January]".
   */
  private static boolean isOwnTimePhrase(DependencyIndex index, int verb, Timex timex) {
    return hangsBy(index, timex, d -> d.governor() == verb && !NOT_THE_ACTS_TIME.contains(d.suffix()));
  }

  /** Whether a word of the time expression hangs on its head by an edge of that kind. */
  private static boolean hangsBy(DependencyIndex index, Timex timex, java.util.function.Predicate<Dependency> edge) {
    return java.util.stream.IntStream.range(timex.firstToken(), timex.endToken()).anyMatch(t -> index.head(t).filter(edge).isPresent());
  }

  /**
   * A time another verb than the anchor sets something for: "called an emergency meeting [for
   * Monday]" (for the verb's own "for", "For 1988, BellSouth earned $1.7 billion", "planned for
   * early March", the time stays the act's).
   */
  private static boolean isSetForByAnotherVerb(DependencyIndex index, Timex timex, int anchor) {
    return hangsBy(index, timex, d -> d.relation().equals("obl:for") && d.governor() != anchor && index.token(d.governor()).isVerb());
  }

  /** Words of the present that, on a verb of demand or appeal, say the thing is wanted at once. */
  private static final Set<String> AT_ONCE = Set.of("now", "immediately");

  /** "demanding clean water now": "now" on a verb of intent or appeal is when the thing is wanted. */
  private boolean isNowOfWhatIsAsked(DependencyIndex index, Timex timex, int anchor) {
    return isIntentGovernor.test(index.lemma(anchor)) && timex.endToken() - timex.firstToken() == 1
        && AT_ONCE.contains(index.token(timex.firstToken()).text().toLowerCase(java.util.Locale.ROOT))
        && index.head(timex.firstToken()).filter(d -> d.governor() == anchor).isPresent();
  }

  /** Prepositions of the time a thing asked for is due by. */
  private static final Set<String> DEADLINES = Set.of("by", "before", "until", "till");
  /** Nouns of a point within the time they govern: "the end of June", of which "June" alone is the expression. */
  public static final Set<String> POINTS_IN_TIME = Set.of("end", "beginning", "start", "middle", "close");

  /**
   * A time a verb of intent or appeal takes by "by" or "before", or the point of one ("before
   * the end of June"): when the act asked for or planned is due, not when it was asked.
   */
  private boolean isDeadlineOfWhatIsAsked(DependencyIndex index, Timex timex, int anchor) {
    if (!isIntentGovernor.test(index.lemma(anchor))) {
      return false;
    }
    return hangsAsDeadline(index, timex, d -> d.governor() == anchor && DEADLINES.contains(d.suffix()));
  }

  /** Whether the time, or the point of it ("by the end of March"), hangs by an edge the predicate takes. */
  private static boolean hangsAsDeadline(DependencyIndex index, Timex timex, java.util.function.Predicate<Dependency> deadline) {
    return hangsBy(index, timex, deadline) || java.util.stream.IntStream.range(timex.firstToken(), timex.endToken())
        .anyMatch(t -> index.head(t).filter(d -> d.relation().equals("nmod:of") && POINTS_IN_TIME.contains(index.lemma(d.governor()))
            && index.head(d.governor()).filter(deadline).isPresent()).isPresent());
  }

  /**
   * A time taken by "by", "before", "until" or "till", or the point of one ("by the end of March"),
   * by a verb other than the anchor inside an adverbial clause of it: a deadline set there.
   */
  private static boolean isDeadlineInAdverbialClause(DependencyIndex index, Timex timex, int anchor) {
    return hangsAsDeadline(index, timex, d -> d.governor() != anchor && d.governor() >= 0 && DEADLINES.contains(d.suffix())
        && index.token(d.governor()).isVerb() && withinAdverbialClauseOf(index, d.governor(), anchor));
  }

  /** Whether the way up from the verb to the anchor passes through an adverbial clause (or a loose one). */
  private static boolean withinAdverbialClauseOf(DependencyIndex index, int verb, int anchor) {
    int token = verb;
    boolean adverbial = false;
    for (int step = 0; step < 6 && token != anchor; step++) {
      Optional<Dependency> up = index.head(token).filter(d -> d.governor() >= 0);
      if (up.isEmpty()) {
        return false;
      }
      // (The parser may hang such a clause loosely, even on a noun: "permits for chips, two
      // weeks after Pretoria ordered …", dep(permits, ordered).)
      adverbial |= up.get().relation().startsWith("advcl") || (up.get().relation().equals("dep") && index.token(token).isVerb());
      token = up.get().governor();
    }
    return token == anchor && adverbial;
  }

  /** The words of a bare phrase of what an act answers: "in response", "in retaliation", "in return", "in turn", "in kind". */
  private static final Set<String> ANSWERING_TAIL = Set.of("in", "response", "retaliation", "return", "turn", "kind", "reply");

  /** Prepositions of a time that bounds, counts or compares, not the one an act happens at. */
  private static final Set<String> NOT_THE_ACTS_TIME = Set.of("until", "till", "by", "before", "after", "since", "from", "through", "for", "than", "to");

  /**
   * The time that a verb itself takes as the last words of its clause, or right after it: "seized
   * their boats on Saturday", "threatened on Tuesday to take the dispute to arbitration", not
   * "called on supporters to rally on Sunday" (the rally's).
   */
  private Optional<EventDate> closingTime(DependencyIndex index, int verb, LocalDate reference, Tense tense, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned) {
    List<Integer> clause = index.subtree(verb, OTHER_CLAUSES_BEFORE_CLOSING).stream().filter(t -> !index.token(t).tag().equals(".") && !index.token(t).tag().equals(",")).toList();
    // ("expelled a Georgian diplomat from Berlin on Tuesday in response": a bare phrase of what
    // the act answers, closing it, does not move its time off the end.)
    List<Integer> beforeAnswer = new ArrayList<>(clause.stream().sorted().toList());
    while (beforeAnswer.size() > 1 && ANSWERING_TAIL.contains(index.token(beforeAnswer.get(beforeAnswer.size() - 1)).text().toLowerCase(java.util.Locale.ROOT))) {
      beforeAnswer.remove(beforeAnswer.size() - 1);
    }
    int last = beforeAnswer.isEmpty() ? verb : beforeAnswer.get(beforeAnswer.size() - 1);
    List<Integer> actsOwn = new ArrayList<>(clause);
    withoutWhatIsAccused(index, verb, actsOwn);
    // Nor the invited visit's: "thanked the emir and invited Kuwaiti investors to a conference
    // in Cairo in May" dates the conference, not the thanks.
    withoutTheInvitedVisit(index, verb, actsOwn);
    for (Timex timex : index.text().timexes()) {
      if (!actsOwn.contains(timex.firstToken()) && clause.contains(timex.firstToken())) {
        // What closes an accusation's clause may be the alleged act's time, an invitation's
        // the visit's.
        continue;
      }
      boolean verbsOwn = hangsBy(index, timex, d -> d.governor() == verb);
      // Or right after the verb: "called the move a breach of contract and threatened on Tuesday
      // to take the dispute to arbitration".
      boolean rightAfter = timex.firstToken() <= verb + 2 && index.token(verb + 1).tag().equals("IN");
      // Not what the act is set for: "called a protest in Colombo for Tuesday" calls it now.
      boolean setFor = timex.firstToken() > 0 && index.token(timex.firstToken() - 1).text().equalsIgnoreCase("for");
      if (verbsOwn && !setFor && timex.firstToken() > verb && (timex.endToken() - 1 == last || rightAfter) && timex.isPointInTime()) {
        return resolve(index, timex, reference, tense, quarters, mentioned).date();
      }
    }
    return Optional.empty();
  }

  /**
   * Takes out of {@code clause} what dates a noun in it rather than the clause: the words of an
   * event noun ("condemned Sunday's attack") and of what the clause happens ahead of ("accused
   * Budapest of exploiting a tragedy ahead of April's election": April is the election's, the
   * accusation came before it).
   */
  private void withoutNounTimes(DependencyIndex index, int anchor, List<Integer> anchors, List<Integer> clause) {
    for (int token : List.copyOf(clause)) {
      if (token == anchor || anchors.contains(token) || !index.token(token).isNoun()) {
        continue;
      }
      boolean eventNoun = isEventNoun.test(index.token(token).lemma().toLowerCase());
      if (eventNoun || isAwaited(index, token)) {
        withoutWordsOf(index, token, clause);
      }
    }
    withoutYearsOfThings(index, anchors, clause);
    withoutPossessiveTimes(index, anchors, clause);
    withoutAppositions(index, anchor, clause);
    withoutWhatIsAccused(index, anchor, clause);
    withoutTheInvitedVisit(index, anchor, clause);
    withoutTheDeedItIsFor(index, anchor, clause);
    withoutClausesOfWhatIsToCome(index, anchor, clause);
  }

  /** Tags of a verb in the present: "when lawmakers meet", "once the court rules". */
  private static final Set<String> PRESENT_TENSE = Set.of("VBP", "VBZ");

  /**
   * Takes out of {@code clause} an adverbial clause in the present on a verb in the past: "called
   * for a debate on it when lawmakers meet next month" (the parser hangs the "when" clause on the
   * appeal) tells when the debate asked for would be; a past act is not dated by it.
   */
  private static void withoutClausesOfWhatIsToCome(DependencyIndex index, int anchor, List<Integer> clause) {
    if (!index.token(anchor).tag().equals("VBD") && !index.token(anchor).tag().equals("VBN")) {
      return;
    }
    for (Dependency d : index.children(anchor)) {
      if (d.relation().startsWith("advcl") && PRESENT_TENSE.contains(index.token(d.dependent()).tag())) {
        clause.removeAll(index.subtree(d.dependent(), Set.of()));
      }
    }
  }

  /**
   * Takes out of {@code clause} the deed a verb answers "for" when the parser reads its gerund as
   * a noun ({@code obl:for(thanked, standing)}, not the {@code advcl:for} that {@link
   * #OTHER_CLAUSES} leaves out): "thanked Taiwan for standing by the country when Beijing cut
   * imports in 2021" is a thanks of this week, and 2021 the deed's.
   */
  private static void withoutTheDeedItIsFor(DependencyIndex index, int anchor, List<Integer> clause) {
    for (int deed : index.children(anchor, Set.of("obl:for"))) {
      if (index.token(deed).tag().equals("VBG")) {
        clause.removeAll(index.subtree(deed, Set.of()));
      }
    }
  }

  /** Verbs of inviting someone somewhere: "invited Lula to Montevideo in June". */
  private static final Set<String> INVITING = Set.of("invite");

  /**
   * Takes out of {@code clause} a time told after where an invitation asks someone to come:
   * "invited Lula to Montevideo in June" dates the visit asked for, not the inviting, which is
   * dated as one with no time of its own ("on Monday invited Lula to Montevideo" keeps its Monday).
   */
  private static void withoutTheInvitedVisit(DependencyIndex index, int anchor, List<Integer> clause) {
    if (!INVITING.contains(index.lemma(anchor).toLowerCase(java.util.Locale.ROOT))) {
      return;
    }
    OptionalInt destination = index.children(anchor, Set.of("obl:to", "xcomp")).stream().mapToInt(Integer::intValue).filter(t -> t > anchor).min();
    if (destination.isEmpty()) {
      return;
    }
    for (Timex timex : index.text().timexes()) {
      if (timex.firstToken() > destination.getAsInt()) {
        for (int t = timex.firstToken(); t < timex.endToken(); t++) {
          clause.remove(Integer.valueOf(t));
        }
      }
    }
  }

  /** Verbs whose "of" tells what someone is accused of: "accused Malta of ignoring calls". */
  private static final Set<String> ACCUSING = Set.of("accuse", "suspect");

  /**
   * Takes out of {@code clause} what an accusation's "of" tells is alleged, with its time:
   * "accused Malta of ignoring two distress calls on Friday night" (the parser may hang the "of"
   * itself on the verb, {@code advcl(accused, of)}, and the alleged act on it); and a time from
   * which something has gone on after the "of", though hung on "accused": "officials it accused
   * of moving shells since last year". A time the parser gives the accusing verb itself is the
   * accusation's: "accused Eritrea of massing troops on its border on Tuesday".
   */
  private static void withoutWhatIsAccused(DependencyIndex index, int anchor, List<Integer> clause) {
    if (!ACCUSING.contains(index.lemma(anchor).toLowerCase(java.util.Locale.ROOT))) {
      return;
    }
    OptionalInt of = OptionalInt.empty();
    for (Dependency d : index.children(anchor)) {
      boolean ofWord = d.dependent() > anchor && index.token(d.dependent()).text().equalsIgnoreCase("of");
      boolean ofComplement = d.dependent() > anchor && index.children(d.dependent(), Set.of("case", "mark")).stream()
          .anyMatch(c -> index.token(c).text().equalsIgnoreCase("of"));
      if (ofWord || ofComplement) {
        clause.removeAll(index.subtree(d.dependent(), Set.of()));
        int at = ofWord ? d.dependent() : d.dependent() - 1;
        of = of.isEmpty() || at < of.getAsInt() ? OptionalInt.of(at) : of;
      }
    }
    if (of.isEmpty()) {
      return;
    }
    for (Timex timex : index.text().timexes()) {
      int first = timex.firstToken();
      if (first <= of.getAsInt() || index.token(first).sentence() != index.token(anchor).sentence()) {
        continue;
      }
      if (index.token(first).text().equalsIgnoreCase("since") || index.token(first - 1).text().equalsIgnoreCase("since")) {
        for (int t = first; t < timex.endToken(); t++) {
          clause.remove(Integer.valueOf(t));
        }
      }
    }
  }

  /**
   * Takes out of {@code clause} what an apposition of the doer says, which describes the doer at
   * a time of its own: "Israel, which established ties with Bahrain in 2020, declined to
   * comment", which the parser may read as "Israel, [which established] ties with Bahrain in 2020".
   */
  private static void withoutAppositions(DependencyIndex index, int anchor, List<Integer> clause) {
    for (int subject : index.children(anchor, Set.of("nsubj", "nsubj:pass", "nsubj:xsubj"))) {
      for (int apposition : index.children(subject, Set.of("appos"))) {
        clause.removeAll(index.subtree(apposition, Set.of()));
      }
    }
  }

  /**
   * Takes out of {@code clause} a time written as a possessive of a noun that is not the event's:
   * "accused Beijing of punishing farmers for last month's confrontation" is today's accusation,
   * "criticised Sunday's decision" a criticism of the day's report, whatever the noun names. A
   * noun that is the occasion the clause happens in keeps its time: "In Tuesday's unrest,
   * hundreds threw stones", "spoke at Sunday's rally"; so does the clause's subject, whose time
   * the clause is told in: "Last year's results were hurt by charges", "Friday's focus on the
   * top-tier stocks telegraphed selling" (TimeML's dates gold).
   */
  private void withoutPossessiveTimes(DependencyIndex index, List<Integer> anchors, List<Integer> clause) {
    for (int token : List.copyOf(clause)) {
      // An occasion the clause happens in keeps its time ("was killed in Tuesday's unrest"); one
      // a noun of the clause happened in does not ("thanked Bucharest for its help during last
      // year's energy crisis" is thanks given now).
      if (anchors.contains(token) || !index.token(token).isNoun()
          || index.head(token).map(d -> (OCCASION_RELATIONS.contains(d.relation()) && (d.relation().startsWith("obl") || anchors.contains(d.governor())))
              || d.relation().startsWith("nsubj")).orElse(false)) {
        continue;
      }
      for (int owner : index.children(token, Set.of("nmod:poss"))) {
        if (index.text().timexes().stream().anyMatch(t -> t.covers(owner))) {
          clause.removeAll(index.subtree(owner, Set.of()));
        }
      }
    }
  }

  /**
   * Takes out of {@code clause} the years written before the name of a thing that is no event:
   * "was violating the 1954 Caracas convention" happens now, not when the convention was made.
   */
  private void withoutYearsOfThings(DependencyIndex index, List<Integer> anchors, List<Integer> clause) {
    for (int token : List.copyOf(clause)) {
      // The event's own noun keeps its year: "his unsuccessful 1996 campaign".
      if (anchors.contains(token) || !index.token(token).isNoun() || isEventNoun.test(index.token(token).lemma().toLowerCase())) {
        continue;
      }
      withoutYearsWrittenBefore(index, token, clause);
    }
  }

  /**
   * Takes out of {@code wide} the years written before an event noun that the anchors do not
   * take themselves: "which Athens says breaches the 2018 Prespa agreement", with "breaches" read
   * as a noun, is not said in 2018. The anchor's own object keeps its year ("held its 1996
   * campaign"), as in the clause's own words.
   */
  private void withoutYearsOfFartherEvents(DependencyIndex index, List<Integer> anchors, List<Integer> wide) {
    for (int token : List.copyOf(wide)) {
      // Not the noun the anchor's own clause describes: "the 1996 Olympic bombing that killed one
      // person" killed in 1996.
      boolean described = anchors.stream().anyMatch(a -> index.parents(a).stream().anyMatch(d -> d.governor() == token && d.relation().startsWith("acl")));
      boolean farther = index.token(token).isNoun() && !anchors.contains(token) && isEventNoun.test(index.token(token).lemma().toLowerCase())
          && index.head(token).map(d -> !anchors.contains(d.governor())).orElse(false) && !described;
      if (farther) {
        withoutYearsWrittenBefore(index, token, wide);
      }
    }
  }

  /** Takes out of {@code words} the four-digit years written before the noun as its numbers: "the 1954 convention". */
  private static void withoutYearsWrittenBefore(DependencyIndex index, int noun, List<Integer> words) {
    index.children(noun, Set.of("nummod")).stream().filter(year -> year < noun && YEAR.matcher(index.token(year).text()).matches())
        .forEach(year -> words.remove(Integer.valueOf(year)));
  }

  /** A year written as four digits. */
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("1[0-9]{3}|20[0-9]{2}");

  /**
   * Takes out of {@code wide} the words of what the clause happens before (see {@link
   * #withoutNounTimes}) and of an event noun the anchor is about: "agreed on a
   * ceasefire and on talks in Jeddah next week" (the talks are next week). An event noun the
   * anchor happens in, at or by, or is done by or to, gives its time ("killed in a car bomb attack
   * on Friday", "decided at last year's summit", "the 1996 bombing that killed one person", "led
   * the 1992 protests").
   */
  private void withoutAwaitedAndTopicTimes(DependencyIndex index, int anchor, List<Integer> wide) {
    for (int token : List.copyOf(wide)) {
      boolean subject = index.children(anchor).stream().anyMatch(d -> d.dependent() == token && d.relation().startsWith("nsubj"));
      if (token != anchor && !subject && index.token(token).isNoun() && isAwaited(index, token)) {
        withoutWordsOf(index, token, wide);
      }
    }
    for (var d : index.children(anchor)) {
      int noun = d.dependent();
      if (TOPIC_PHRASES.contains(d.relation()) && index.token(noun).isNoun() && isEventNoun.test(index.token(noun).lemma().toLowerCase())) {
        withoutWordsOf(index, noun, wide);
      }
    }
  }

  /** Takes the words under {@code noun} (not the noun itself) out of {@code words}. */
  private static void withoutWordsOf(DependencyIndex index, int noun, List<Integer> words) {
    words.removeAll(wordsUnder(index, noun));
  }

  /** The words under {@code noun}, not the noun itself. */
  private static List<Integer> wordsUnder(DependencyIndex index, int noun) {
    List<Integer> inner = index.subtree(noun, Set.of());
    inner.remove(Integer.valueOf(noun));
    return inner;
  }

  /** Whether {@code past} is a past tense and {@code participle} a past participle with no auxiliary: a past tense the tagger misread. */
  private static boolean pastReadAsParticiple(DependencyIndex index, int past, int participle) {
    return index.token(past).tag().equals("VBD") && index.token(participle).tag().equals("VBN")
        && index.children(participle, Set.of("aux", "aux:pass")).isEmpty();
  }

  /**
   * The sentence's first clause, when the anchor is a clause opened by "and" or "but" that the
   * parser hung on a verb of saying closing the sentence, after that first clause.
   */
  private Optional<Integer> joinedToFirstClause(DependencyIndex index, int anchor) {
    boolean opensWithAnd = index.children(anchor).stream().anyMatch(d -> d.relation().equals("cc") && Set.of("and", "but").contains(index.lemma(d.dependent()).toLowerCase()));
    boolean toldAfter = index.parents(anchor).stream().anyMatch(d -> d.relation().equals("ccomp") && d.governor() > anchor && isReportingVerb.test(index.lemma(d.governor())));
    if (!opensWithAnd || !toldAfter) {
      return Optional.empty();
    }
    int first = index.text().sentences().get(index.token(anchor).sentence()).firstToken();
    for (int token = first; token < anchor; token++) {
      if (index.token(token).isVerb() && index.parents(token).stream().anyMatch(d -> d.relation().equals("root"))) {
        return Optional.of(token);
      }
    }
    return Optional.empty();
  }

  /**
   * A past participle with no auxiliary on the verb's object that a number or "a" counts ("96
   * Afghan men convicted of crimes"): a description of who was acted on, not a definite thing
   * whose own time the reader is told ("the sanctions imposed on Monday").
   */
  private static boolean isReducedRelativeOnCountedObject(DependencyIndex index, int verb, int participle) {
    // "detained six environmental activists who tried to march to the venue on Thursday": a
    // relative clause in the past that tells what the counted people did is the occasion of the
    // act done to them, as a participle is.
    // (The people themselves, the clause's subject: not "released two settlers whose slaying of
    // a man on Tuesday sparked clashes", which tells of another deed.)
    boolean pastRelative = index.token(participle).tag().equals("VBD") && index.token(verb).tag().equals("VBD")
        && index.parents(participle).stream().anyMatch(p -> p.relation().equals("acl:relcl") && index.children(verb, Set.of("obj")).contains(p.governor())
            && !index.children(p.governor(), Set.of("nummod")).isEmpty() && index.children(participle, Set.of("nsubj")).contains(p.governor()));
    if (pastRelative) {
      return true;
    }
    if (!index.token(participle).tag().equals("VBN") || !index.children(participle, AUXILIARIES).isEmpty()) {
      return false;
    }
    return index.parents(participle).stream().anyMatch(p -> p.relation().equals("acl")
        && index.children(verb, Set.of("obj")).contains(p.governor())
        && (!index.children(p.governor(), Set.of("nummod")).isEmpty()
            || index.children(p.governor(), Set.of("det")).stream().anyMatch(d -> Set.of("a", "an").contains(index.lemma(d)))));
  }

  /** The verb whose subject a present participle describes ("a flight carrying … landed"), if it does. */
  private static Optional<Integer> ongoingParticipleOnSubject(DependencyIndex index, int participle) {
    if (!index.token(participle).tag().equals("VBG")) {
      return Optional.empty();
    }
    return index.head(participle).filter(d -> d.relation().equals("acl") && d.governor() >= 0).map(Dependency::governor)
        .flatMap(index::head).filter(h -> h.relation().equals("nsubj") && h.governor() >= 0 && index.token(h.governor()).isVerb()).map(Dependency::governor);
  }

  /** The time that closes a later act joined to the anchor by "and", of the same doer and tense (see {@link #widerTime}). */
  private Optional<EventDate> closingOfLaterJoinedAct(DependencyIndex index, int anchor, LocalDate reference, Tense tense, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned) {
    List<Integer> doers = index.children(anchor, Set.of("nsubj"));
    for (int later : index.children(anchor, Set.of("conj:and"))) {
      boolean sameDoer = index.children(later, Set.of("nsubj", "nsubj:pass")).stream().allMatch(doers::contains);
      // In the same tense: "already cooperate … and signed a treaty in 1995" cooperate now. A
      // past participle with no auxiliary is a past tense the tagger misread ("the coast guard
      // detained/VBN 14 fishermen and seized/VBD their boats on Friday", "seized/VBD three boats
      // and detained/VBN 41 crew members on Saturday").
      // So is a bare verb joined to a past with no auxiliary of its own, a past the tagger took for
      // the base form ("refused entry to 43 travellers and put/VB them on a flight on Sunday").
      boolean sameTense = index.token(later).tag().equals(index.token(anchor).tag())
          || pastReadAsParticiple(index, later, anchor) || pastReadAsParticiple(index, anchor, later)
          || index.token(later).tag().equals("VB") && index.token(anchor).tag().equals("VBD");
      if (later < anchor || !sameDoer || !sameTense || !index.token(later).isVerb() || !index.children(later, Set.of("aux", "aux:pass", "mark")).isEmpty()) {
        continue;
      }
      Optional<EventDate> closing = closingTime(index, later, reference, tense, quarters, mentioned).or(() -> openingTime(index, later, reference, tense, quarters, mentioned));
      if (closing.isPresent()) {
        return closing;
      }
    }
    return Optional.empty();
  }

  /**
   * The time that opens a joined clause, right after its "and": "welcomed the rescue and on
   * Saturday sent a team", "called the accusation baseless and on Tuesday expelled a diplomat".
   */
  private Optional<EventDate> openingTime(DependencyIndex index, int verb, LocalDate reference, Tense tense, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned) {
    Optional<Integer> and = index.children(verb, Set.of("cc")).stream().filter(c -> c < verb).findFirst();
    if (and.isEmpty()) {
      return Optional.empty();
    }
    for (Timex timex : index.text().timexes()) {
      int first = timex.firstToken();
      if (first <= and.get() || timex.endToken() != verb || !timex.isPointInTime() || !hangsBy(index, timex, d -> d.governor() == verb)) {
        continue;
      }
      // (Only a preposition between the "and" and the time: "and on Saturday".)
      boolean opens = true;
      for (int t = and.get() + 1; t < first; t++) {
        opens &= index.token(t).tag().equals("IN");
      }
      if (opens) {
        return resolve(index, timex, reference, tense, quarters, mentioned).date();
      }
    }
    return Optional.empty();
  }

  /** Verbs of watching or taking part in an event as it happens: "filming a protest", "attending a rally". */
  private static final Set<String> WITNESSING_VERBS = Set.of("film", "watch", "cover", "photograph", "record", "attend", "join", "monitor", "observe");

  /** A verb other than the anchors that takes the noun as its object, "on" phrase or passive subject. */
  private static Optional<Integer> otherVerbTaking(DependencyIndex index, int noun, List<Integer> anchors) {
    return index.parents(noun).stream()
        .filter(d -> d.baseRelation().equals("obj") || d.baseRelation().equals("obl") || d.relation().equals("nsubj:pass"))
        .map(Dependency::governor).filter(g -> g >= 0 && index.token(g).isVerb() && !anchors.contains(g)).findFirst();
  }

  private static boolean isWeekday(DependencyIndex index, Timex timex) {
    return java.util.stream.IntStream.range(timex.firstToken(), timex.endToken())
        .anyMatch(t -> TimeWords.WEEKDAYS.contains(index.token(t).text().toLowerCase()));
  }

  /** Whether a noun is what its clause happens ahead of: "ahead of April's election", "pending Friday's ruling". */
  private static boolean isAwaited(DependencyIndex index, int noun) {
    boolean afterAhead = index.parents(noun).stream().anyMatch(d -> d.governor() >= 0 && AWAITING_HEADS.contains(index.lemma(d.governor()).toLowerCase()));
    boolean marked = index.children(noun, Set.of("case")).stream().anyMatch(c -> AWAITING_MARKERS.contains(index.lemma(c).toLowerCase()));
    return afterAhead || marked;
  }

  /**
   * For a clause that gives no time: one deeper in it, the time of a clause it is joined to, or
   * the time it was told at.
   *
   * @param throughTellers whether the time it was told at counts (not again for the telling itself)
   */
  private EventDate widerTime(DependencyIndex index, List<Integer> anchors, LocalDate reference, Tense tense, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned, boolean throughTellers) {
    // A time deeper in the event's own clause, past a participle or relative clause the parser
    // may have hung it on ("attacked a train carrying passengers in Balochistan on Tuesday").
    for (int anchor : anchors) {
      // Not what it accuses of: "accused Senegalese unions of blocking it since Monday".
      List<Integer> wide = new ArrayList<>(index.subtree(anchor, clausesApart(index, anchor, OTHER_CLAUSES_BUT_ADNOMINAL)));
      if (isReportingVerb.test(index.lemma(anchor))) {
        // Not the teller's description: "a consultant who is not working in this year's campaign
        // said" was not said this year.
        index.children(anchor).stream().filter(d -> d.relation().equals("nsubj"))
            .forEach(d -> wide.removeAll(index.subtree(d.dependent(), Set.of())));
      }
      withoutAwaitedAndTopicTimes(index, anchor, wide);
      withoutYearsOfThings(index, anchors, wide);
      withoutYearsOfFartherEvents(index, anchors, wide);
      withoutWhatIsAccused(index, anchor, wide);
      withoutPossessiveTimes(index, anchors, wide);
      withoutAppositions(index, anchor, wide);
      withoutTheInvitedVisit(index, anchor, wide);
      withoutTheDeedItIsFor(index, anchor, wide);
      withoutClausesOfWhatIsToCome(index, anchor, wide);
      // A clause on a noun, other than a present participle, has its own time: "an alliance
      // struck in February" (the tagger may call "struck" a past tense).
      List<Integer> ofCountedObjects = new ArrayList<>();
      for (int token : List.copyOf(wide)) {
        if (token != anchor && !index.token(token).tag().equals("VBG")
            && index.parents(token).stream().anyMatch(d -> d.relation().startsWith("acl"))) {
          wide.removeAll(index.subtree(token, Set.of()));
          if (isReducedRelativeOnCountedObject(index, anchor, token)) {
            ofCountedObjects.addAll(index.subtree(token, Set.of()));
          }
        }
      }
      // "deported 96 Afghan men convicted of crimes to Kabul on Wednesday", "arrested three
      // men suspected of smuggling on Monday": the parser hangs the day that closes the sentence
      // on the participle describing a counted object; a weekday so placed is the act's day.
      // "criticised the sanctions imposed on Monday" keeps its Monday to the sanctions.
      for (Timex timex : index.text().timexes()) {
        if (ofCountedObjects.contains(timex.firstToken()) && timex.isPointInTime() && isWeekday(index, timex)) {
          ResolvedTime resolved = resolve(index, timex, reference, tense, quarters, mentioned);
          if (resolved.date().isPresent()) {
            return inContext(resolved.date().get());
          }
        }
      }
      for (Timex timex : index.text().timexes()) {
        if (wide.contains(timex.firstToken()) && timex.isPointInTime() && !isSetForByAnotherVerb(index, timex, anchor) && !isDeadlineOfWhatIsAsked(index, timex, anchor) && !isNowOfWhatIsAsked(index, timex, anchor)
            && !isDeadlineInAdverbialClause(index, timex, anchor)) {
          ResolvedTime resolved = resolve(index, timex, reference, tense, quarters, mentioned);
          if (resolved.date().isPresent()) {
            return inContext(resolved.date().get());
          }
        }
      }
    }
    // "had asked Albanese to drop the clause when the two leaders met in March": a past occasion
    // told by "when" inside what was asked or promised dates the asking.
    for (int anchor : anchors) {
      if (!isIntentGovernor.test(index.lemma(anchor))) {
        continue;
      }
      for (int clause : index.subtree(anchor, Set.of("ccomp", "parataxis", "conj", "csubj"))) {
        if (clause != anchor && isPastWhenClause(index, clause)) {
          Optional<EventDate> occasion = ownClauseTime(index, List.of(clause), reference, tense, quarters, mentioned);
          if (occasion.isPresent()) {
            return inContext(occasion.get());
          }
        }
      }
    }
    // "since November, when he was found", "from 1968, when the Soviets invaded": a clause
    // that describes a time happened at it.
    for (int anchor : anchors) {
      for (var parent : index.parents(anchor)) {
        if (!parent.relation().startsWith("acl") || parent.governor() < 0) {
          continue;
        }
        for (Timex timex : index.text().timexes()) {
          if (parent.governor() >= timex.firstToken() && parent.governor() < timex.endToken() && timex.isPointInTime()) {
            Optional<EventDate> date = resolve(index, timex, reference, tense, quarters, mentioned).date();
            if (date.isPresent()) {
              return inContext(date.get());
            }
          }
        }
      }
    }
    // "joined NATO on Friday at a ceremony held in Missouri": a clause on a noun, with no time
    // of its own, is at the time of the clause the noun takes part in.
    for (int anchor : anchors) {
      for (var parent : index.parents(anchor)) {
        int noun = parent.governor();
        if (!parent.relation().startsWith("acl") || noun < 0 || !index.token(noun).isNoun() || anchors.contains(noun)) {
          continue;
        }
        // "Greek farmers blocking the crossing let no lorries through on Wednesday": a present
        // participle on a clause's subject goes on while that clause happens.
        boolean ongoingDoer = index.token(anchor).tag().equals("VBG") && index.head(noun).filter(h -> h.relation().equals("nsubj")).isPresent();
        // "imposed sanctions on Wednesday on 14 companies that it accused": the enhanced parse
        // also makes the noun its own relative clause's object; the clause it takes part in is
        // the other verb that takes it.
        Optional<Integer> verb = index.verbTaking(noun).flatMap(first -> anchors.contains(first) ? otherVerbTaking(index, noun, anchors) : Optional.of(first))
            .or(() -> ongoingDoer ? index.head(noun).map(Dependency::governor).filter(g -> g >= 0 && index.token(g).isVerb()) : Optional.empty())
            // "held talks with Japan's prime minister, who pledged loans": a noun in the phrase
            // of the verb's object takes part in that verb's clause.
            .or(() -> index.head(noun).filter(d -> d.baseRelation().equals("nmod") && d.governor() >= 0).flatMap(d -> index.verbTaking(d.governor())))
            .filter(g -> !anchors.contains(g));
        if (verb.isPresent()) {
          // That clause's time in its own tense: "will visit Seoul on Friday" is next Friday.
          Optional<EventDate> own = ownClauseTime(index, List.of(verb.get()), reference, Tense.UNKNOWN, quarters, mentioned);
          // "A charter flight carrying 41 Jamaican nationals deported from Britain landed in
          // Kingston on Wednesday": the clause is itself a present participle on a clause's
          // subject, and goes on while that clause happens.
          Optional<Integer> carrier = ongoingParticipleOnSubject(index, verb.get()).filter(g -> !anchors.contains(g));
          if (own.isEmpty() && carrier.isPresent()) {
            own = ownClauseTime(index, List.of(carrier.get()), reference, Tense.UNKNOWN, quarters, mentioned);
          }
          if (own.isPresent()) {
            return inContext(own.get());
          }
          // "arrived in Tokyo on Monday and held talks with Japan's prime minister, who pledged
          // loans": a clause with no time of its own takes its time from the clause it is joined
          // to, and so does the clause on its noun.
          if (carrier.isEmpty() && index.head(verb.get()).filter(d -> d.relation().startsWith("conj")).isPresent()) {
            EventDate joinedTime = date(index, List.of(verb.get()), reference, Tense.UNKNOWN, quarters, mentioned, throughTellers);
            if (joinedTime.origin() != DateOrigin.PUBLICATION) {
              return inContext(joinedTime);
            }
          }
        }
      }
    }
    // "arrested two journalists on Tuesday while they were filming a protest": an event one
    // watches, films or takes part in happens while one does so.
    // (The verb may be the event's own anchor; then the clause it hangs on tells the time.)
    for (int anchor : anchors) {
      Optional<Integer> witnessing = index.head(anchor).filter(d -> d.relation().equals("obj") && d.governor() >= 0
          && WITNESSING_VERBS.contains(index.lemma(d.governor()).toLowerCase(java.util.Locale.ROOT))).map(Dependency::governor)
          .flatMap(v -> anchors.contains(v)
              ? index.head(v).filter(d -> d.relation().startsWith("advcl") && d.governor() >= 0 && !anchors.contains(d.governor())).map(Dependency::governor)
              : Optional.of(v));
      if (witnessing.isPresent()) {
        EventDate shared = date(index, List.of(witnessing.get()), reference, tense, quarters, mentioned, throughTellers);
        if (shared.origin() != DateOrigin.PUBLICATION) {
          return shared;
        }
      }
    }
    // "arrived on Sunday and held talks", "released them on Saturday after meeting Kellogg": a
    // clause joined to another takes its time.
    for (int anchor : anchors) {
      for (var parent : index.parents(anchor)) {
        // "planned on Friday to pay", "travelled to Washington on March 12 to submit": a
        // complement or purpose with no time of its own is on its governor's.
        // "ordered three diplomats to leave on Wednesday, accusing them of spying": a participle
        // the parser hangs loosely on its verb is that verb's circumstance.
        boolean joined = parent.relation().startsWith("conj") || TEMPORAL_ADVERBIAL_CLAUSES.contains(parent.relation())
            || parent.relation().equals("xcomp") || parent.relation().equals("advcl:to")
            || (parent.relation().equals("dep") && index.token(anchor).tag().equals("VBG"))
            || isWhileDoing(index, anchor, parent);
        // Not from a relative clause: its time belongs to the noun it describes. (A closing
        // attribution the parser hangs loosely is no relative clause: "…, the Holy See said on
        // Friday, calling the ceremony a breach" calls it on the Friday.)
        int governing = parent.governor();
        boolean governorIsRelative = governing >= 0
            && index.parents(governing).stream().anyMatch(g -> g.relation().startsWith("acl") || (g.relation().equals("dep") && !isReportingVerb.test(index.lemma(governing))));
        // "summoned the ambassador on Tuesday after border police refused entry to 43 travellers and
        // put them on a flight back on Sunday": a clause of what came before, whose own joined act
        // closes with a time, is of that time, not of the act it came before.
        if (parent.relation().equals("advcl:after")) {
          Optional<EventDate> closing = closingOfLaterJoinedAct(index, anchor, reference, tense, quarters, mentioned);
          if (closing.isPresent()) {
            return inContext(closing.get());
          }
        }
        if (joined && !governorIsRelative && parent.governor() >= 0 && !anchors.contains(parent.governor())) {
          // A complement's governor's time in the governor's own tense: "agreed on Tuesday to
          // resume talks" is last Tuesday, though the talks are still to come.
          boolean complement = parent.relation().equals("xcomp") || parent.relation().equals("advcl:to");
          EventDate shared = date(index, List.of(parent.governor()), reference, complement ? Tense.UNKNOWN : tense, quarters, mentioned, throughTellers);
          boolean pastForFuture = isFuture(index, anchor) && shared.end().isBefore(reference.minusDays(FILED_EARLY_DAYS));
          if (shared.origin() != DateOrigin.PUBLICATION && !pastForFuture) {
            return shared;
          }
        }
      }
    }
    // "detained 11 fishermen and seized their boats on Saturday": a time that closes the last of
    // two joined acts of one doer dates the first as well, when that act tells no time and no
    // mood of its own ("and Azerbaijan began exporting fuel last month" is another doer's).
    for (int anchor : anchors) {
      Optional<EventDate> closing = closingOfLaterJoinedAct(index, anchor, reference, tense, quarters, mentioned);
      if (closing.isPresent()) {
        return inContext(closing.get());
      }
    }
    // "Paz telephoned his Peruvian counterpart on Thursday evening, and the two agreed to open a
    // crossing, his office said": the parser makes the clause after "and" what the closing
    // attribution reports; it is joined to the sentence's first clause and shares its time.
    for (int anchor : anchors) {
      Optional<Integer> first = joinedToFirstClause(index, anchor);
      if (first.isPresent()) {
        Optional<EventDate> shared = ownClauseTime(index, List.of(first.get()), reference, Tense.UNKNOWN, quarters, mentioned);
        if (shared.isPresent()) {
          return inContext(shared.get());
        }
      }
    }
    // "Security forces killed 33 attackers, the army said on Wednesday": what is reported is
    // dated by the day it was told, not the day the article came out (an intent, "said it would
    // lift sanctions", is an event of that day too).
    for (int anchor : throughTellers ? anchors : List.<Integer>of()) {
      for (int teller : tellers(index, anchor)) {
        if (!anchors.contains(teller)) {
          // Only the telling's own time: "said it had delivered aid last month" is not told last month.
          // In the telling's own tense: "Kato said Saturday the LDP would stay aligned" was told
          // last Saturday, not the next one the intent looks to.
          Optional<EventDate> told = tellingTime(index, teller, reference, quarters, mentioned);
          if (told.isPresent()) {
            return inContext(told.get());
          }
        }
      }
    }
    Optional<EventDate> earlier = earlierInSentence(index, anchors, tense, reference, quarters, mentioned);
    if (earlier.isPresent()) {
      return inContext(earlier.get());
    }
    return publication(reference);
  }

  /**
   * The telling's own time, or that of the verb it is joined to with the same teller: "protested
   * to India on Thursday and said Jakarta would take the matter to the WTO" was said on Thursday.
   */
  private Optional<EventDate> tellingTime(DependencyIndex index, int teller, LocalDate reference, ReportingQuarters quarters, Map<Timex, DiscourseAnchor> mentioned) {
    Optional<EventDate> own = ownClauseTime(index, List.of(teller), reference, Tense.UNKNOWN, quarters, mentioned);
    if (own.isPresent()) {
      return own;
    }
    // The same teller: the joined verb's subjects are the telling's own (the enhanced graph copies them).
    // ("France's ambassador was summoned on Friday and told that …": the same one told, in the passive.)
    List<Integer> speakers = index.children(teller, SUBJECTS);
    return index.parents(teller).stream().filter(p -> p.relation().startsWith("conj") && p.governor() >= 0 && p.governor() < teller)
        .map(p -> p.governor()).filter(joined -> {
          List<Integer> subjects = index.children(joined, SUBJECTS);
          return !subjects.isEmpty() && speakers.containsAll(subjects);
        })
        .map(joined -> ownClauseTime(index, List.of(joined), reference, Tense.UNKNOWN, quarters, mentioned)).flatMap(Optional::stream).findFirst();
  }

  /** A verb's subject, active or passive. */
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");

  /** Relations by which a clause hangs on the one that frames it: "would resume ... after Lebanon agreed". */
  private static final Set<String> FRAMING = Set.of("advcl", "conj", "xcomp");

  /** The day the clause the verb hangs on was told ({@link #dayToldAbove}), else the publication day. */
  private EventDate toldAboveOrPublication(DependencyIndex index, int verb, LocalDate reference, ReportingQuarters quarters, Map<Timex, DiscourseAnchor> mentioned) {
    return dayToldAbove(index, verb, reference, quarters, mentioned).filter(told -> !whollyAfter(told, reference))
        .or(() -> dayOfActJoinedBefore(index, verb, reference, quarters, mentioned)).map(EventDater::inContext)
        .orElseGet(() -> publication(reference));
  }

  /**
   * "arrived in Jakarta on Tuesday and signed an agreement … to build drones from 2028": a past
   * act whose clause tells only a time still to come (the planned thing's) was done on the day of
   * the act it is joined to after "and", when that act's own clause tells one that has passed.
   */
  private Optional<EventDate> dayOfActJoinedBefore(DependencyIndex index, int verb, LocalDate reference, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned) {
    return index.parents(verb).stream().filter(p -> p.relation().startsWith("conj") && p.governor() >= 0 && p.governor() < verb)
        .map(p -> ownClauseTime(index, List.of(p.governor()), reference, Tense.PAST, quarters, mentioned))
        .flatMap(Optional::stream).filter(joined -> !whollyAfter(joined, reference)).findFirst();
  }

  /** The day the clause the verb hangs on, or one above it, was told, by its teller's own time. */
  private Optional<EventDate> dayToldAbove(DependencyIndex index, int verb, LocalDate reference, ReportingQuarters quarters, Map<Timex, DiscourseAnchor> mentioned) {
    int current = verb;
    for (int steps = 0; steps < 3; steps++) {
      Optional<dev.annals.model.Dependency> up = index.head(current).filter(h -> h.governor() >= 0 && FRAMING.contains(h.baseRelation()));
      if (up.isEmpty()) {
        return Optional.empty();
      }
      current = up.get().governor();
      for (int teller : tellers(index, current)) {
        Optional<EventDate> told = tellingTime(index, teller, reference, quarters, mentioned);
        if (told.isPresent()) {
          return told;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the date is the day the anchors' clause was told, by a teller's own time. */
  private boolean toldThatDay(DependencyIndex index, List<Integer> anchors, EventDate date, LocalDate reference, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned) {
    for (int anchor : anchors) {
      for (int teller : tellers(index, anchor)) {
        Optional<EventDate> told = anchors.contains(teller) ? Optional.empty() : tellingTime(index, teller, reference, quarters, mentioned);
        if (told.isPresent() && told.get().value().equals(date.value())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs of going to a place or meeting people there, during which one speaks. */
  private static final Set<String> VISITING = Set.of("visit", "tour", "travel", "arrive", "fly", "meet");

  /**
   * "Defence Minister Rajnath Singh, who visited troops in Leh on Sunday, warned that India would
   * not accept any change": what a speaker says with no time of its own, the speaker's relative
   * clause telling a visit on a day, is said on that visit's day. (Not any relative clause: "X, who
   * took office on May 1, said" was not said on May 1.)
   */
  private Optional<EventDate> dayOfTheSpeakersVisit(DependencyIndex index, int saying, LocalDate reference, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned) {
    for (int speaker : index.children(saying, Set.of("nsubj"))) {
      for (int visit : index.children(speaker, Set.of("acl:relcl"))) {
        if (!VISITING.contains(index.lemma(visit).toLowerCase(java.util.Locale.ROOT)) || !index.token(visit).tag().equals("VBD")) {
          continue;
        }
        List<Integer> clause = index.subtree(visit, Set.of());
        for (Timex timex : index.text().timexes()) {
          if (!clause.contains(timex.firstToken()) || !timex.isPointInTime()) {
            continue;
          }
          Optional<EventDate> date = resolve(index, timex, reference, Tense.PAST, quarters, mentioned).date();
          if (date.isPresent() && date.get().precision() == DatePrecision.DAY && !date.get().start().isAfter(reference)) {
            return date;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "In contrast to Thursday, when 133 people were arrested", "But on April 8, investigators,
   * wondering how ..., searched the site": a past act whose clause names no time, told after a
   * day named earlier in its sentence, happened that day; the parser often hangs a fronted time
   * on a word the act does not reach. Not what a teller reports: "The group would leave as soon
   * as Tuesday, Castro said" was not said on Tuesday.
   */
  private Optional<EventDate> earlierInSentence(DependencyIndex index, List<Integer> anchors, Tense tense, LocalDate reference, ReportingQuarters quarters,
      Map<Timex, DiscourseAnchor> mentioned) {
    int anchor = anchors.get(0);
    if (tense != Tense.PAST && !index.token(anchor).tag().equals("VBD")) {
      return Optional.empty();
    }
    if (isReportingVerb.test(index.lemma(anchor))) {
      return dayOfTheSpeakersVisit(index, anchor, reference, quarters, mentioned);
    }
    if (inOtherFrame(index, anchor)) {
      return Optional.empty();
    }
    List<Integer> notItsTime = new ArrayList<>();
    int sentence = index.token(anchor).sentence();
    dev.annals.model.Sentence words = index.text().sentences().get(sentence);
    for (int token = words.firstToken(); token < words.endToken(); token++) {
      if (token == anchor) {
        continue;
      }
      // "Ahead of Monday's vote, the parties held rallies", "said Thursday's vote had been
      // peaceful but criticised the commission": the day of an event noun or of what the
      // clause awaits is not the act's.
      boolean eventNoun = index.token(token).isNoun() && isEventNoun.test(index.lemma(token));
      if (index.token(token).isNoun() && (eventNoun || isAwaited(index, token))) {
        notItsTime.addAll(wordsUnder(index, token));
      }
      // What another teller in the sentence reports.
      if (isReportingVerb.test(index.lemma(token))) {
        index.children(token, REPORTED).forEach(c -> notItsTime.addAll(index.subtree(c, Set.of())));
      }
    }
    Optional<EventDate> last = Optional.empty();
    for (Timex timex : index.text().timexes()) {
      if (timex.firstToken() >= anchor || index.token(timex.firstToken()).sentence() != sentence || !timex.isPointInTime()
          || notItsTime.contains(timex.firstToken()) || inOtherFrameThan(index, timex.firstToken(), anchor)) {
        continue;
      }
      // The day as its own clause tells it: "On Wednesday, Cohen will fly on" is next Wednesday,
      // whatever the tense of the act that follows.
      Optional<EventDate> date = resolve(index, timex, reference, Tense.UNKNOWN, quarters, mentioned).date();
      if (date.isPresent() && date.get().precision() == DatePrecision.DAY && date.get().start().equals(date.get().end())
          && !date.get().start().isAfter(reference)) {
        last = date;
      }
    }
    return last;
  }

  /**
   * Clauses whose time is not that of the sentence around them: what is told ("said Canberra
   * shared the concerns"), what happened before, after or since it ("summoned the ambassador
   * on Tuesday after coast guard ships blocked a vessel"), and what is set beside it or gives its
   * reason ("while Uganda agreed", "because rebels had attacked").
   */
  private static final Set<String> OTHER_FRAMES = Set.of("ccomp", "parataxis", "csubj", "advcl:after", "advcl:before", "advcl:since", "advcl:until",
      "advcl:till", "advcl:following", "advcl:while", "advcl:whereas", "advcl:although", "advcl:though", "advcl:because");

  /** Whether the anchor lies in a clause that {@link #OTHER_FRAMES} sets apart from the sentence. */
  private static boolean inOtherFrame(DependencyIndex index, int anchor) {
    return inOtherFrameThan(index, anchor, -1);
  }

  /**
   * Whether {@code token} lies in a clause that {@link #OTHER_FRAMES} sets apart, below the
   * nearest word it shares with {@code other}'s line of heads (the whole sentence when
   * {@code other} is -1): "After meeting Sisi on Monday, he flew home" does not date the flight.
   */
  private static boolean inOtherFrameThan(DependencyIndex index, int token, int other) {
    Set<Integer> heads = new java.util.HashSet<>();
    for (int t = other, steps = 0; t >= 0 && steps < 12; steps++) {
      heads.add(t);
      t = index.head(t).map(Dependency::governor).orElse(-1);
    }
    int current = token;
    for (int steps = 0; steps < 12 && !heads.contains(current); steps++) {
      Optional<Dependency> head = index.head(current);
      if (head.isEmpty() || head.get().governor() < 0) {
        return false;
      }
      if (OTHER_FRAMES.contains(head.get().relation())) {
        return true;
      }
      current = head.get().governor();
    }
    return false;
  }

  /**
   * "was rescued Nov. 25 while clinging to an inner tube": a participle without a subject after
   * "while" happens during its verb. With a subject, "while" often sets two facts side by side
   * ("while Kenya protested, Uganda agreed"), which say nothing of each other's time.
   */
  private static boolean isWhileDoing(DependencyIndex index, int anchor, Dependency parent) {
    return parent.relation().equals("advcl:while") && index.token(anchor).tag().equals("VBG")
        && index.children(anchor, Set.of("nsubj", "nsubj:pass")).isEmpty();
  }

  /**
   * An adverbial clause in the past opened by "when", on the infinitive of what was asked or
   * promised: "to drop the clause when the two leaders met in March" (not "is considered
   * responsible ... when the group held power": no infinitive asked for).
   */
  private static boolean isPastWhenClause(DependencyIndex index, int verb) {
    boolean onInfinitive = index.parents(verb).stream().anyMatch(d -> d.relation().startsWith("advcl") && d.governor() >= 0
        && index.children(d.governor()).stream().anyMatch(m -> m.relation().equals("mark") && index.token(m.dependent()).text().equalsIgnoreCase("to")));
    return index.token(verb).tag().equals("VBD") && onInfinitive
        && index.children(verb).stream().anyMatch(d -> (d.relation().equals("advmod") || d.relation().equals("mark"))
            && index.token(d.dependent()).text().equalsIgnoreCase("when"));
  }

  /** The verbs of saying that report this clause: its governor ("said [that] X"), or one set beside it ("X, the army said"). */
  private List<Integer> tellers(DependencyIndex index, int anchor) {
    List<Integer> tellers = new ArrayList<>();
    for (var parent : index.parents(anchor)) {
      if (REPORTED.contains(parent.relation()) && parent.governor() >= 0 && isReportingVerb.test(index.lemma(parent.governor()))) {
        tellers.add(parent.governor());
      }
    }
    for (int child : index.children(anchor, REPORTED)) {
      if (isReportingVerb.test(index.lemma(child)) && !isContentOf(index, anchor, child)) {
        tellers.add(child);
      }
    }
    return tellers;
  }

  /**
   * "The ministry said the rebels had attacked army posts on August 28": a verb of saying's
   * complement that runs on after it, unbroken by punctuation, is what it says (though "attack"
   * may report too), not a teller that dates the saying; "killed 33, the army said" is.
   */
  private static boolean isContentOf(DependencyIndex index, int anchor, int child) {
    if (child < anchor) {
      return false;
    }
    int start = index.subtree(child, Set.of()).stream().mapToInt(Integer::intValue).min().orElse(child);
    for (int token = anchor + 1; token < start; token++) {
      String tag = index.token(token).tag();
      if (tag.equals(",") || tag.equals(":")) {
        return false;
      }
    }
    return true;
  }

  public static EventDate publication(LocalDate reference) {
    return new EventDate(reference.toString(), reference, reference, DatePrecision.DAY, DateOrigin.PUBLICATION, Optional.empty());
  }

  private static int sentenceOf(DependencyIndex index, Timex timex) {
    return index.token(timex.firstToken()).sentence();
  }

  private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "cop");
  private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll", "would");
  private static final Set<String> PRESENT_MODALS = Set.of("can", "may", "might", "must", "should", "ought");
  /** Adjectives of when something takes effect or is paid: "effective Feb. 1", "payable Dec. 7". */
  private static final Set<String> TAKING_EFFECT = Set.of("effective", "payable");

  /** The clause above an infinitive is in the past tense: its verb, or an auxiliary or copula of the word it hangs on. */
  private static boolean underPastClause(DependencyIndex index, int infinitive) {
    if (hasPastAuxiliary(index, infinitive)) {
      // "It had been due to expire Friday" parsed with "expire" as the clause's head.
      return true;
    }
    int token = infinitive;
    for (int steps = 0; steps < 3; steps++) {
      var parent = index.head(token);
      if (parent.isEmpty() || parent.get().governor() < 0) {
        return false;
      }
      token = parent.get().governor();
      var governor = index.token(token);
      boolean pastAuxiliary = hasPastAuxiliary(index, token);
      if (governor.tag().equals("VBD") || pastAuxiliary) {
        return true;
      }
      if (governor.isVerb()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Verbs that put what they govern ahead of the time they were done: "planned a rally on
   * Saturday", "postponed the hearing until Tuesday", "scheduled a news conference Thursday".
   */
  private static final Set<String> PROSPECTIVE_VERBS = Set.of("plan", "schedule", "reschedule", "postpone", "delay", "defer", "slate", "expect");
  /** Of those, the ones that move a thing to the time named after "until", "to" or "for". */
  private static final Set<String> MOVING_VERBS = Set.of("reschedule", "postpone", "delay", "defer");

  private static boolean hasPastAuxiliary(DependencyIndex index, int token) {
    return index.children(token).stream().anyMatch(d -> AUXILIARIES.contains(d.relation()) && index.token(d.dependent()).tag().equals("VBD"));
  }

  /** Past or future from the verb that governs the expression. */
  private static Tense tenseAround(DependencyIndex index, Timex timex) {
    int token = timex.firstToken();
    String before = token > 0 && index.token(token - 1).sentence() == index.token(token).sentence()
        ? index.token(token - 1).text().toLowerCase(java.util.Locale.ROOT) : "";
    if (before.equals("since")) {
      // "on patrol since March", "has risen since Monday": a time counted up to now lies behind it.
      return Tense.PAST;
    }
    Tense clause = clauseTense(index, timex);
    if (clause != Tense.PAST && Set.of("until", "till", "through").contains(before)) {
      // "has extended loans through January", "will stay until March": a time something lasts up
      // to, told in no past, lies ahead.
      return Tense.FUTURE;
    }
    return clause;
  }

  /** The tense of the clause a time expression dates, or UNKNOWN when it does not say. */
  private static Tense clauseTense(DependencyIndex index, Timex timex) {
    int token = timex.firstToken();
    for (int steps = 0; steps < 4; steps++) {
      var parent = index.head(token);
      if (parent.isEmpty()) {
        break;
      }
      boolean outside = parent.get().governor() < timex.firstToken() || parent.get().governor() >= timex.endToken();
      if (outside && Set.of("nmod:poss", "compound").contains(parent.get().relation())) {
        // "get around Wednesday's ruling", "under a June agreement": the day dates the noun,
        // not the verb's clause.
        return Tense.UNKNOWN;
      }
      boolean fromGerund = index.token(token).tag().equals("VBG") && parent.get().relation().startsWith("acl");
      token = parent.get().governor();
      var t = index.token(token);
      if (fromGerund && !t.isVerb()) {
        // "with the third departing each Thursday from August 6": the gerund's noun (here an
        // adjective standing for one) takes its tense from the clause it sits in.
        continue;
      }
      if (t.tag().startsWith("JJ")) {
        // "payable Dec. 7", "effective June 1": the adjective, not the clause's verb, says when;
        // what takes effect or falls due is announced ahead of it (TimeBank: all six such dates
        // lie ahead of the publication date, Feb. 1 and June 1 told in October).
        return TAKING_EFFECT.contains(index.lemma(token).toLowerCase(java.util.Locale.ROOT)) ? Tense.FUTURE : Tense.UNKNOWN;
      }
      if (t.isVerb() || t.tag().equals("MD")) {
        List<Dependency> auxiliaries = index.children(token).stream().filter(d -> AUXILIARIES.contains(d.relation())).toList();
        // "will join in April", and "can take part in the summit in April": a modal of the present
        // before a bare verb looks ahead ("may have met" has its "have", and is not ahead).
        boolean perfect = auxiliaries.stream().anyMatch(d -> index.lemma(d.dependent()).equals("have"));
        boolean future = auxiliaries.stream().anyMatch(d -> d.relation().equals("aux")
            && (FUTURE_AUXILIARIES.contains(index.token(d.dependent()).text().toLowerCase())
                || !perfect && PRESENT_MODALS.contains(index.token(d.dependent()).text().toLowerCase())));
        // "is scheduled to close Monday", "is to resume trading Tuesday": an infinitive looks ahead.
        boolean infinitive = t.tag().equals("VB") && index.children(token).stream()
            .anyMatch(d -> d.relation().equals("mark") && index.token(d.dependent()).text().equalsIgnoreCase("to"));
        if (future) {
          return Tense.FUTURE;
        }
        if (infinitive) {
          // "staged celebrations to mark the entry into NATO on Friday", "had been due to expire
          // Friday": an infinitive under a past clause looks ahead from that past, not from now;
          // under a verb of planning ("were planning to march on Monday") it still looks ahead.
          boolean planned = index.head(token).map(d -> d.governor() >= 0 && looksAhead(index, d.governor(), timex)).orElse(false);
          return underPastClause(index, token) && !planned ? Tense.UNKNOWN : Tense.FUTURE;
        }
        if (t.tag().equals("VBG") && auxiliaries.isEmpty()) {
          // "is to resume trading in Paris Tuesday": a gerund has no tense; its clause's verb has.
          continue;
        }
        if ((t.tag().equals("VBD") || t.tag().equals("VBN")) && looksAhead(index, token, timex)) {
          return Tense.FUTURE;
        }
        if (t.tag().equals("VBN") && auxiliaries.stream().anyMatch(d -> Set.of("VBZ", "VBP").contains(index.token(d.dependent()).tag()))) {
          // "has scheduled a news conference Thursday", "when the case is heard in May": a present
          // perfect or present passive says nothing of past or future.
          return Tense.UNKNOWN;
        }
        if (t.tag().equals("VBD") || t.tag().equals("VBN")) {
          return Tense.PAST;
        }
        if (schedulesInPresent(index, token, auxiliaries)) {
          return Tense.FUTURE;
        }
        return Tense.UNKNOWN;
      }
    }
    return Tense.UNKNOWN;
  }

  /**
   * "Netanyahu and Arafat meet separately Monday", "the talks open in March": news tells what is
   * scheduled in the simple present, so a bare day or month on an active present verb lies ahead.
   * Not a verb of saying ("Castro says Monday" in a broadcast's present), nor "be" or "have",
   * nor a verb under a past clause ("said the talks resume Monday" keeps the past's reading).
   */
  private static boolean schedulesInPresent(DependencyIndex index, int verb, List<Dependency> auxiliaries) {
    String tag = index.token(verb).tag();
    // The tagger takes a present after a compound subject for a bare verb ("He and Arafat
    // meet/VB"); a bare verb with a subject and no auxiliary or "to" is that present.
    boolean presentWithSubject = tag.equals("VB") && index.children(verb).stream()
        .anyMatch(d -> d.relation().startsWith("nsubj")) && index.children(verb).stream().noneMatch(d -> d.relation().equals("mark"));
    if (!(tag.equals("VBZ") || tag.equals("VBP") || presentWithSubject) || !auxiliaries.isEmpty()) {
      return false;
    }
    String lemma = index.lemma(verb).toLowerCase(java.util.Locale.ROOT);
    return !SCHEDULING_NOTHING.contains(lemma)
        && !SAME_IN_THE_PAST.contains(index.token(verb).text().toLowerCase(java.util.Locale.ROOT))
        && !underPastClause(index, verb);
  }

  /** "be", "have" and verbs of saying in the present: they tell no schedule ("Castro says Monday"). */
  private static final Set<String> SCHEDULING_NOTHING = Set.of("be", "have", "say", "tell", "report", "announce", "claim", "insist", "add", "note", "warn");

  /**
   * Verbs whose past is spelled as their present: after a plural subject the tagger cannot tell
   * "farmers let no lorries through on Wednesday" from a present, and news mostly tells the past.
   */
  private static final Set<String> SAME_IN_THE_PAST = Set.of("let", "put", "set", "cut", "hit", "quit", "shut", "cast", "cost", "hurt",
      "spread", "bid", "burst", "thrust", "upset", "split", "shed", "read", "broadcast", "forecast", "beat", "bet", "rid", "offset", "reset",
      "outbid", "slit", "wed", "sublet");

  /**
   * A verb of planning that puts the time after it ahead: "planned a rally on Saturday", not "On
   * Friday, the government planned to pay" (the day of the planning), "a service planned for
   * Saturday was canceled" (a plan told as past) or "had been scheduled to expire Friday".
   */
  private static boolean looksAhead(DependencyIndex index, int verb, Timex timex) {
    if (!PROSPECTIVE_VERBS.contains(index.lemma(verb)) || timex.firstToken() < verb) {
      return false;
    }
    if (MOVING_VERBS.contains(index.lemma(verb))) {
      // "postponed the vote until Tuesday" moves it there; "delayed flights on Monday" was Monday.
      int before = timex.firstToken() - 1;
      if (before < 0 || !Set.of("until", "till", "to", "for").contains(index.token(before).text().toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    boolean modifiesNoun = index.head(verb).map(d -> d.relation().startsWith("acl") || d.relation().equals("amod")).orElse(false);
    boolean pastPerfect = index.children(verb).stream()
        .anyMatch(d -> d.relation().equals("aux") && index.token(d.dependent()).tag().equals("VBD") && index.lemma(d.dependent()).equals("have"));
    return !modifiesNoun && !pastPerfect;
  }
}
