package dev.annals.coding;

import dev.annals.coding.actors.ActorDictionary;
import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.actors.Country;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.cameo.EventCoder;
import dev.annals.coding.cameo.EventLexicon;
import dev.annals.coding.cameo.ImpliedTargets;
import dev.annals.coding.cameo.IntentMap;
import dev.annals.coding.cameo.ModalityLexicon;
import dev.annals.coding.place.Gazetteer;
import dev.annals.coding.place.PlaceFinder;
import dev.annals.coding.place.ToponymResolver;
import dev.annals.coding.quotes.QuoteCues;
import dev.annals.coding.quotes.QuoteFinder;
import dev.annals.coding.time.EventDater;
import dev.annals.coding.time.PredicateDates;
import dev.annals.coding.time.TimeExpressionFinder;
import dev.annals.model.ActorMention;
import dev.annals.model.AnnotatedText;
import dev.annals.model.CodedArticle;
import dev.annals.model.DateOrigin;
import dev.annals.model.Event;
import dev.annals.model.EventDate;
import dev.annals.model.EventMention;
import dev.annals.model.Place;
import dev.annals.model.PlaceMention;
import dev.annals.model.PlaceKind;
import dev.annals.model.Quote;
import dev.annals.model.ResolvedTime;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes one annotated article: actors, events with dates and places, quotes. The whole coding
 * stage as one pure function of its input and the loaded knowledge; safe to share between
 * threads.
 */
public final class ArticleCoder {
  /**
   * Set ANNALS_DEBUG=1 to see every coded mention, with the lexicon line behind it, on stderr, and
   * the mentions kept after the article-level rules; ANNALS_DEBUG=parse also prints each
   * sentence's tokens and repaired dependencies ({@link ParseDump}).
   */
  private static final boolean DEBUG = System.getenv("ANNALS_DEBUG") != null;
  private static final boolean DEBUG_PARSE = "parse".equals(System.getenv("ANNALS_DEBUG"));

  private final ActorDictionary dictionary;
  private final ModalityLexicon modality;
  private final Gazetteer gazetteer;
  private final ActorResolver resolver;
  private final CameoCodebook codebook;
  private final EventLexicon lexicon;
  private final TargetlessEvents targetless;
  private final EventCoder eventCoder;
  private final EventDater dater;
  private final TimeExpressionFinder timeFinder = new TimeExpressionFinder();
  private final PlaceFinder placeFinder;
  private final ToponymResolver toponyms;
  private final QuoteFinder quoteFinder;
  private final IntentMap intents;
  private final ThreatenedActs threatenedActs;
  private final ImpliedTargets impliedTargets;
  private final AntecedentTargets antecedentTargets;
  private final OccasionDates occasionDates = new OccasionDates();

  public ArticleCoder(ActorDictionary dictionary, CameoCodebook codebook, EventLexicon lexicon, ModalityLexicon modality, Gazetteer gazetteer) {
    this.dictionary = dictionary;
    this.modality = modality;
    this.gazetteer = gazetteer;
    this.resolver = new ActorResolver(dictionary, lexicon::isSpeechVerb, name -> gazetteer.lookup(name).stream().findFirst().flatMap(Place::country));
    this.antecedentTargets = new AntecedentTargets(resolver::stateActor);
    this.codebook = codebook;
    this.lexicon = lexicon;
    this.targetless = new TargetlessEvents(lexicon);
    this.eventCoder = new EventCoder(lexicon, modality, resolver);
    QuoteCues cues = QuoteCues.loadDefault();
    this.dater = new EventDater(lemma -> !lexicon.nounPatterns(lemma).isEmpty(), cues::isVerb,
        lemma -> modality.lookup(ModalityLexicon.Role.GOVERNOR, lemma).isPresent());
    this.placeFinder = new PlaceFinder(gazetteer, dictionary);
    this.toponyms = new ToponymResolver(gazetteer, dictionary.countries());
    this.quoteFinder = new QuoteFinder(lexicon, cues);
    this.intents = IntentMap.load(codebook);
    this.threatenedActs = new ThreatenedActs(intents);
    this.impliedTargets = ImpliedTargets.load();
  }

  /** Loads every knowledge file shipped with Annals. Takes a second or two; keep the result. */
  public static ArticleCoder loadDefault() {
    ActorDictionary dictionary = ActorDictionary.load();
    CameoCodebook codebook = CameoCodebook.load();
    EventLexicon lexicon = EventLexicon.load(codebook);
    Map<String, String> iso2ToIso3 = new HashMap<>();
    List<Place> countries = new ArrayList<>();
    for (Country country : dictionary.countries()) {
      iso2ToIso3.put(country.iso2(), country.iso3());
      countries.add(new Place(country.name(), Optional.of(country.iso3()), country.latitude(), country.longitude(), PlaceKind.COUNTRY, 0));
    }
    return new ArticleCoder(dictionary, codebook, lexicon, ModalityLexicon.load(), Gazetteer.load(iso2ToIso3, countries));
  }

