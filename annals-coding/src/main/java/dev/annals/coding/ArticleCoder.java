package dev.annals.coding;

import dev.annals.coding.actors.ActorDictionary;
import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.actors.Country;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.cameo.EventCoder;
import dev.annals.coding.cameo.EventLexicon;
import dev.annals.coding.cameo.FollowedActs;
import dev.annals.coding.cameo.ImpliedTargets;
import dev.annals.coding.cameo.IntentMap;
import dev.annals.coding.cameo.ModalityLexicon;
import dev.annals.coding.cameo.StateTellers;
import dev.annals.coding.place.Gazetteer;
import dev.annals.coding.place.PlaceFinder;
import dev.annals.coding.place.ToponymResolver;
import dev.annals.coding.quotes.QuoteCues;
import dev.annals.coding.quotes.QuoteFinder;
import dev.annals.coding.time.EventDater;
import dev.annals.coding.time.PredicateDates;
import dev.annals.coding.time.TimeExpressionFinder;
import dev.annals.model.ActorKind;
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
import java.util.function.UnaryOperator;

/**
 * Codes one annotated article: actors, events with dates and places, quotes. The whole coding
 * stage as one pure function of its input and the loaded knowledge; safe to share between
 * threads.
 */
public final class ArticleCoder {
  /**
   * Set ANNALS_DEBUG=1 to see every coded mention, with the lexicon line behind it, on stderr, and
   * the mentions kept after the article-level rules; ANNALS_DEBUG=parse also prints each
   * sentence's tokens and repaired dependencies ({@link ParseDump}), ANNALS_DEBUG=rawparse the
   * parser's own, coding them unrepaired ({@link ParseRepairs#RAW}); ANNALS_DEBUG=passes also
   * prints the mentions after each article-level rule, to find the rule that changed one;
   * ANNALS_DEBUG=actors also prints the article's actor and place mentions, which decide the
   * countries of groups named without one; ANNALS_DEBUG=hand prints the parser's own graph in
   * the notation of the hand-built test texts ({@link ParseDump#handBuilt}).
   */
  private static final boolean DEBUG = System.getenv("ANNALS_DEBUG") != null;
  private static final boolean DEBUG_PASSES = "passes".equals(System.getenv("ANNALS_DEBUG"));
  private static final boolean DEBUG_ACTORS = "actors".equals(System.getenv("ANNALS_DEBUG"));
  private static final boolean DEBUG_HAND = "hand".equals(System.getenv("ANNALS_DEBUG"));
  private static final boolean DEBUG_PARSE = ("parse".equals(System.getenv("ANNALS_DEBUG")) || ParseRepairs.RAW) && !DEBUG_HAND;

  private final ActorDictionary dictionary;
  /** Kinds of organisations (actors/organisations.tsv) whose members are states, not their agencies of aid. */
  private static final Set<String> INTERGOVERNMENTAL_KINDS = Set.of("igo", "alliance", "bloc");
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
  private final MustDemands mustDemands;
  private final OutOfTheQuestionRefusals outOfTheQuestion;
  private final AntecedentTargets antecedentTargets;
  private final WelcomedGuests welcomedGuests;
  private final JudgedDeeds judgedDeeds;
  private final ApprovedConduct approvedConduct;
  private final AcceptedOffers acceptedOffers;
  private final RequestsConsidered requestsConsidered;
  private final AnnouncedActs announcedActs;
  private final RejectedProposals rejectedProposals;
  private final ThreatenedActs threatenedActs;
  private final UndertakenActs undertakenActs;
  private final DeclinedComments declinedComments;
  private final StatementsInCalls statementsInCalls;
  private final LawfulnessDefended lawfulnessDefended;
  private final InspectionsOfOthersWelcomed inspectionsOfOthersWelcomed;
  private final AccusationsOfOthersRejected accusationsOfOthersRejected;
  private final ForcesSentToSupport forcesSentToSupport;
  private final RegretShortOfApology regretShortOfApology;
  private final DemandsOfStatesForces demandsOfStatesForces;
  private final MeasuresKeptInPlace measuresKeptInPlace;
  private final RefusalsOfDemands refusalsOfDemands;
  private final NoticesWithheld noticesWithheld;
  private final SectorFittedCodes sectorFittedCodes;
  private final WorkersActedOn workersActedOn;
  private final CrewsOfSeizedVessels crewsOfSeizedVessels;
  private final ShipsOfGoods shipsOfGoods;
  private final TalksAbroad talksAbroad;
  private final ReleasedPeople releasedPeople;
  private final RallyingAppeals rallying;
  private final AnnouncedReprisals reprisals;
  private final FollowedActs followedActs;
  private final SwitchedRecognition switchedRecognition;
  private final PreparedAttacks preparedAttacks;
  private final GroupCountries groupCountries;
  private final DeniedDeeds deniedDeeds;
  private final StoppedCooperation stoppedCooperation;
  private final SanctionsKeptInPlace sanctionsKeptInPlace;
  private final ClosedCrossings closedCrossings;
  private final JointUndertakings jointUndertakings;
  private final IllegalGoods illegalGoods;
  private final DeniedAccusations deniedAccusations;
  private final ConventionalTargets conventionalTargets;
  private final OccasionDates occasionDates;
  private final IssuesRaisedWithBodies issuesRaisedWithBodies;
  private final ClaimsOfDeedsToldBefore claimsOfDeedsToldBefore;
  private final CallsOfAgreements callsOfAgreements;