  /**
   * This coder with a user's PETRARCH-format dictionaries on top of Annals' own: their actor names
   * and agent words take precedence, and the verbs they define are coded by their patterns alone.
   */
  public ArticleCoder withPetrarch(dev.annals.coding.petrarch.PetrarchDictionaries user) {
    return new ArticleCoder(dictionary.withPetrarch(user.actors(), user.agents()), codebook, lexicon.withPetrarchVerbs(user.verbs()), modality, gazetteer);
  }

  public CameoCodebook codebook() {
    return codebook;
  }

  public EventLexicon lexicon() {
    return lexicon;
  }

  public CodedArticle code(AnnotatedText analysed, LocalDate referenceDate, String referenceOrigin) {
    AnnotatedText text = withAnnalsTimes(analysed);
    DependencyIndex index = new DependencyIndex(text);
    ArticleActors actors = resolver.resolve(index, referenceDate);
    List<CodedMention> coded = eventCoder.code(index, actors, codebook);
    List<Quote> quotes = quoteFinder.find(index, actors);
    // The article's places, resolved together once: an event's place takes the same reading.
    List<PlaceMention> places = toponyms.resolve(text);
    if (DEBUG_PARSE) {
      System.err.print(ParseDump.of(index));
    }
    if (DEBUG) {
      coded.forEach(m -> System.err.println("coded: s" + m.sentence() + " " + index.token(m.trigger()).text() + " " + m.source().actor().code() + " -> "
          + m.target().map(t -> t.actor().code()).orElse("-") + " " + m.type().code() + " " + m.modality() + " [" + m.pattern() + "]"));
      quotes.forEach(q -> System.err.println("quote: " + (q.direct() ? "direct " : "indirect ") + q.speaker().map(a -> a.actor().name() + " (" + a.surface() + ")").orElse("-")
          + " speaker=" + q.speakerSpan().map(s -> s.of(text.text())).orElse("-") + " cue=" + q.cue().map(c -> c.of(text.text())).orElse("-") + " | " + q.text()));
    }
    coded = attributeAccordToSpeaker(index, coded);
    coded = dropStatementsWhoseContentIsCoded(index, coded);
    if (!lexicon.hasPetrarchVerbs()) {
      // Readings by Annals' own CAMEO knowledge; a user's verb patterns decide codes themselves.
      coded = demandsOfMust(index, actors, coded);
      coded = refusalsOutOfTheQuestion(index, actors, coded);
      coded = targetsFromContent(index, coded);
      coded = antecedentTargets.resolve(index, actors, coded);
      coded = announcedActs(index, coded);
      coded = threatenedActs.refine(index, coded);
      coded = rallying(index, coded);
      coded = preparedAttacks(index, coded);
    }
    coded = dropWhatWasOnlyAskedFor(index, coded);
    // A user's PETRARCH dictionaries code as PETRARCH does: groups of no country ("---GOV" for
    // "a senior official") are kept as they are.
    boolean petrarch = lexicon.hasPetrarchVerbs();
    Optional<String> home = petrarch ? Optional.empty() : homeCountry(actors.all());
    // Worked out once: the filter keeps a targetless event for it, and the mention is aimed with it.
    Map<CodedMention, Optional<dev.annals.model.Actor>> implied = new IdentityHashMap<>();
    if (!petrarch) {
      coded.stream().filter(m -> m.target().isEmpty()).forEach(m -> implied.put(m, impliedTarget(index, m, home, places)));
    }
    coded = coded.stream().filter(m -> m.target().isPresent() || targetless.standsAlone(index, m)
        || (!petrarch && (implied.get(m).isPresent() || isIntentForOwnCountry(index, actors, m)))).toList();
    if (petrarch) {
      coded = dropTargetlessBesideTargeted(coded);
    }
    if (DEBUG) {
      coded.forEach(m -> System.err.println("kept: s" + m.sentence() + " " + index.token(m.trigger()).text() + " " + m.source().actor().code() + " -> "
          + m.target().map(t -> t.actor().code()).orElse("-") + " " + m.type().code() + " " + m.modality()));
    }
    List<EventMention> mentions = new ArrayList<>();
    List<OccasionDates.Dated> dated = new ArrayList<>();
    EventDater.ArticleClock clock = dater.clock(index, referenceDate);
    List<CodedMention> all = coded;
    for (CodedMention m : coded) {
      // "blocked border crossings to protest against imports": the protest is the blockade's
      // purpose, one happening with it, and implies no target of its own.
      boolean purposeOfAnother = all.stream().anyMatch(other -> other != m && other.sentence() == m.sentence()
          && other.source().actor().equals(m.source().actor()) && inComplementOf(index, other.trigger(), m.trigger(), PURPOSE_CLAUSES));
      Optional<dev.annals.model.Actor> impliedTarget = purposeOfAnother ? Optional.empty() : implied.getOrDefault(m, Optional.empty());
      EventMention built = toMention(index, m, referenceDate, clock, quotes, places, home, impliedTarget);
      EventMention mention = occasionDates.date(index, m, built, dated).map(date -> withDate(built, date)).orElse(built);
      dated.add(new OccasionDates.Dated(m, mention));
      // "the army" of no country that neither place nor article could place names no one.
      boolean unplaced = !petrarch && (isUnplacedStateSector(mention.source()) || mention.target().map(ArticleCoder::isUnplacedStateSector).orElse(false));
      if (!unplaced) {
        mentions.add(mention);
      }
    }
    List<Event> events = merge(mentions);
    List<ResolvedTime> times = dater.resolveAll(index, clock);
    return new CodedArticle(text.article(), referenceDate, referenceOrigin, actors.all(), events, quotes, times, places);
  }

  /**
   * Dates for any predicate of the article, read as its coded events' dates are (see {@link
   * PredicateDates}); {@code annals eval dates} measures them against TimeML.
   */
  public PredicateDates predicateDates(AnnotatedText analysed, LocalDate referenceDate) {
    DependencyIndex index = new DependencyIndex(withAnnalsTimes(analysed));
    return new PredicateDates(dater, index, dater.clock(index, referenceDate));
  }

  private static EventMention withDate(EventMention m, dev.annals.model.EventDate date) {
    return new EventMention(m.articleId(), m.sentence(), m.sentenceText(), m.evidence(), m.trigger(), m.triggerText(), m.source(), m.target(), m.type(),
        date, m.modality(), m.negated(), m.place(), m.quote(), m.confidence());
  }

  /** Time expressions are Annals' own (see {@link TimeExpressionFinder}), whatever the analyser found. */
  private AnnotatedText withAnnalsTimes(AnnotatedText text) {
    List<dev.annals.model.Timex> times = new ArrayList<>();
    for (var sentence : text.sentences()) {
      times.addAll(timeFinder.find(text.tokens(), sentence, text.text()));
    }
    return new AnnotatedText(text.article(), text.tokens(), text.sentences(), text.entities(), times);
  }

  private EventMention toMention(DependencyIndex index, CodedMention m, LocalDate reference, EventDater.ArticleClock clock, List<Quote> quotes, List<PlaceMention> places,
      Optional<String> home, Optional<dev.annals.model.Actor> impliedTarget) {
    String text = index.text().text();
    var sentence = index.text().sentences().get(m.sentence());
    Span trigger = index.token(m.trigger()).span();
    Span evidence = trigger;
    for (ActorMention actor : m.target().map(t -> List.of(m.source(), t)).orElse(List.of(m.source()))) {
      if (sentence.span().contains(actor.span())) {
        evidence = evidence.union(actor.span());
      }
    }
    EventDate date = dater.date(index, clock, m.anchors(), m.tense());
    Optional<Place> place = placeFinder.placeOf(index, m.anchors(), places);
    Optional<Integer> quote = Optional.empty();
    for (int i = 0; i < quotes.size(); i++) {
      if (quotes.get(i).direct() && quotes.get(i).content().contains(trigger)) {
        quote = Optional.of(i);
      }
    }
    boolean petrarch = lexicon.hasPetrarchVerbs();
    ActorMention source = petrarch ? m.source() : locateGroup(m.source(), place, home);
    Optional<ActorMention> target = petrarch ? m.target() : m.target().map(t -> locateGroup(t, place, home));
    if (!petrarch && target.isEmpty()) {
      // "Thousands demonstrated in Kirkuk": aimed at Iraq's government (cameo/implied-targets.tsv).
      target = impliedTarget.map(implied -> new ActorMention(trigger, trigger.of(text), implied));
    }
    double confidence = 0.5 + (m.target().isPresent() ? 0.2 : 0) + (date.origin() == DateOrigin.TIME_EXPRESSION ? 0.1 : 0)
        + (sentence.span().contains(m.source().span()) ? 0.1 : -0.1);
    return new EventMention(
        text.isEmpty() ? "" : index.text().article().id(),
        m.sentence(),
        index.text().textOf(sentence),
        evidence,
        trigger,
        trigger.of(text),
        source,
        target,
        m.type(),
        date,
        aheadIsIntended(m, date, reference),
        m.negated(),
        place,
        quote,
        Math.max(0, Math.min(1, confidence)));
  }