  /** A noun that names an act of violence by itself: "attack", "killing", "strike" (cameo/nouns.tsv). */
  private boolean isViolenceNoun(String lemma) {
    return lexicon.nounPatterns(lemma).stream().anyMatch(p -> p.modifier().isEmpty() && CameoCodebook.isAttack(p.code()));
  }

  /**
   * The country of a place named: a country's own name first ("violations in Burma" is Myanmar, not
   * the Jordanian village the gazetteer lists first under that name), else the gazetteer's first place.
   */
  private static Optional<String> countryOfPlaceName(ActorDictionary dictionary, Gazetteer gazetteer, String name) {
    Optional<String> country = dictionary.match(name).filter(m -> m.how() == dev.annals.coding.actors.NameMatch.How.COUNTRY_NAME).flatMap(m -> m.actor().country());
    return country.or(() -> gazetteer.lookup(name).stream().findFirst().flatMap(Place::country));
  }

  public ArticleCoder(ActorDictionary dictionary, CameoCodebook codebook, EventLexicon lexicon, ModalityLexicon modality, Gazetteer gazetteer) {
    this.dictionary = dictionary;
    this.modality = modality;
    this.gazetteer = gazetteer;
    this.resolver = new ActorResolver(dictionary, lexicon::isSpeechVerb, name -> countryOfPlaceName(dictionary, gazetteer, name));
    this.judgedDeeds = new JudgedDeeds(lexicon, codebook);
    this.approvedConduct = new ApprovedConduct(codebook);
    this.acceptedOffers = new AcceptedOffers(codebook);
    this.requestsConsidered = new RequestsConsidered(codebook);
    this.antecedentTargets = new AntecedentTargets(resolver::stateActor, lemma -> !lexicon.nounPatterns(lemma).isEmpty(),
        lemma -> lexicon.nounPatterns(lemma).stream().filter(p -> p.modifier().isEmpty()).map(dev.annals.coding.cameo.NounPattern::code)
            .collect(java.util.stream.Collectors.toUnmodifiableSet()), resolver::modifierActor);
    this.codebook = codebook;
    this.lexicon = lexicon;
    this.targetless = new TargetlessEvents(lexicon);
    this.issuesRaisedWithBodies = new IssuesRaisedWithBodies(codebook, actor -> actor.sector().filter("JUD"::equals).isPresent()
        || dictionary.organisation(actor.code()).map(o -> o.kind().equals("court")).orElse(false));
    this.claimsOfDeedsToldBefore = new ClaimsOfDeedsToldBefore(codebook);
    this.callsOfAgreements = new CallsOfAgreements(codebook);
    this.occasionDates = new OccasionDates(noun -> lexicon.nounPatterns(noun).stream().filter(p -> p.modifier().isEmpty())
        .map(dev.annals.coding.cameo.NounPattern::code).collect(java.util.stream.Collectors.toSet()), lexicon::isSpeechVerb);
    this.eventCoder = new EventCoder(lexicon, modality, resolver);
    QuoteCues cues = QuoteCues.loadDefault();
    this.dater = new EventDater(lemma -> !lexicon.nounPatterns(lemma).isEmpty(), cues::isVerb,
        lemma -> modality.lookup(ModalityLexicon.Role.GOVERNOR, lemma).isPresent());
    this.placeFinder = new PlaceFinder(gazetteer, dictionary);
    this.toponyms = new ToponymResolver(gazetteer, dictionary.countries());
    this.quoteFinder = new QuoteFinder(lexicon, cues);
    IntentMap intents = IntentMap.load(codebook);
    this.mustDemands = new MustDemands(codebook, resolver.dictionary(), resolver::stateActor);
    this.outOfTheQuestion = new OutOfTheQuestionRefusals(codebook);
    this.announcedActs = new AnnouncedActs(intents, lexicon);
    this.rejectedProposals = RejectedProposals.load(codebook);
    this.threatenedActs = new ThreatenedActs(intents);
    this.undertakenActs = new UndertakenActs(intents);
    this.declinedComments = new DeclinedComments(codebook);
    this.statementsInCalls = new StatementsInCalls(codebook);
    this.lawfulnessDefended = new LawfulnessDefended(codebook);
    this.inspectionsOfOthersWelcomed = new InspectionsOfOthersWelcomed(codebook);
    this.accusationsOfOthersRejected = new AccusationsOfOthersRejected(codebook);
    this.forcesSentToSupport = new ForcesSentToSupport(codebook);
    this.regretShortOfApology = new RegretShortOfApology(codebook);
    this.demandsOfStatesForces = new DemandsOfStatesForces(resolver::stateActor);
    this.measuresKeptInPlace = new MeasuresKeptInPlace(codebook);
    this.refusalsOfDemands = new RefusalsOfDemands(codebook);
    this.noticesWithheld = new NoticesWithheld(codebook, resolver::stateActor);
    // An armed group CAMEO codes as a government ("AFGGOVTAL", the Taliban) arrests as a state does.
    this.welcomedGuests = new WelcomedGuests(codebook);
    this.deniedDeeds = new DeniedDeeds(codebook, resolver::stateActor);
    this.stoppedCooperation = new StoppedCooperation(codebook);
    this.sanctionsKeptInPlace = new SanctionsKeptInPlace(codebook);
    this.closedCrossings = new ClosedCrossings(resolver::stateActor);
    this.jointUndertakings = new JointUndertakings(codebook);
    this.illegalGoods = new IllegalGoods(resolver::stateActor);
    this.deniedAccusations = new DeniedAccusations(codebook);
    this.sectorFittedCodes = new SectorFittedCodes(codebook,
        code -> dictionary.organisation(code).map(o -> o.cameoCode().contains("GOV")).orElse(false));
    this.workersActedOn = new WorkersActedOn(resolver::stateActor);
    this.crewsOfSeizedVessels = new CrewsOfSeizedVessels(resolver::stateActor);
    this.shipsOfGoods = new ShipsOfGoods(codebook);
    this.talksAbroad = new TalksAbroad(placeFinder, resolver::stateActor);
    this.releasedPeople = new ReleasedPeople(codebook);
    this.rallying = new RallyingAppeals(codebook);
    this.reprisals = new AnnouncedReprisals(codebook);
    this.followedActs = new FollowedActs(lexicon, resolver, modality);
    this.switchedRecognition = new SwitchedRecognition(codebook);
    this.preparedAttacks = new PreparedAttacks(codebook);
    this.groupCountries = new GroupCountries(resolver::stateActor);
    this.conventionalTargets = new ConventionalTargets(placeFinder, ImpliedTargets.load(), groupCountries, resolver::stateActor);
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

  /** Verbs of sending people somewhere. */
  private static final Set<String> SENDING = Set.of("send", "deploy", "dispatch");

  /** Whether the mention is what a verb of sending sends: "would send 80 federal police officers". */
  private static boolean isSent(DependencyIndex index, ActorMention mention) {
    return index.lastTokenIn(mention.span()).filter(head -> index.parents(head).stream()
        .anyMatch(d -> d.relation().equals("obj") && d.governor() >= 0 && SENDING.contains(index.lemma(d.governor())))).isPresent();
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
    // The article's places, resolved together once: an event's place takes the same reading, and
    // so does a town that stands for its country.
    List<PlaceMention> places = toponyms.resolve(text);
    List<CodedMention> coded = eventCoder.code(index, actors, codebook, places);
    List<Quote> quotes = quoteFinder.find(index, actors);
    if (DEBUG_PARSE) {
      System.err.print(ParseDump.of(index));
    }
    if (DEBUG_HAND) {
      System.err.print(ParseDump.handBuilt(index));
    }
    if (DEBUG_ACTORS) {
      actors.all().forEach(a -> System.err.println("actor: " + a.span().of(text.text()) + " = " + a.actor().code() + " (" + a.actor().name() + ")"));
      places.forEach(p -> System.err.println("place: " + p.span().of(text.text()) + " = " + p.place().name() + " " + p.place().kind() + " " + p.place().country().orElse("-")));
    }
    if (DEBUG) {
      coded.forEach(m -> System.err.println("coded: " + traced(index, m) + " [" + m.pattern() + "]"));
      quotes.forEach(q -> System.err.println("quote: " + (q.direct() ? "direct " : "indirect ") + q.speaker().map(a -> a.actor().name() + " (" + a.surface() + ")").orElse("-")
          + " speaker=" + q.speakerSpan().map(s -> s.of(text.text())).orElse("-") + " cue=" + q.cue().map(c -> c.of(text.text())).orElse("-") + " | " + q.text()));
    }
    boolean petrarch = lexicon.hasPetrarchVerbs();
    // As the lexicon read them, before the passes turn announced acts into threats and drop them.
    List<CodedMention> read = coded;
    for (ArticlePass pass : passes(index, actors, petrarch)) {
      coded = pass.rule().apply(coded);
      if (DEBUG_PASSES) {
        for (CodedMention m : coded) {
          System.err.println("pass " + pass.name() + ": " + traced(index, m));
        }
      }
    }
    // A user's PETRARCH dictionaries code as PETRARCH does: groups of no country ("---GOV" for
    // "a senior official") are kept as they are.
    Optional<String> home = petrarch ? Optional.empty() : GroupCountries.homeCountry(actors.all());
    // Worked out once: the filter keeps a targetless event for it, and the mention is aimed with it.
    Map<CodedMention, Optional<dev.annals.model.Actor>> implied = new IdentityHashMap<>();
    List<String> countries = GroupCountries.countriesByMentions(actors.all());
    // A scene in a country no actor of the story belongs to is a misread place ("the Una river", India's Una).
    Optional<String> scene = petrarch || text.sentences().isEmpty() ? Optional.empty()
        : GroupCountries.sceneOfLead(text.sentences().get(0).span(), places, text.text()).filter(countries::contains);
    if (!petrarch) {
      coded.stream().filter(m -> m.target().isEmpty())
          .forEach(m -> implied.put(m, conventionalTargets.of(index, m, home, places).or(() -> MissionHosts.hostOf(index, m, scene, resolver::stateActor))));
    }
    List<CodedMention> beforeTargetless = coded;
    coded = coded.stream().filter(m -> !TargetlessEvents.isPurposeOfAimedProtest(index, m, beforeTargetless, p -> implied.getOrDefault(p, Optional.empty()).isPresent()))
        .filter(m -> m.target().isPresent() || targetless.standsAlone(index, m, read)
        || (!petrarch && (implied.get(m).isPresent() || DomesticPledges.isPledge(index, actors, m)))).toList();
    // A statement goes only for an act that stays: "China's embassy said it opposed any attempt
    // …" keeps its statement when the opposing, aimed at no one, has gone.
    coded = SubsumedStatements.drop(index, coded);
    if (petrarch) {
      coded = TargetlessBesideTargeted.drop(coded);
    }
    if (DEBUG) {
      coded.forEach(m -> System.err.println("kept: " + traced(index, m)));
    }
    List<EventMention> mentions = new ArrayList<>();
    List<OccasionDates.Dated> dated = new ArrayList<>();
    EventDater.ArticleClock clock = dater.clock(index, referenceDate);
    List<CodedMention> all = coded;
    Map<dev.annals.model.Actor, dev.annals.model.Actor> apart = petrarch ? Map.of() : GroupCountries.apartFromTheirTargets(coded, home, countries, resolver::stateActor);
    StateTellers tellers = StateTellers.of(index, actors, lexicon, resolver);
    GroupPlacements placements = new GroupPlacements(actors.all());
    Optional<String> leading = GroupCountries.leadingCountry(actors.all());
    Set<String> contenders = GroupCountries.homeContenders(actors.all());
    Optional<ActorMention> police = petrarch ? Optional.empty() : GroupCountries.namedPolice(actors.all(), mention -> isSent(index, mention));
    Optional<ActorMention> criminals = petrarch ? Optional.empty() : GroupCountries.namedCriminals(actors.all());
    Optional<ActorMention> military = petrarch ? Optional.empty() : GroupCountries.namedMilitary(actors.all());
    for (CodedMention m : coded) {
      // Only a group of no country asks who tells the event.
      boolean placesAGroup = !petrarch && (GroupCountries.isUnplacedGroup(m.source().actor()) || m.target().map(t -> GroupCountries.isUnplacedGroup(t.actor())).orElse(false));
      Optional<String> toldBy = placesAGroup ? tellers.tellerOf(m.trigger()).flatMap(t -> t.actor().country()).or(() -> stateOfUnplacedTeller(m, all)) : Optional.empty();
      Optional<String> topic = placesAGroup ? stateOfSentenceBefore(m, all).filter(contenders::contains) : Optional.empty();
      boolean purposeOfAnother = ConventionalTargets.isPurposeOfAnother(index, m, all);
      // Rebels who put something to a government in their sentence are its own (and are remembered so).
      CodedMention addressing = petrarch ? m : GroupCountries.countryOfGovernmentAddressed(m.source(), all, countriesPlacedIn(index, m.sentence(), places))
          .or(() -> GroupCountries.countryOfChamberLeft(index, actors, m.source(), all))
          .map(country -> m.withSource(new ActorMention(m.source().span(), m.source().surface(), resolver.stateActor(country, m.source().actor().sector())))).orElse(m);
      // A source placed so has the target convention works out from its own country, not the article's home.
      Optional<dev.annals.model.Actor> impliedTarget = purposeOfAnother ? Optional.empty()
          : addressing != m && m.target().isEmpty() ? conventionalTargets.of(index, addressing, home, places) : implied.getOrDefault(m, Optional.empty());
      EventMention located = toMention(index, addressing, referenceDate, clock, quotes, places, new GroupCountries.Cues(toldBy, home, scene, police, military, criminals, leading, placements, countries, topic), apart, impliedTarget);
      EventMention built = petrarch ? located : OwnGovernments.aimed(located, resolver::stateActor);
      EventMention mention = occasionDates.date(index, m, built, dated).map(built::withDate).orElse(built);
      dated.add(new OccasionDates.Dated(m, mention));
      placements.remember(m.source(), mention.source());
      m.target().ifPresent(t -> mention.target().ifPresent(placed -> placements.remember(t, placed)));
      // "the army" of no country that neither place nor article could place names no one.
      boolean unplaced = !petrarch && (GroupCountries.isUnplacedStateSector(mention.source()) || mention.target().map(GroupCountries::isUnplacedStateSector).orElse(false));
      // "Gnassingbe received envoys" with envoys of no country placed in his own: a group the
      // article had to place that lands on the source itself is a misreading. (A target named
      // as the source's own may be real: the president against the ruling party, both GOV.)
      boolean placedOnItself = m.target().map(t -> t.actor().country().isEmpty()).orElse(false)
          && mention.target().map(t -> t.actor().code().equals(mention.source().actor().code())).orElse(false);
      // "were greeted by relatives at the airport": so is a source of no country placed on the
      // very people it acts on.
      boolean sourcePlacedOnTarget = m.source().actor().country().isEmpty()
          && mention.target().map(t -> t.actor().code().equals(mention.source().actor().code())).orElse(false);
      if (placedOnItself && DEBUG) {
        System.err.println("placed on itself: s" + m.sentence() + " " + index.token(m.trigger()).text() + " " + mention.source().actor().code() + " " + m.type().code());
      }
      // "Indian student groups called on universities to improve security" in a story set in
      // Melbourne: the universities of no country are where the story happens, when that is
      // another country than the source's. Only for people of no state body: a state's own
      // troops or envoys placed on it are misread ("visited troops in Gallabat").
      Optional<EventMention> ofTheScene = placedOnItself && !Sides.ofState(mention.source().actor()) ? inTheScene(mention, scene) : Optional.empty();
      if (ofTheScene.isPresent()) {
        mentions.add(ofTheScene.get());
      } else if (!unplaced && !placedOnItself && !sourcePlacedOnTarget) {
        mentions.add(mention);
      } else if (DEBUG) {
        System.err.println("unplaced: s" + m.sentence() + " " + index.token(m.trigger()).text() + " " + mention.source().actor().code() + " -> "
            + mention.target().map(t -> t.actor().code()).orElse("-") + " " + m.type().code());
      }
    }
    List<Event> events = SameHappenings.merge(petrarch ? mentions : ActsDatedByTheirAnswers.dated(mentions));
    List<ResolvedTime> times = dater.resolveAll(index, clock);
    return new CodedArticle(text.article(), referenceDate, referenceOrigin, actors.all(), events, quotes, times, places);
  }

  /** A coded mention as the ANNALS_DEBUG traces print it: "s1 condemned GOV -> KAZ 111 ASSERTED". */
  private static String traced(DependencyIndex index, CodedMention m) {
    return "s" + m.sentence() + " " + index.token(m.trigger()).text() + " " + m.source().actor().code() + " -> "
        + m.target().map(t -> t.actor().code()).orElse("-") + " " + m.type().code() + " " + m.modality() + (m.negated() ? " NEGATED" : "");
  }

  /** One article-level rule over the coded mentions, named for the trace of ANNALS_DEBUG=passes. */
  private record ArticlePass(String name, UnaryOperator<List<CodedMention>> rule) {}

  /** The article-level rules in the order they run: each reads the mentions as the ones before left them. */
  private List<ArticlePass> passes(DependencyIndex index, ArticleActors actors, boolean petrarch) {
    List<ArticlePass> passes = new ArrayList<>();
    passes.add(new ArticlePass("accords-by-speakers", coded -> AccordsBySpeakers.attribute(index, coded)));
    if (!petrarch) {
      // Readings by Annals' own CAMEO knowledge of what a verb's line means; a user's verb
      // patterns decide codes themselves.
      passes.add(new ArticlePass("spoken-stances", coded -> SpokenStances.assert_(index, coded, dictionary::hasMember)));
      passes.add(new ArticlePass("declined-comments", coded -> declinedComments.read(index, coded)));
      passes.add(new ArticlePass("lawfulness-defended", coded -> lawfulnessDefended.read(index, actors, coded)));
      passes.add(new ArticlePass("notices-withheld", coded -> noticesWithheld.read(index, actors, coded)));
      passes.add(new ArticlePass("statements-to-the-press", StatementsToThePress::untarget));
      passes.add(new ArticlePass("statements-in-calls", coded -> statementsInCalls.read(index, coded)));
      passes.add(new ArticlePass("means-of-response", coded -> MeansOfResponse.drop(index, coded)));
      passes.add(new ArticlePass("purpose-of-summons", coded -> PurposeOfSummons.drop(index, coded)));
      passes.add(new ArticlePass("deeds-apologised-for", coded -> DeedsApologisedFor.drop(index, coded)));
      passes.add(new ArticlePass("meetings-of-the-same-talks", coded -> MeetingsOfTheSameTalks.drop(index, coded)));
      passes.add(new ArticlePass("alleged-acts", coded -> AllegedActs.drop(index, coded)));
      passes.add(new ArticlePass("standing-relations", coded -> StandingRelations.drop(index, coded)));
    }
    if (!petrarch) {
      passes.add(new ArticlePass("must-demands", coded -> mustDemands.read(index, actors, coded)));
      passes.add(new ArticlePass("out-of-the-question", coded -> outOfTheQuestion.read(index, actors, coded)));
      passes.add(new ArticlePass("content-targets", coded -> ContentTargets.aim(index, actors, resolver::modifierActor, coded)));
      passes.add(new ArticlePass("shared-addressees", coded -> SharedAddressees.aim(index, coded, this::isViolenceNoun)));
      passes.add(new ArticlePass("issues-raised-with-bodies", coded -> issuesRaisedWithBodies.read(index, coded)));
      passes.add(new ArticlePass("joined-deeds-of-one-kind", coded -> JoinedDeedsOfOneKind.aim(index, coded)));
      passes.add(new ArticlePass("counterpart-targets", coded -> CounterpartTargets.aim(index, actors, coded)));
      passes.add(new ArticlePass("meetings-of-both-sides", coded -> MeetingsOfBothSides.aim(index, actors, coded)));
      passes.add(new ArticlePass("purposes-of-contact", coded -> PurposesOfContact.aim(index, coded)));
      passes.add(new ArticlePass("joined-replies", coded -> JoinedReplies.aim(index, coded)));
      passes.add(new ArticlePass("good-offices", coded -> GoodOffices.aim(index, actors, coded)));
      passes.add(new ArticlePass("accepted-offers", coded -> acceptedOffers.add(index, actors, coded)));
      passes.add(new ArticlePass("requests-considered", coded -> requestsConsidered.read(index, coded)));
      passes.add(new ArticlePass("aid-recipients", coded -> AidRecipients.aim(index, actors, word -> resolver.modifierActor(word, actors.when()), coded)));
      passes.add(new ArticlePass("states-complain", coded -> sectorFittedCodes.statesComplain(index, coded)));
      // Before the antecedent targets: a release is asked of the court's state.
      passes.add(new ArticlePass("courts-of-holders", coded -> GroupCountries.courtsOfHolders(coded, resolver::stateActor)));
      // Before the antecedent targets: "condemned the attack" is aimed at who claimed it.
      passes.add(new ArticlePass("permissions-given", coded -> PermissionsGiven.aim(index, actors, word -> resolver.modifierActor(word, actors.when()), coded)));
      passes.add(new ArticlePass("aid-asked-of-the-giver", coded -> AidAskedOfTheGiver.aim(index, actors, coded)));
      passes.add(new ArticlePass("requests-turned-down", coded -> RequestsTurnedDown.aim(index, coded)));
      passes.add(new ArticlePass("access-asked-of-the-holder", coded -> AccessAskedOfTheHolder.aim(index, actors, coded)));
      passes.add(new ArticlePass("strikes-at-owned-workplaces", coded -> StrikesAtOwnedWorkplaces.aim(index, actors, coded)));
      passes.add(new ArticlePass("calls-of-agreements", coded -> callsOfAgreements.add(index, coded)));
      passes.add(new ArticlePass("claims-of-deeds-told-before", coded -> claimsOfDeedsToldBefore.read(index, coded)));
      passes.add(new ArticlePass("claimed-deeds", coded -> ClaimedDeeds.attribute(index, coded)));
      passes.add(new ArticlePass("judged-deeds", coded -> judgedDeeds.read(index, actors, coded)));
      passes.add(new ArticlePass("approved-conduct", coded -> approvedConduct.read(index, actors, coded)));
      passes.add(new ArticlePass("denied-accusations", coded -> deniedAccusations.read(index, coded)));
      passes.add(new ArticlePass("antecedent-targets", coded -> antecedentTargets.resolve(index, actors, coded)));
      passes.add(new ArticlePass("inspections-of-others-welcomed", inspectionsOfOthersWelcomed::read));
      passes.add(new ArticlePass("accusations-of-others-rejected", coded -> accusationsOfOthersRejected.read(index, coded)));
      passes.add(new ArticlePass("demands-of-states-forces", demandsOfStatesForces::aim));
      passes.add(new ArticlePass("protests-at-their-demands", coded -> SharedAddressees.aimProtests(index, coded)));
      passes.add(new ArticlePass("late-addressees", coded -> SharedAddressees.aimLate(index, coded, noun -> !lexicon.nounPatterns(noun).isEmpty())));
      passes.add(new ArticlePass("deportees-named-again", DeporteesNamedAgain::aim));
      passes.add(new ArticlePass("appeals-to-those-just-consulted", AppealsToThoseJustConsulted::aim));
      // (After appeals are aimed at those just consulted: a measure said to stay refuses the side
      // that asked for its easing in talks, whom only that pass names.)
      passes.add(new ArticlePass("measures-kept-in-place", coded -> measuresKeptInPlace.read(index, actors, coded)));
      passes.add(new ArticlePass("answers-to-those-just-consulting", coded -> AnswersToThoseJustConsulting.aim(index, coded)));
      passes.add(new ArticlePass("talks-abroad", coded -> talksAbroad.aim(index, coded)));
      passes.add(new ArticlePass("closed-crossings", coded -> closedCrossings.aim(index, actors, coded)));
      passes.add(new ArticlePass("illegal-goods", coded -> illegalGoods.aim(index, actors, coded)));
      passes.add(new ArticlePass("announced-reprisals", coded -> reprisals.read(index, coded)));
      passes.add(new ArticlePass("rejected-proposals", coded -> rejectedProposals.read(index, coded)));
      // After the antecedent targets: the demand refused must know of whom it was made.
      passes.add(new ArticlePass("refusals-of-demands", coded -> refusalsOfDemands.read(index, coded)));
      // After the appeals and offers before have found their addressees.
      passes.add(new ArticlePass("proposals-told-again", coded -> ProposalsToldAgain.drop(index, coded)));
      passes.add(new ArticlePass("announced-acts", coded -> announcedActs.read(index, coded)));
      passes.add(new ArticlePass("undertaken-acts", coded -> undertakenActs.read(index, coded)));
      passes.add(new ArticlePass("threatened-acts", coded -> threatenedActs.refine(index, coded)));
      passes.add(new ArticlePass("rallying-appeals", coded -> rallying.add(index, coded)));
      passes.add(new ArticlePass("prepared-attacks", coded -> preparedAttacks.read(index, coded)));
      passes.add(new ArticlePass("followed-acts", coded -> followedActs.add(index, actors, coded)));
      passes.add(new ArticlePass("switched-recognition", coded -> switchedRecognition.add(index, actors, coded)));
      passes.add(new ArticlePass("released-people", coded -> releasedPeople.read(index, actors, coded)));
      passes.add(new ArticlePass("mediated-outcomes", coded -> MediatedOutcomes.aim(index, actors, coded)));
      passes.add(new ArticlePass("sector-fitted-codes", coded -> sectorFittedCodes.fit(index, coded)));
      passes.add(new ArticlePass("welcomed-guests", coded -> welcomedGuests.asHosting(index, coded)));
      passes.add(new ArticlePass("hosted-visitors", coded -> HostedVisitors.read(index, coded)));
      passes.add(new ArticlePass("repressed-crowds", RepressedCrowds::read));
      passes.add(new ArticlePass("workers-acted-on", workersActedOn::asCivilians));
      passes.add(new ArticlePass("crews-of-seized-vessels", coded -> crewsOfSeizedVessels.place(index, coded)));
      passes.add(new ArticlePass("seizures-in-raids", coded -> SeizuresInRaids.read(index, coded)));
      passes.add(new ArticlePass("lawsuits-before-courts", coded -> LawsuitsBeforeCourts.aim(index, coded, resolver::stateActor)));
      passes.add(new ArticlePass("ships-of-goods", coded -> shipsOfGoods.read(index, actors, coded)));
      passes.add(new ArticlePass("people-counted-by-nationality", coded -> PeopleCountedByNationality.drop(index, coded)));
      passes.add(new ArticlePass("attack-outcomes", coded -> AttackOutcomes.drop(index, coded)));
      passes.add(new ArticlePass("force-sent-to-help", coded -> ForceSentToHelp.drop(index, coded)));
      passes.add(new ArticlePass("forces-sent-to-support", coded -> forcesSentToSupport.read(index, coded)));
      passes.add(new ArticlePass("regret-short-of-apology", coded -> regretShortOfApology.read(index, coded)));
      passes.add(new ArticlePass("protest-outcomes", coded -> ProtestOutcomes.drop(index, coded)));
      passes.add(new ArticlePass("escorts-of-the-seized", coded -> EscortsOfTheSeized.drop(index, coded)));
      passes.add(new ArticlePass("flights-of-the-released", coded -> FlightsOfTheReleased.drop(index, coded)));
      passes.add(new ArticlePass("homecomings", coded -> Homecomings.drop(index, coded)));
      passes.add(new ArticlePass("detentions-ended-by-release", coded -> DetentionsEndedByRelease.drop(index, coded)));
      passes.add(new ArticlePass("denied-deeds", coded -> deniedDeeds.read(index, coded)));
      passes.add(new ArticlePass("stopped-cooperation", coded -> stoppedCooperation.read(index, coded)));
      passes.add(new ArticlePass("sanctions-kept-in-place", coded -> sanctionsKeptInPlace.read(index, coded)));
      passes.add(new ArticlePass("conditions-of-lifting", coded -> ConditionsOfLifting.drop(index, coded)));
      passes.add(new ArticlePass("joint-undertakings", coded -> jointUndertakings.read(index, coded)));
    }
    passes.add(new ArticlePass("acts-only-asked-for", coded -> ActsOnlyAskedFor.drop(index, coded)));
    passes.add(new ArticlePass("characterisations", coded -> Characterisations.drop(index, coded)));
    passes.add(new ArticlePass("background-of-people", coded -> BackgroundOfPeople.drop(index, coded)));
    return passes;
  }

  /** Words for an office of government that speaks for it, not a person or people ("diplomats said"). */
  private static final Set<String> GOVERNMENT_OFFICES = Set.of("office", "ministry", "presidency", "government", "department", "cabinet", "secretariat", "palace");

  /**
   * "Myanmar's military government summoned the Indian ambassador …, state media reported": state
   * media of no country named are those of the one state whose government or armed forces act in
   * the sentence they tell, in a story that names another state more.
   */
  private static Optional<String> stateOfUnplacedTeller(CodedMention m, List<CodedMention> coded) {
    var source = m.source();
    boolean stateMedia = source.actor().sector().filter("MED"::equals).isPresent() && source.actor().country().isEmpty()
        && source.surface().toLowerCase(java.util.Locale.ROOT).contains("state");
    // "Ukraine imposed sanctions on 14 Chinese companies, the presidential office said": an
    // office of government of no country named tells the deeds of its own state, named itself
    // or by its government. (Not of its armed forces: "Russia launched drones, the air force
    // said" is told by the other side.)
    String lastWord = source.surface().substring(source.surface().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    boolean governmentOffice = source.actor().sector().filter("GOV"::equals).isPresent() && source.actor().country().isEmpty()
        && GOVERNMENT_OFFICES.contains(lastWord);
    if (!stateMedia && !governmentOffice) {
      return Optional.empty();
    }
    Set<String> actingSectors = stateMedia ? Set.of("GOV", "MIL") : Set.of("GOV");
    List<String> states = coded.stream().filter(c -> c != m && c.sentence() == m.sentence())
        .map(c -> c.source().actor()).filter(a -> a.country().isPresent() && a.kind() != ActorKind.ORGANISATION
            && (a.sector().filter(actingSectors::contains).isPresent() || !stateMedia && a.sector().isEmpty() && a.kind() == ActorKind.STATE))
        .map(a -> a.country().get()).distinct().toList();
    return states.size() == 1 ? Optional.of(states.get(0)) : Optional.empty();
  }

  /**
   * Dates for any predicate of the article, read as its coded events' dates are (see {@link
   * PredicateDates}); {@code annals eval dates} measures them against TimeML.
   */
  public PredicateDates predicateDates(AnnotatedText analysed, LocalDate referenceDate) {
    DependencyIndex index = new DependencyIndex(withAnnalsTimes(analysed));
    return new PredicateDates(dater, index, dater.clock(index, referenceDate));
  }

  /**
   * The country of the state that does the first act of the sentence before: the state the story
   * has just turned to ("Malawi's health minister thanked Dublin").
   */
  private static Optional<String> stateOfSentenceBefore(CodedMention m, List<CodedMention> coded) {
    // (Not a state's post abroad: "The embassy said the request would be studied" turns the story
    // to no politics of the embassy's own country.)
    return coded.stream().filter(e -> e.sentence() == m.sentence() - 1).filter(e -> !GroupCountries.isMission(e.source())).map(e -> e.source().actor()).findFirst()
        .filter(ActorResolver::isStateOrBranch)
        .flatMap(dev.annals.model.Actor::country);
  }

  /** The countries of the places a sentence names. */
  private static Set<String> countriesPlacedIn(DependencyIndex index, int sentence, List<PlaceMention> places) {
    Span span = index.text().sentences().get(sentence).span();
    return places.stream().filter(p -> span.contains(p.span())).flatMap(p -> p.place().country().stream()).collect(java.util.stream.Collectors.toSet());
  }

  /**
   * Whether a word of the mention, not the first, is written with a capital: a place ("armed
   * groups in the town of Ghadames") or a name ("the 3R rebel group") that tells more of whose the
   * group is than the side that blames it does.
   */
  private static boolean namesAPlaceOrName(DependencyIndex index, ActorMention mention) {
    return index.text().tokens().stream().anyMatch(t -> mention.span().contains(t.span()) && t.span().start() > mention.span().start()
        && t.text().chars().anyMatch(Character::isUpperCase));
  }

  /** "the other democratic forces in Serbia": where a group of no country its own phrase puts it. */
  private Optional<Place> placeOfGroup(DependencyIndex index, ActorMention mention, List<PlaceMention> places) {
    return GroupCountries.isUnplacedGroup(mention.actor()) ? placeFinder.placeOfPhrase(index, mention.span(), places) : Optional.empty();
  }

  /** The mention with its target group placed in the scene's country, if that is not the source's. */
  private Optional<EventMention> inTheScene(EventMention m, Optional<String> scene) {
    return scene.filter(country -> !m.source().actor().country().equals(Optional.of(country)))
        .flatMap(country -> m.target().map(t -> m.withTarget(new ActorMention(t.span(), t.surface(), resolver.stateActor(country, t.actor().sector())))));
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
      GroupCountries.Cues cues, Map<dev.annals.model.Actor, dev.annals.model.Actor> apart, Optional<dev.annals.model.Actor> impliedTarget) {
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
    // Deeds of force (roots 14 to 20) happen where what they are done to stands.
    boolean deed = Integer.parseInt(m.type().rootCode()) >= 14;
    Optional<Place> place = deed ? placeFinder.placeOfDeed(index, m.anchors(), places) : placeFinder.placeOf(index, m.anchors(), places);
    Optional<Integer> quote = Optional.empty();
    for (int i = 0; i < quotes.size(); i++) {
      if (quotes.get(i).direct() && quotes.get(i).content().contains(trigger)) {
        quote = Optional.of(i);
      }
    }
    boolean petrarch = lexicon.hasPetrarchVerbs();
    ActorMention source = petrarch ? m.source()
        : apart.containsKey(m.source().actor()) ? new ActorMention(m.source().span(), m.source().surface(), apart.get(m.source().actor()))
        : groupCountries.locate(m.source(), placeOfGroup(index, m.source(), places).or(() -> place), cues);
    ActorMention located = petrarch ? source : groupCountries.placeCrowdAwayFromMission(m.source(), source, m.target(), cues);
    // (A body of states, not an NGO nor an armed group: "The UN peacekeeping mission called on the government".)
    boolean intergovernmental = located.actor().kind() == dev.annals.model.ActorKind.ORGANISATION
        && dictionary.organisation(located.actor().code()).map(o -> INTERGOVERNMENTAL_KINDS.contains(o.kind())).orElse(false);
    GroupCountries.Cues targetCues = cues.forTargetOf(located.actor(), m.type().code(), intergovernmental);
    Optional<ActorMention> target = petrarch ? m.target()
        : m.target().map(t -> groupCountries.placeLocals(t, placeOfGroup(index, t, places).or(() -> place), cues, located.actor()))
            .map(t -> groupCountries.placeAsBefore(t, cues).or(() -> groupCountries.criminalsNamedBefore(t, cues))
                .orElseGet(() -> groupCountries.placeBesideSource(t, located.actor(), m.type().code())))
            .map(t -> namesAPlaceOrName(index, t) ? t : groupCountries.placeArmedGroupBlamedByState(t, placeOfGroup(index, t, places).or(() -> place), located.actor(), m.type().code(), cues))
            .map(t -> groupCountries.locateTarget(t, placeOfGroup(index, t, places).or(() -> place), targetCues, m.type().code()))
            .map(t -> groupCountries.placeApartFromMediator(m.target().get(), t, located.actor(), m.type().code(), targetCues))
            .map(t -> groupCountries.placeOppositionBesideState(t, located.actor()))
            .map(t -> groupCountries.placeStateAcrossFromSource(t, located.actor(), m.type().code(), targetCues))
            .map(t -> groupCountries.placeStateBesidePeople(t, located.actor()));
    if (!petrarch && target.isEmpty()) {
      // "Thousands demonstrated in Kirkuk": aimed at Iraq's government (cameo/implied-targets.tsv).
      // A group of no country placed only now ("Traders in the Ivorian town of Danane ...
      // marched", placed in Ivory Coast by its own words) protests at home, in the country it was
      // placed in, not the article's home the implied target was first worked out with.
      boolean placedNow = m.source().actor().country().isEmpty() && located.actor().country().isPresent() && place.isEmpty();
      target = impliedTarget.map(implied -> placedNow && implied.country().isPresent() && !implied.country().equals(located.actor().country())
              && implied.kind() == located.actor().kind() ? resolver.stateActor(located.actor().country().get(), implied.sector()) : implied)
          .map(implied -> new ActorMention(trigger, trigger.of(text), implied));
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
        located,
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

}