  /**
   * "Wadephul travels on to Tashkent on Tuesday", told on Monday: what the text asserts for a day
   * still to come is planned, not done. A verb in the past tense keeps its mood.
   */
  private static dev.annals.model.Modality aheadIsIntended(CodedMention m, EventDate date, LocalDate reference) {
    boolean ahead = date.origin() == DateOrigin.TIME_EXPRESSION && date.start().isAfter(reference);
    return m.modality() == dev.annals.model.Modality.ASSERTED && ahead && m.tense() != dev.annals.coding.time.Tense.PAST
        ? dev.annals.model.Modality.INTENDED : m.modality();
  }

  /**
   * "Kostunica promised to democratize Serbia": an intent whose content names the source's own
   * country is a domestic pledge, not a parse that missed its target, so it is kept without one
   * (a promise to one's own country is no relation between two actors).
   */
  private static boolean isIntentForOwnCountry(DependencyIndex index, ArticleActors actors, CodedMention m) {
    Optional<String> country = m.source().actor().country();
    if (!m.type().rootCode().equals("03") || country.isEmpty()) {
      return false;
    }
    for (var d : index.children(m.trigger())) {
      if (!CLAUSAL_COMPLEMENTS.contains(d.relation())) {
        continue;
      }
      for (int token : index.subtree(d.dependent(), Set.of("nsubj:xsubj", "nsubj"))) {
        boolean ownCountry = actors.at(token).stream().anyMatch(a -> a.actor().kind() == dev.annals.model.ActorKind.STATE
            && a.actor().sector().isEmpty() && a.actor().country().equals(country));
        if (ownCountry) {
          return true;
        }
      }
    }
    return false;
  }

  /** The target an event that names none is aimed at by convention (cameo/implied-targets.tsv), if any. */
  private Optional<dev.annals.model.Actor> impliedTarget(DependencyIndex index, CodedMention m, Optional<String> home, List<PlaceMention> places) {
    // "suspended aid deliveries in Baghdad": the place may be told on the act's object.
    List<Integer> objects = m.anchors().stream().flatMap(a -> index.children(a, Set.of("obj")).stream()).toList();
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
    Optional<Place> place = placeFinder.placeOf(index, m.anchors(), places).or(() -> placeFinder.placeOf(index, objects, places))
        .or(() -> placeFinder.placeOf(index, threatened, places));
    var source = locateGroup(m.source(), place, home).actor();
    return impliedTargets.of(m.type().code(), source, place.flatMap(Place::country))
        .map(implied -> resolver.stateActor(implied.country(), implied.sector()));
  }

  /**
   * "Thousands of protesters rallied in Tbilisi": a group named without a country belongs to the
   * country where the event happened, as GDELT codes it.
   */
  private ActorMention locateGroup(ActorMention mention, Optional<Place> place, Optional<String> home) {
    var actor = mention.actor();
    if (actor.kind() != dev.annals.model.ActorKind.GROUP || actor.country().isPresent()) {
      return mention;
    }
    Optional<String> iso3 = place.flatMap(Place::country).or(() -> home);
    if (iso3.isEmpty()) {
      return mention;
    }
    return new ActorMention(mention.span(), mention.surface(), resolver.stateActor(iso3.get(), actor.sector()));
  }

  private static boolean isUnplacedStateSector(ActorMention mention) {
    var actor = mention.actor();
    return actor.kind() == dev.annals.model.ActorKind.GROUP && actor.country().isEmpty()
        && ActorResolver.STATE_SECTORS.contains(actor.sector().orElse(""));
  }

  /**
   * The country an article is about, when one clearly dominates: at least half of its mentions
   * of states (in a one-sentence report, the one country it names). Groups it names without a country ("the unions", "protesters") belong there.
   */
  static Optional<String> homeCountry(List<ActorMention> mentions) {
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    for (ActorMention mention : mentions) {
      if (mention.actor().country().isPresent()) {
        counts.merge(mention.actor().country().get(), 1, Integer::sum);
        total++;
      }
    }
    int all = total;
    return counts.entrySet().stream()
        .filter(e -> e.getValue() * 2 >= all && all >= 1)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }

  /**
   * "Lavrov said Russia's and China's views coincide": a speaker who reports an accord between
   * their own country and another expresses it themselves, so the speaker is the source.
   */
  private List<CodedMention> attributeAccordToSpeaker(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      CodedMention changed = m;
      if (!m.speech() && (m.type().code().startsWith("01") || m.type().code().startsWith("05"))) {
        for (CodedMention speech : coded) {
          if (speech.speech() && speech.sentence() == m.sentence() && inComplementOf(index, speech.trigger(), m.trigger(), REPORTED_CLAUSE)) {
            ActorMention speaker = speech.source();
            boolean ownCountry = speaker.actor().country().isPresent()
                && m.source().actor().code().equals(speaker.actor().country().get());
            if (ownCountry) {
              changed = m.withSource(speaker);
            }
          }
        }
      }
      if (!result.contains(changed)) {
        result.add(changed);
      }
    }
    return result;
  }

  /**
   * "The rebels said they will release the hostages", "Palestinian leaders said they would
   * boycott all contact with the US": an act that its actor only announces is coded as the
   * announcement, an intent (03) or a threat (13) (cameo/intents.tsv); an act announced with an
   * "unless" condition is an ultimatum. A plain future told by the reporter ("Modi will visit
   * Tokyo next month") stays the act, with intended modality.
   */
  private List<CodedMention> announcedActs(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      CodedMention changed = m;
      // The clause of the act: its verb, or the light verb of a nominal act ("will provide aid"),
      // or a verb the tagger called a noun ("they would blockade Paris").
      Optional<Integer> clause = m.anchors().stream().filter(a -> index.token(a).isVerb() || (index.isVerbTaggedNoun(a) && !targetIsCoSubject(index, a, m))).findFirst();
      if (clause.isEmpty()) {
        result.add(m);
        continue;
      }
      int verb = clause.get();
      // "has tried to hack", "attempted to assassinate": an attempt was made, nothing announced.
      boolean attempt = index.parents(verb).stream()
          .anyMatch(d -> d.relation().equals("xcomp") && d.governor() >= 0 && ATTEMPT_VERBS.contains(index.token(d.governor()).lemma().toLowerCase(java.util.Locale.ROOT)));
      if (attempt) {
        result.add(m);
        continue;
      }
      if (m.modality() == dev.annals.model.Modality.INTENDED && !m.speech() && m.negated() && isAnnounced(index, verb)) {
        // "Syria says it will not accept more refugees": refusing is rejecting.
        Optional<dev.annals.model.EventType> refusal = intents.refusalOf(m.type().code());
        if (refusal.isPresent()) {
          // The refusal is the saying's, which its teller reports.
          changed = new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), m.target(), refusal.get(), dev.annals.model.Modality.REPORTED,
              false, false, m.tense(), m.pattern());
        }
      } else if (m.modality() == dev.annals.model.Modality.INTENDED && !m.speech() && !m.negated()) {
        boolean conditional = index.children(verb).stream().anyMatch(d -> d.relation().equals("advcl:unless"));
        boolean announcedBySaying = isAnnounced(index, verb);
        Optional<dev.annals.model.EventType> announced = conditional ? Optional.of(intents.conditionalThreat())
            : announcedBySaying ? intents.intentOf(m.type().code()) : Optional.empty();
        if (announced.isPresent()) {
          // The intent or threat is the saying's, which its teller reports; what is intended is in
          // the code. A threat told by a verb of threatening ("warned that it would resume
          // attacks") is that warning itself, which happened.
          boolean warning = announced.get().rootCode().equals("13") && announcedByThreat(index, verb);
          dev.annals.model.Modality mood = warning ? dev.annals.model.Modality.ASSERTED
              : announcedBySaying ? dev.annals.model.Modality.REPORTED : m.modality();
          changed = new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), m.target(), announced.get(),
              mood, m.negated(), m.speech(), m.tense(), m.pattern());
        }
      }
      result.add(changed);
    }
    return result;
  }

  /** Verbs of getting ready for an act. */
  private static final Set<String> PREPARING_VERBS = Set.of("prepare", "ready");
  /** Demonstrate military or police power. */
  private static final String SHOW_OF_FORCE = "150";

  /**
   * "The army prepared to resume shelling the valley", "troops prepared for an assault on the
   * town": an attack that an actor only gets ready for has not happened; the getting ready is a
   * show of force (CAMEO 15), aimed where the attack would be.
   */
  private List<CodedMention> preparedAttacks(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream()
        .map(m -> CameoCodebook.isAttack(m.type().rootCode()) && isPreparedFor(index, m.trigger()) ? m.withType(codebook.require(SHOW_OF_FORCE, "prepared-attacks")) : m)
        .toList();
  }

  private static boolean isPreparedFor(DependencyIndex index, int act) {
    int current = act;
    for (int steps = 0; steps < 3; steps++) {
      Optional<dev.annals.model.Dependency> parent = index.parents(current).stream()
          .filter(d -> d.relation().equals("xcomp") || d.relation().equals("dep") || d.relation().equals("obl:for")).findFirst();
      if (parent.isEmpty() || parent.get().governor() < 0) {
        return false;
      }
      current = parent.get().governor();
      if (PREPARING_VERBS.contains(index.lemma(current))) {
        return true;
      }
    }
    return false;
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

  /**
   * True when the verb stands in what a verb of saying reports: "said [it will withdraw]", or
   * "[Finland will give Tanzania a grant], a statement said".
   */
  /** The clause is what a verb of threatening governs: "warned that it would resume attacks". */
  private boolean announcedByThreat(DependencyIndex index, int verb) {
    return index.parents(verb).stream().anyMatch(d -> d.relation().equals("ccomp") && d.governor() >= 0
        && lexicon.verbPatterns(index.lemma(d.governor())).stream().anyMatch(p -> p.code().startsWith("13")));
  }

  private boolean isAnnounced(DependencyIndex index, int verb) {
    int current = verb;
    for (int steps = 0; steps < 3; steps++) {
      Optional<dev.annals.model.Dependency> parent = index.parents(current).stream()
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

  /**
   * "Russia said Sudan must return the helicopter": saying that another actor must act is a
   * demand on that actor (CAMEO 10), not a plain statement.
   */
  private List<CodedMention> demandsOfMust(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      CodedMention changed = m;
      if (m.speech() && m.target().isEmpty()) {
        for (var complement : index.children(m.trigger(), Set.of("ccomp"))) {
          boolean must = index.children(complement).stream()
              .anyMatch(d -> d.relation().equals("aux") && index.token(d.dependent()).lemma().equalsIgnoreCase("must"));
          if (!must) {
            continue;
          }
          // "“Europe must be able to defend itself,” Macron said": a call on a group the speaker's
          // country belongs to is said of one's own side, no demand of another.
          Optional<String> speakerCountry = m.source().actor().country();
          Optional<ActorMention> addressee = index.children(complement, Set.of("nsubj")).stream()
              .flatMap(t -> actors.at(t).stream())
              .filter(a -> !a.actor().equals(m.source().actor()))
              .filter(a -> speakerCountry.isEmpty() || !resolver.dictionary().hasMember(a.actor().code(), speakerCountry.get()))
              .findFirst();
          if (addressee.isPresent()) {
            changed = new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), addressee, codebook.require(DEMAND, "must-demands"),
                m.modality(), m.negated(), false, m.tense(), m.pattern());
            break;
          }
        }
      }
      result.add(changed);
    }
    return result;
  }

  private static final String DEMAND = "100";
  private static final String REJECTION = "120";

  /**
   * "US officials said that lifting the sanctions on Burma is out of the question": saying that
   * a thing is out of the question is refusing it (CAMEO 12), aimed at whom the thing concerns,
   * the actors named in the subject of "out of the question".
   */
  private List<CodedMention> refusalsOutOfTheQuestion(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      CodedMention changed = m;
      if (m.speech() && m.target().isEmpty()) {
        for (int complement : index.children(m.trigger(), Set.of("ccomp"))) {
          boolean outOfQuestion = index.lemma(complement).equals("question")
              && index.children(complement, Set.of("case")).stream().anyMatch(c -> index.lemma(c).equals("out"))
              && !index.children(complement, Set.of("cop")).isEmpty();
          if (!outOfQuestion) {
            continue;
          }
          Optional<ActorMention> concerned = index.children(complement, Set.of("nsubj", "csubj")).stream()
              .flatMap(s -> index.subtree(s, Set.of()).stream())
              .flatMap(t -> actors.at(t).stream())
              .filter(a -> !a.actor().equals(m.source().actor()))
              .findFirst();
          if (concerned.isPresent()) {
            changed = new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), concerned, codebook.require(REJECTION, "out-of-the-question"),
                m.modality(), m.negated(), false, m.tense(), m.pattern());
            break;
          }
        }
      }
      result.add(changed);
    }
    return result;
  }
  private static final Set<String> ATTEMPT_VERBS = Set.of("try", "attempt");

  /** Roots whose events are about an act of their own source: intents, rejections, threats, protests. */
  private static final Set<String> CONTENT_ROOTS = Set.of("03", "12", "13", "14");
  /** What a protest is held for: "staged a hunger strike [to demand the president's resignation]". */
  private static final Set<String> PURPOSE_CLAUSES = Set.of("xcomp", "advcl", "advcl:to", "ccomp");

  /**
   * "Azerbaijan threatened to break relations with Russia", "Britain promised to continue aid to
   * Mozambique": a threat or promise that names no target of its own is aimed at whom the act it
   * announces is aimed at (the source's own act, in its complement clause).
   */
  private List<CodedMention> targetsFromContent(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      // A warning is a verb of saying and a threat: "warned that it would respond to X" aims at X.
      // "offered to mediate between Pakistan and Afghanistan": the offer is made to both.
      List<ActorMention> targets = new ArrayList<>();
      if (m.target().isEmpty() && (!m.speech() || m.type().rootCode().equals("13")) && CONTENT_ROOTS.contains(m.type().rootCode())) {
        for (CodedMention content : coded) {
          boolean protestPurpose = m.type().rootCode().equals("14") && content.type().rootCode().equals("10")
              && m.anchors().stream().anyMatch(anchor -> inComplementOf(index, anchor, content.trigger(), PURPOSE_CLAUSES));
          if (content != m && content.sentence() == m.sentence() && content.target().isPresent()
              && content.source().actor().equals(m.source().actor())
              && (protestPurpose || inComplementOf(index, m.trigger(), content.trigger(), CLAUSAL_COMPLEMENTS))
              && (targets.isEmpty() || content.trigger() == targetsFrom(coded, m, targets))
              && targets.stream().noneMatch(t -> t.actor().equals(content.target().get().actor()))) {
            targets.add(content.target().get());
          }
        }
      }
      if (targets.isEmpty()) {
        result.add(m);
      } else {
        targets.forEach(target -> result.add(m.withTarget(target)));
      }
    }
    return result;
  }

  /** The trigger of the content act the first target was taken from: further targets come from that act alone. */
  private static int targetsFrom(List<CodedMention> coded, CodedMention m, List<ActorMention> targets) {
    return coded.stream().filter(c -> c != m && c.sentence() == m.sentence() && c.target().isPresent() && c.target().get().equals(targets.get(0)))
        .mapToInt(CodedMention::trigger).findFirst().orElse(-1);
  }

  /** What an appeal asks its addressee to do: "urged [the EC to support]", "called on Arabs [to mobilize]". */
  private static final Set<String> APPEAL_CONTENT = Set.of("xcomp", "ccomp", "advcl:to");

  /**
   * "The Arab League urged the EC to support the PLO", "a newspaper called on Arabs to mobilize
   * against Sharon": an appeal to others to back or to oppose a third party is, as CAMEO reads
   * it, the appealer rallying support for that party (053) or opposition against it (113). The
   * appeal to the addressee is kept beside it.
   */
  private List<CodedMention> rallying(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>(coded);
    for (CodedMention appeal : coded) {
      String root = appeal.type().rootCode();
      if (!(root.equals("02") || root.equals("10")) || appeal.target().isEmpty()) {
        continue;
      }
      var addressee = appeal.target().get().actor();
      for (CodedMention content : coded) {
        if (content == appeal || content.sentence() != appeal.sentence() || content.target().isEmpty() || !content.source().actor().equals(addressee)) {
          continue;
        }
        var third = content.target().get().actor();
        String code = content.type().rootCode().equals("05") ? "053" : content.type().code().equals("113") ? "113" : null;
        // By code: "IAEA chief Grossi urged Tehran to resume cooperation with the agency" rallies no one.
        boolean party = third.code().equals(addressee.code()) || third.code().equals(appeal.source().actor().code())
            // "urged the two countries to resolve the dispute": both are asked; neither is rallied against the other.
            || coded.stream().anyMatch(other -> other.trigger() == appeal.trigger() && other.target().map(t -> t.actor().code().equals(third.code())).orElse(false));
        if (code == null || party || !inComplementOf(index, appeal.trigger(), content.trigger(), APPEAL_CONTENT)) {
          continue;
        }
        result.add(new CodedMention(appeal.sentence(), appeal.trigger(), appeal.anchors(), appeal.source(), content.target(), codebook.require(code, "rallying"),
            appeal.modality(), appeal.negated(), false, appeal.tense(), appeal.pattern()));
      }
    }
    return result;
  }

  /**
   * "Guterres urged the army to allow aid workers access" is one event, the appeal: the access
   * was asked for, not granted. A threat's condition ("if South Korea attacked") is no event
   * either, nor is "Pyongyang would respond": a statement not yet made.
   */
  private List<CodedMention> dropWhatWasOnlyAskedFor(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean askedFor = m.modality() == dev.annals.model.Modality.HYPOTHETICAL && coded.stream().anyMatch(appeal ->
          appeal != m && appeal.sentence() == m.sentence()
              && (appeal.type().rootCode().equals("02") || appeal.type().rootCode().equals("10") || appeal.type().rootCode().equals("13"))
              && inComplementOf(index, appeal.trigger(), m.trigger(), CLAUSAL_COMPLEMENTS));
      // "agreed to boost trade" is the agreement (031); the boost is its content. So is the act
      // a threat announces ("warned that it would respond").
      boolean promisedContent = m.modality() == dev.annals.model.Modality.INTENDED && coded.stream().anyMatch(intent ->
          intent != m && intent.sentence() == m.sentence() && (intent.type().rootCode().equals("03") || intent.type().rootCode().equals("13"))
              && intent.source().actor().equals(m.source().actor()) && inComplementOf(index, intent.trigger(), m.trigger(), CLAUSAL_COMPLEMENTS));
      boolean unmadeStatement = m.speech() && m.target().isEmpty() && m.modality() != dev.annals.model.Modality.ASSERTED
          && m.modality() != dev.annals.model.Modality.REPORTED;
      if (!askedFor && !promisedContent && !unmadeStatement) {
        kept.add(m);
      }
    }
    return kept;
  }


  /** A bare "X said" adds nothing when what X said is itself coded with X as its source. */
  private List<CodedMention> dropStatementsWhoseContentIsCoded(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      // "Commenting on the talks, Lavrov said X": both verbs of saying are one statement.
      List<CodedMention> sameStatement = coded.stream()
          .filter(s -> s.speech() && s.sentence() == m.sentence() && s.source().actor().equals(m.source().actor()))
          .toList();
      boolean subsumed = m.speech() && m.target().isEmpty() && coded.stream().anyMatch(other ->
          !other.speech() && other.sentence() == m.sentence() && other.source().actor().equals(m.source().actor())
              && sameStatement.stream().anyMatch(s -> inComplementOf(index, s.trigger(), other.trigger(), REPORTED_CLAUSE)));
      if (!subsumed) {
        kept.add(m);
      }
    }
    return kept;
  }

  /**
   * With PETRARCH dictionaries, a sentence that yields an event with a target does not also yield
   * its targetless ones: "X restored ties with Y, a senior official said" is X→Y, and "Ethiopia
   * indicated it would act with Libya" is the act, not the indication.
   */
  private static List<CodedMention> dropTargetlessBesideTargeted(List<CodedMention> coded) {
    // An event with neither a target nor a source of known country ("a senior official said")
    // says nothing either.
    return coded.stream()
        .filter(m -> m.target().isPresent() || coded.stream().noneMatch(o -> o.sentence() == m.sentence() && o.target().isPresent()))
        .filter(m -> m.target().isPresent() || m.source().actor().country().isPresent())
        .toList();
  }

  /** What a verb of saying reports: "Lavrov said [views coincide]". */
  private static final Set<String> REPORTED_CLAUSE = Set.of("ccomp");
  /** What an appeal asks for or an intent promises: "urged [Iran to resume]", "agreed [to boost trade]". */
  private static final Set<String> CLAUSAL_COMPLEMENTS = Set.of("ccomp", "xcomp");

  /** True when {@code dependent} lies in a complement of {@code verb} joined by one of {@code relations}. */
  private static boolean inComplementOf(DependencyIndex index, int verb, int dependent, Set<String> relations) {
    for (var d : index.children(verb)) {
      if (relations.contains(d.relation()) && index.subtree(d.dependent(), Set.of()).contains(dependent)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One happening told in several sentences is one event: same source, target, root code and
   * negation, and dates that agree (a date taken from the publication date agrees with any).
   */
  static List<Event> merge(List<EventMention> mentions) {
    List<List<EventMention>> groups = new ArrayList<>();
    for (EventMention mention : mentions) {
      List<EventMention> home = null;
      for (List<EventMention> group : groups) {
        if (group.stream().allMatch(other -> sameHappening(mention, other))) {
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
      Optional<Place> place = group.stream().map(EventMention::place).flatMap(Optional::stream).findFirst();
      events.add(new Event(best.source().actor(), best.target().map(ActorMention::actor), best.type(), best.date(), best.modality(), best.negated(), place, group));
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
    return sameRoot && (x.endsWith("0") || y.endsWith("0") || x.length() == 2 || y.length() == 2);
  }

  private static int rank(EventMention m) {
    int rank = m.date().origin() == DateOrigin.TIME_EXPRESSION ? 10 : 0;
    rank += m.type().code().length();
    return rank;
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
