package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Who a pair phrase refers to: "the two leaders", "both countries". */
final class PairPhrases {
  private static final Set<String> PAIR_DETERMINERS = Set.of("two", "both");
  /** Nouns for states that are so to each other, a pair with "the" alone: "the neighbours". */
  private static final Set<String> RECIPROCAL_NOUNS = Set.of("neighbour", "neighbor");
  private static final Set<String> PERSON_GROUP_NOUNS = Set.of("leader", "president", "head", "minister", "counterpart", "premier", "chief", "official");

  private final DependencyIndex index;
  private final NounPhrases phrases;
  private final MentionHistory history;
  private final StateActors stateActors;

  PairPhrases(DependencyIndex index, NounPhrases phrases, MentionHistory history, StateActors states) {
    this.index = index;
    this.phrases = phrases;
    this.history = history;
    this.stateActors = states;
  }

  /** Bodies two states may share: "the joint border commission", "a binational committee". */
  private static final Set<String> BODY_NOUNS = Set.of("commission", "committee");
  private static final Set<String> SHARED_WORDS = Set.of("joint", "binational", "bilateral", "mixed", "intergovernmental");

  /** A commission or committee called joint, binational or bilateral, with no owner of its own. */
  private boolean isJointBody(Token token) {
    return token.tag().equals("NN") && BODY_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT))
        && index.children(token.index()).stream().anyMatch(d -> d.relation().equals("amod") && SHARED_WORDS.contains(index.lemma(d.dependent()).toLowerCase(Locale.ROOT)))
        && index.children(token.index()).stream().noneMatch(d -> d.relation().equals("nmod:poss"));
  }

  /** Verbs that only tell what another clause says. */
  private static final Set<String> TELLING = Set.of("say", "tell", "announce", "state", "add");

  /**
   * The body is the subject of its sentence's main clause, or of what a closing "his office said"
   * tells: not of a clause on a noun ("a committee that has not met since 2019") nor of what the
   * two sides agreed ("agreed that the joint commission would meet", which the agreement codes).
   */
  private boolean actsInTheMainClause(Token token) {
    Optional<Integer> root = index.sentenceRoot(token.sentence());
    if (root.isEmpty()) {
      return false;
    }
    boolean telling = TELLING.contains(index.lemma(root.get()).toLowerCase(Locale.ROOT));
    return index.parents(token.index()).stream().filter(d -> d.relation().equals("nsubj") && d.governor() >= 0).map(Dependency::governor)
        .anyMatch(verb -> verb.equals(root.get()) || (telling && index.parents(verb).stream()
            .anyMatch(d -> d.governor() == root.get() && (d.relation().equals("ccomp") || d.relation().equals("parataxis")))));
  }

  /** Nouns for the members of a body of states: "the two NATO members". */
  private static final Set<String> MEMBER_NOUNS = Set.of("member");
  /**
   * "the two NATO members": the body named before the noun, no "of" after it ("two Serbian members
   * of parliament" are people).
   */
  private boolean namesItsBody(Token token) {
    return index.children(token.index()).stream().anyMatch(d -> d.relation().equals("compound") && index.token(d.dependent()).isProperNoun())
        && index.children(token.index()).stream().noneMatch(d -> d.relation().startsWith("nmod") || d.relation().equals("amod"));
  }

  /** How many sentences back "the two sides" looks for a "between" phrase that names them. */
  private static final int BETWEEN_REACH = 2;

  /**
   * The two actors the latest "between X and Y" phrase named, in the token's sentence (before it)
   * or the two before: "talks between Colombia's government and the ELN".
   */
  private Optional<List<ActorMention>> sidesNamedBetween(Token token) {
    int sentence = token.sentence();
    int first = index.text().sentences().get(Math.max(0, sentence - BETWEEN_REACH)).firstToken();
    List<ActorMention> named = history.namedSoFar();
    Optional<List<Actor>> latest = Optional.empty();
    for (int t = first; t < token.index(); t++) {
      for (Dependency d : index.children(t)) {
        if (!d.relation().equals("nmod:between") && !d.relation().equals("obl:between")) {
          continue;
        }
        Optional<Actor> one = headedThere(named, d.dependent());
        Optional<Actor> other = index.children(d.dependent()).stream().filter(c -> c.relation().startsWith("conj")).findFirst()
            .flatMap(c -> headedThere(named, c.dependent()));
        // (Two of one country are left to the story's pair of states: a government and its own
        // rebels read so may be a misreading of whose they are.)
        // (Nor a group of no country yet, "the government and separatist groups", whom only the
        // story's states place.)
        boolean placed = one.isPresent() && other.isPresent() && !unplacedGroup(one.get()) && !unplacedGroup(other.get());
        if (placed && !(one.get().country().isPresent() && one.get().country().equals(other.get().country()))) {
          latest = Optional.of(List.of(one.get(), other.get()));
        }
      }
    }
    return latest.map(pair -> asMentions(token, pair));
  }

  /** A sector's people of no country: "separatist groups", "the government" not yet placed. */
  private static boolean unplacedGroup(Actor actor) {
    return actor.country().isEmpty() && actor.sector().filter(actor.code()::equals).isPresent();
  }

  /** The actor of the mention whose last word is the token. */
  private Optional<Actor> headedThere(List<ActorMention> named, int head) {
    return named.stream().filter(m -> index.lastTokenIn(m.span()).filter(t -> t == head).isPresent()).map(ActorMention::actor).reduce((a, b) -> b);
  }

  /** Nouns for the envoys of a side: "shuttling between the two delegations". */
  private static final Set<String> DELEGATION_NOUNS = Set.of("delegation", "negotiator");
  /** Nouns for the sides of a dispute: "urged all parties to show restraint". */
  private static final Set<String> SIDE_NOUNS = Set.of("side", "party");

  /** A plural noun for the sides of a dispute: "parties", "sides". */
  static boolean namesSides(Token token) {
    return token.tag().equals("NNS") && SIDE_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "the two leaders", "both countries": the two most salient actors of the right kind. "All
   * sides", "all parties": every side of a dispute, which names no one actor (an empty list),
   * not a political party.
   */
  Optional<List<ActorMention>> resolve(Token token) {
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    Optional<List<ActorMention>> ofThePair = officialsOfThePair(token);
    if (ofThePair.isPresent()) {
      return ofThePair;
    }
    Optional<List<ActorMention>> counted = countedGroup(token);
    if (counted.isPresent()) {
      return counted;
    }
    boolean allSides = namesSides(token) && index.children(token.index()).stream()
        .anyMatch(d -> d.relation().startsWith("det") && index.token(d.dependent()).lemma().equalsIgnoreCase("all"));
    if (allSides) {
      return Optional.of(List.of());
    }
    if (isJointBody(token) && actsInTheMainClause(token)) {
      // "The binational commission that manages the canal will meet in Quito": a body the two
      // states of the story share acts for both.
      List<Actor> sides = pairOfStates(subjectsOfItsVerb(token.index()), false);
      return sides.size() == 2 ? Optional.of(asMentions(token, sides.stream().map(this::governmentOf).toList())) : Optional.empty();
    }
    if (ARMED_FORCE_NOUNS.contains(lemma) && token.tag().equals("NNS") && hasPairDeterminer(token)) {
      // "the first such drills between the two navies": the armed forces of the two states.
      List<Actor> sides = pairOfStates(subjectsOfItsVerb(token.index()), false);
      return sides.size() == 2 ? Optional.of(asMentions(token, sides.stream().map(s -> forceOf(token, s)).toList())) : Optional.empty();
    }
    boolean personLevel = PERSON_GROUP_NOUNS.contains(lemma);
    // "accused the two NATO members": two members of a body of states are the two states of the
    // story, not the body.
    boolean stateLevel = PhraseResolver.STATE_GROUP_NOUNS.contains(lemma) || DELEGATION_NOUNS.contains(lemma) || (MEMBER_NOUNS.contains(lemma) && hasPairDeterminer(token) && namesItsBody(token));
    if (!(personLevel || stateLevel) || !token.tag().equals("NNS")) {
      return Optional.empty();
    }
    boolean pair = hasPairDeterminer(token)
        // "urged the neighbours to settle future disputes": neighbours are neighbours of each
        // other, so "the neighbours" of a story of two states are the pair, as "the two" would be.
        || (RECIPROCAL_NOUNS.contains(lemma) && phrases.hasThe(token.index()));
    // "two Russian officials", "two Haitian consular officials": people of a named nation are
    // its own, no pair of sides ("the two Andean nations" still are).
    boolean ofANamedSide = personLevel && index.children(token.index()).stream().anyMatch(d -> (d.relation().equals("amod") || d.relation().equals("compound"))
        && Character.isUpperCase(index.token(d.dependent()).text().charAt(0)));
    if (!pair || ofANamedSide) {
      return Optional.empty();
    }
    List<Span> speakers = subjectsOfItsVerb(token.index());
    Optional<List<ActorMention>> warring = SIDE_NOUNS.contains(lemma) ? sidesOfAWar(token) : Optional.empty();
    if (warring.isPresent()) {
      return warring;
    }
    // "talks in Oslo between Colombia's government and the ELN … The two sides agreed": the two
    // the story last set "between" each other, not the host of their talks.
    Optional<List<ActorMention>> between = SIDE_NOUNS.contains(lemma) || DELEGATION_NOUNS.contains(lemma) ? sidesNamedBetween(token) : Optional.empty();
    if (between.isPresent()) {
      return between;
    }
    // The sides of a dispute may be an armed group ("Israel and Hamas", "Damascus and the SDF").
    boolean anySides = SIDE_NOUNS.contains(lemma);
    List<Actor> chosen = personLevel ? pairOfPeople(speakers) : MEMBER_NOUNS.contains(lemma) ? pairOfStatesBesides(token, speakers) : pairOfStates(speakers, anySides);
    boolean states = chosen.stream().allMatch(a -> a.kind() == ActorKind.STATE && a.country().isPresent());
    boolean governing = (states && (GOVERNMENT_NOUNS.contains(lemma) || (lemma.equals("side") && sidesSay(token))))
        || (lemma.equals("side") && sidesOfOfficeHolders(speakers, chosen));
    if (chosen.size() == 2 && governing) {
      // "the two governments said in a joint statement", "the two sides said", and "Merz met
      // Tokayev … The two sides signed a memorandum": the states' governments.
      chosen = chosen.stream().map(this::governmentOf).toList();
    }
    if (personLevel && chosen.size() < 2) {
      // "Australia's climate minister … Turkey's environment minister … The two ministers met":
      // the last two of different countries whom the same word named, before any pair of states
      // named since ("Delegates from Tuvalu and Vanuatu").
      chosen = lastTwoCalledSo(token, lemma);
    }
    if (personLevel && chosen.size() < 2) {
      // "telephoned both foreign ministers" in a story of Algeria and Morocco, whose ministers
      // were not named: the office holders of the two states are their governments.
      chosen = pairOfStates(speakers, false).stream().map(this::governmentOf).toList();
    }
    return Optional.of(chosen.size() < 2 ? List.of() : asMentions(token, chosen));
  }

  /**
   * A side's armed forces; but "forces" of a side whose police were named before them in their
   * sentence are its police ("Japan's police agency thanked its Thai counterparts and said the
   * two forces would set up a task force").
   */
  private static final String POLICE = "COP";
  private static final String MILITARY = "MIL";

  private Actor forceOf(Token token, Actor side) {
    String country = side.country().orElseThrow();
    boolean police = token.lemma().equalsIgnoreCase("force") && history.lastThingMentioned(MentionHistory.inSentenceBefore(index, token)
        .and(m -> m.actor().country().equals(Optional.of(country)) && m.actor().sector().equals(Optional.of(POLICE)))).isPresent();
    return stateActors.stateActor(country, Optional.of(police ? POLICE : MILITARY));
  }

  /** Words for a state's armed forces, a pair of which is the two states' militaries: "the two navies". */
  private static final Set<String> ARMED_FORCE_NOUNS = Set.of("navy", "army", "military", "force");

  /** "the two", "both": a word that makes the noun a pair. */
  private boolean hasPairDeterminer(Token token) {
    return index.children(token.index()).stream()
        // "with both governments" may hang "both" (tagged a conjunction) on the noun as dep.
        .anyMatch(d -> (d.relation().equals("nummod") || d.relation().startsWith("det") || d.relation().equals("cc:preconj") || d.relation().equals("dep"))
            && PAIR_DETERMINERS.contains(index.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
  }

  /** Plural nouns for the officials of a state, who act for its government. */
  private static final Set<String> OFFICIAL_NOUNS = Set.of("official", "representative", "delegate", "envoy", "diplomat", "minister");

  /**
   * "Officials of the two countries met", "officials of the two countries' border provinces met":
   * officials of a pair of states, or of the pair's parts, are the two governments.
   */
  private Optional<List<ActorMention>> officialsOfThePair(Token token) {
    if (!token.tag().equals("NNS") || !OFFICIAL_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (int of : index.children(token.index(), Set.of("nmod:of"))) {
      List<Integer> candidates = new java.util.ArrayList<>(List.of(of));
      candidates.addAll(index.children(of, Set.of("nmod:poss")));
      for (int candidate : candidates) {
        Token pair = index.token(candidate);
        if (!pair.tag().equals("NNS") || !PhraseResolver.STATE_GROUP_NOUNS.contains(pair.lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        Optional<List<ActorMention>> sides = resolve(pair).filter(found -> found.size() == 2
            && found.stream().allMatch(m -> m.actor().kind() == ActorKind.STATE && m.actor().country().isPresent()));
        if (sides.isPresent()) {
          return Optional.of(asMentions(token, sides.get().stream().map(m -> governmentOf(m.actor())).toList()));
        }
      }
    }
    return Optional.empty();
  }

  /** A state's government: CHL, "Chile", is CHLGOV. */
  private Actor governmentOf(Actor state) {
    return stateActors.stateActor(state.country().orElseThrow(), Optional.of("GOV"));
  }

  /** The actors as mentions spanning the phrase the token heads. */
  private List<ActorMention> asMentions(Token token, List<Actor> actors) {
    Span span = phrases.span(token.index());
    String surface = span.of(index.text().text());
    return actors.stream().map(a -> new ActorMention(span, surface, a)).toList();
  }

  /** "The two sides said": sides that are the subject of a verb of saying. */
  private boolean sidesSay(Token token) {
    return index.parents(token.index()).stream()
        .anyMatch(d -> d.relation().equals("nsubj") && d.governor() >= 0 && TELLING.contains(index.lemma(d.governor()).toLowerCase(Locale.ROOT)));
  }

  /** The two people last named are office holders of the government of the two chosen states: "Merz met Tokayev". */
  private boolean sidesOfOfficeHolders(List<Span> speakers, List<Actor> chosen) {
    List<Actor> people = pairOfPeople(speakers);
    return people.size() == 2 && people.stream().allMatch(p -> p.sector().equals(Optional.of("GOV")) && p.country().isPresent())
        && people.stream().map(p -> p.country().get()).collect(Collectors.toSet())
            .equals(chosen.stream().map(a -> a.country().orElse("")).collect(Collectors.toSet()));
  }

  /** Nouns for a state's government: "the two governments", "both administrations". */
  private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "administration");

  /** Nouns for a war a country has within it: "both sides in Sudan's war". */
  private static final Set<String> WAR_NOUNS = Set.of("war", "conflict", "fighting", "civil war");
  /** Sectors of those who fight a war within a country. */
  private static final Set<String> FIGHTING_SECTORS = Set.of("MIL", "REB", "INS", "UAF");

  /**
   * "urged both sides in Sudan's war to let aid through", in a story of Egypt and Sudan: the
   * sides of a country's war are the two armed sides the article has named in it (Sudan's army,
   * the Rapid Support Forces), not the story's two states.
   */
  private Optional<List<ActorMention>> sidesOfAWar(Token token) {
    // The parser may hang "in Sudan's war" on the verb that takes the sides ("urged both sides").
    List<Dependency> around = new ArrayList<>(index.children(token.index()));
    index.head(token.index()).filter(h -> h.relation().equals("obj") && h.governor() >= 0)
        .ifPresent(h -> index.children(h.governor()).stream().filter(d -> d.relation().equals("obl:in") && d.dependent() > token.index()).forEach(around::add));
    for (Dependency d : around) {
      if (!(d.relation().equals("nmod:in") || d.relation().equals("nmod:of") || d.relation().equals("obl:in")) || !WAR_NOUNS.contains(index.lemma(d.dependent()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      // The war's country, named after the sides, is not yet among the mentions: its name as the
      // article named it before, or as the gazetteer knows it.
      Optional<String> country = index.children(d.dependent(), Set.of("nmod:poss", "amod", "compound")).stream().map(owner -> index.token(owner).text())
          .flatMap(name -> history.things().stream().filter(m -> m.surface().equalsIgnoreCase(name)).map(m -> m.actor().country()).flatMap(Optional::stream)
              .findFirst().or(() -> stateActors.countryOfPlace(name)).stream())
          .findFirst();
      if (country.isEmpty()) {
        continue;
      }
      List<Actor> candidates = new ArrayList<>();
      history.things().stream().map(ActorMention::actor).filter(a -> isFighterOf(a, country.get())).forEach(candidates::add);
      history.people().stream().map(ActorMention::actor).filter(a -> isFighterOf(a, country.get()))
          .map(a -> stateActors.stateActor(country.get(), a.sector())).forEach(candidates::add);
      List<Actor> sides = mostSalient(candidates);
      if (sides.size() == 2) {
        return Optional.of(asMentions(token, sides));
      }
    }
    return Optional.empty();
  }

  /** A state's armed forces or an armed group of the country, or an armed organisation of no country. */
  private static boolean isFighterOf(Actor actor, String country) {
    boolean armed = actor.sector().map(FIGHTING_SECTORS::contains).orElse(false);
    return armed && (actor.country().equals(Optional.of(country)) || (actor.kind() == ActorKind.ORGANISATION && actor.country().isEmpty()));
  }

  /**
   * Numbers that stand alone for as many actors named together before ("the three", "the two"), or
   * count a body's members (BodyMembers: "its two members").
   */
  static final Map<String, Integer> GROUP_NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5);

  /**
   * "The leaders of Egypt, Eritrea and Somalia agreed … Ethiopia accused the three of trying to
   * encircle it": "the" and a number with no noun are the last actors named together who were
   * that many; with no such group, no one.
   */
  private Optional<List<ActorMention>> countedGroup(Token token) {
    Integer size = GROUP_NUMBERS.get(token.lemma().toLowerCase(Locale.ROOT));
    boolean alone = size != null && NounPhrases.isNumberAlone(index, token.index());
    if (!alone) {
      return Optional.empty();
    }
    Span span = phrases.span(token.index());
    String surface = span.of(index.text().text());
    Optional<List<Actor>> group = sidesEarlierInSentence(token, size)
        .or(() -> history.lastGroupOf(size).map(g -> g.stream().map(ActorMention::actor).distinct().toList()))
        .or(() -> size == 2 ? peopleOfTwoSidesJustBefore(token) : Optional.empty())
        .or(() -> peopleCountedAlike(token).map(List::of))
        .or(() -> size == 2 ? officeHoldersOfTwoSidesJustBefore(token) : Optional.empty());
    return group.map(actors -> actors.stream().map(a -> new ActorMention(span, surface, a)).toList());
  }

  /** Tags of plural nouns, common and proper ("citizens", "South Koreans"). */
  private static final Set<String> PLURAL_TAGS = Set.of("NNS", "NNPS");

  /**
   * "Slovak police detained three Hungarian citizens … the three were released": with no actors
   * named together that many, the number stands for the people last counted by it, one group with
   * a country.
   */
  private Optional<Actor> peopleCountedAlike(Token token) {
    String number = token.text().toLowerCase(Locale.ROOT);
    return history.lastThingMentioned(mention -> mention.actor().country().isPresent()
        && index.lastTokenIn(mention.span()).filter(last -> last < token.index() && PLURAL_TAGS.contains(index.token(last).tag())).isPresent()
        && List.of(mention.surface().toLowerCase(Locale.ROOT).split("\\s+")).contains(number));
  }

  /**
   * "Khurelsukh discussed the dispute by telephone with Xi …, and the two agreed", "Marape met his
   * Indonesian counterpart, and the two agreed": with no group of that many named together in its
   * own sentence, the number stands for the sides named before it there, one actor for each, when
   * they are exactly that many and one of them is a person, named or by office.
   */
  private Optional<List<Actor>> sidesEarlierInSentence(Token token, int size) {
    java.util.function.Predicate<ActorMention> before = MentionHistory.inSentenceBefore(index, token);
    if (history.groups().stream().anyMatch(g -> g.stream().allMatch(before))) {
      return Optional.empty();
    }
    List<ActorMention> mentions = new ArrayList<>();
    history.people().stream().filter(before).forEach(mentions::add);
    history.things().stream().filter(before).forEach(mentions::add);
    // A person by name, or by office: "Malta's prime minister spoke by telephone with his Libyan
    // counterpart …, and the two agreed".
    boolean anyPerson = mentions.stream().anyMatch(m -> m.actor().kind() == ActorKind.PERSON
        || index.lastTokenIn(m.span()).map(t -> PERSON_GROUP_NOUNS.contains(index.lemma(t).toLowerCase(Locale.ROOT))).orElse(false));
    mentions.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
    // An owner named inside a side's phrase is that side: "the Taliban's acting foreign minister,
    // Amir Khan Muttaqi" is one side, the minister's.
    // So is the phrase an owner is named inside: "Colombia's defence minister received Costa
    // Rica's security minister …, and the two signed" are the two ministers, not Colombia.
    List<ActorMention> outer = mentions.stream().filter(m -> !ownerOfNamedPerson(m, mentions) && !insideAnother(m, mentions)).toList();
    Map<String, Actor> bySide = new LinkedHashMap<>();
    for (ActorMention mention : outer) {
      bySide.putIfAbsent(mention.actor().country().orElse(mention.actor().code()), mention.actor());
    }
    return anyPerson && bySide.size() == size ? Optional.of(List.copyOf(bySide.values())) : Optional.empty();
  }

  /** Whether another of the mentions spans more than this one and all of it: "Colombia" in "Colombia's defence minister". */
  private static boolean insideAnother(ActorMention inner, List<ActorMention> mentions) {
    return mentions.stream().anyMatch(m -> m != inner && m.span().start() <= inner.span().start() && m.span().end() >= inner.span().end()
        && m.span().end() - m.span().start() > inner.span().end() - inner.span().start());
  }

  /** Whether the mention owns a noun that a person among the mentions is set beside: "the Taliban's minister, Muttaqi". */
  private boolean ownerOfNamedPerson(ActorMention owner, List<ActorMention> mentions) {
    Optional<Integer> token = index.lastTokenIn(owner.span());
    if (token.isEmpty()) {
      return false;
    }
    return index.parents(token.get()).stream().filter(d -> d.relation().equals("nmod:poss") && d.governor() >= 0)
        .flatMap(d -> index.children(d.governor(), Set.of("appos")).stream())
        .anyMatch(named -> mentions.stream().anyMatch(m -> m.actor().kind() == ActorKind.PERSON
            && index.lastTokenIn(m.span()).map(t -> t.equals(named)).orElse(false)));
  }

  /** How many sentences back "the two" may find its two people, one told after the other. */
  private static final int PAIR_OF_PEOPLE_REACH = 2;

  /**
   * "President Nandi-Ndaitwah demanded a joint investigation … Her Botswana counterpart, Duma
   * Boko, expressed regret in a telephone call. The two agreed …": with no group named, "the two"
   * are the last two people of two different states named in the sentences just before.
   */
  private Optional<List<Actor>> peopleOfTwoSidesJustBefore(Token token) {
    int firstSentence = Math.max(0, token.sentence() - PAIR_OF_PEOPLE_REACH);
    int start = index.text().sentences().get(firstSentence).span().start();
    int end = index.text().sentences().get(token.sentence()).span().start();
    Map<String, Actor> bySide = new LinkedHashMap<>();
    List<ActorMention> people = history.people();
    for (int i = people.size() - 1; i >= 0 && bySide.size() < 2; i--) {
      ActorMention person = people.get(i);
      if (person.span().start() >= start && person.span().end() <= end && person.actor().country().isPresent()) {
        bySide.putIfAbsent(person.actor().country().get(), person.actor());
      }
    }
    List<Actor> pair = new ArrayList<>(bySide.values());
    java.util.Collections.reverse(pair);
    return pair.size() == 2 ? Optional.of(List.copyOf(pair)) : Optional.empty();
  }

  /**
   * "Ukraine's foreign minister held talks in Buenos Aires with Argentina's foreign minister … The
   * two signed agreements": "the two" after two office holders of different states, called by
   * title alone in the sentence just before, are those two, their governments.
   */
  private Optional<List<Actor>> officeHoldersOfTwoSidesJustBefore(Token token) {
    if (token.sentence() == 0) {
      return Optional.empty();
    }
    Span before = index.text().sentences().get(token.sentence() - 1).span();
    Map<String, Actor> bySide = new LinkedHashMap<>();
    for (ActorMention thing : history.things()) {
      String[] words = thing.surface().toLowerCase(Locale.ROOT).split("\\s+");
      boolean holder = PERSON_GROUP_NOUNS.contains(words[words.length - 1]) && thing.actor().sector().filter("GOV"::equals).isPresent();
      if (before.contains(thing.span()) && holder && thing.actor().country().isPresent()) {
        bySide.putIfAbsent(thing.actor().country().get(), thing.actor());
      }
    }
    return bySide.size() == 2 ? Optional.of(List.copyOf(bySide.values())) : Optional.empty();
  }

  /**
   * "Egypt and Qatar called on both sides to respect the truce": the subjects of the verb the
   * phrase hangs on are who speaks to the sides, not the sides.
   */
  private List<Span> subjectsOfItsVerb(int token) {
    List<Span> subjects = new ArrayList<>();
    index.head(token).filter(h -> h.governor() >= 0).ifPresent(h -> {
      for (int subject : index.children(h.governor(), Set.of("nsubj"))) {
        subjects.add(phrases.span(subject));
      }
    });
    if (subjects.isEmpty()) {
      // "Qatar brokered the deal after months of talks with both sides": sides named inside a
      // phrase of the verb are not its subject, whose talks with them they are.
      int at = token;
      for (int steps = 0; steps < 3 && subjects.isEmpty(); steps++) {
        Optional<dev.annals.model.Dependency> up = index.head(at).filter(h -> h.governor() >= 0 && (h.relation().startsWith("nmod") || h.relation().startsWith("obl")));
        if (up.isEmpty()) {
          break;
        }
        at = up.get().governor();
        if (index.token(at).isVerb()) {
          index.children(at, Set.of("nsubj")).forEach(subject -> subjects.add(phrases.span(subject)));
          break;
        }
      }
    }
    return subjects;
  }

  /** Where a verb names whom it is done to or for: its objects and these obliques. */
  private static final Set<String> TOWARDS = Set.of("obj", "iobj", "obl:for", "obl:to", "obl:against", "obl:with");
  /** Where an object names whom it is for: "expressed support for Port Vila". */
  private static final Set<String> TOWARDS_OF_NOUN = Set.of("nmod:for", "nmod:to", "nmod:against", "nmod:with", "nmod:of");

  /**
   * "Fiji and Solomon Islands expressed support for Port Vila, while Australia urged both sides to
   * show restraint": a group that together does something to another named side is on one side,
   * not the two sides. Only a group that is the subject of a verb whose object or oblique is a
   * name outside the group.
   */
  /**
   * "The Alliance of Sahel States, which groups Mali with Burkina Faso and Niger, said it backed
   * Bamako's decision": actors named together in a relative clause describe someone else; they
   * are no pair the story is about.
   */
  private boolean toldInARelativeClause(List<ActorMention> group) {
    return group.stream().allMatch(mention -> {
      Optional<Integer> token = index.lastTokenIn(mention.span());
      for (int step = 0; token.isPresent() && step < 12; step++) {
        Optional<Dependency> head = index.head(token.get());
        if (head.isEmpty() || head.get().governor() < 0) {
          return false;
        }
        if (head.get().relation().equals("acl:relcl")) {
          return true;
        }
        token = Optional.of(head.get().governor());
      }
      return false;
    });
  }

  /** The group is no subject of a verb: "carried Saudi soldiers and Sudanese troops back". */
  private boolean namedAsNoSubject(List<ActorMention> group) {
    return index.lastTokenIn(group.get(0).span()).flatMap(index::head).filter(d -> d.relation().startsWith("nsubj")).isEmpty();
  }

  /**
   * "said the real bosses lived in Mexico and the United States ... the two governments agreed":
   * countries named as where something is are no pair of sides.
   */
  private boolean namedAsPlace(List<ActorMention> group) {
    return index.lastTokenIn(group.get(0).span()).flatMap(index::head)
        .filter(d -> (d.baseRelation().equals("obl") || d.baseRelation().equals("nmod")) && PLACE_PREPOSITIONS.contains(d.suffix())).isPresent();
  }

  /** Prepositions of where: "in Mexico and the United States". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "inside", "within", "across");

  private boolean actsTogetherOnAnother(List<ActorMention> group) {
    for (ActorMention mention : group) {
      Optional<Integer> head = index.lastTokenIn(mention.span());
      Optional<Integer> verb = head.flatMap(index::head).filter(d -> d.relation().equals("nsubj") && d.governor() >= 0).map(Dependency::governor);
      if (verb.isEmpty()) {
        continue;
      }
      // Whom the verb is done to or for, not where: "agreed to a truce in Cairo" names no side.
      List<Integer> done = new ArrayList<>();
      for (int object : index.children(verb.get(), TOWARDS)) {
        done.add(object);
        done.addAll(index.children(object, TOWARDS_OF_NOUN));
      }
      boolean namesAnother = done.stream().filter(t -> index.token(t).isProperNoun())
          .anyMatch(t -> group.stream().noneMatch(m -> m.span().start() <= index.token(t).span().start() && index.token(t).span().end() <= m.span().end()));
      if (namesAnother) {
        return true;
      }
    }
    return false;
  }

  /** Whether a mention of the group stands in one of these subjects. */
  private static boolean isAmong(List<ActorMention> group, List<Span> subjects) {
    return group.stream().anyMatch(m -> subjects.stream().anyMatch(s -> s.start() <= m.span().start() && m.span().end() <= s.end()));
  }

  private List<Actor> pairOfPeople(List<Span> speakers) {
    List<List<ActorMention>> groups = history.groups();
    for (int i = groups.size() - 1; i >= 0; i--) {
      List<ActorMention> group = groups.get(i);
      if (isAmong(group, speakers)) {
        continue;
      }
      if (group.stream().allMatch(m -> m.actor().kind() == ActorKind.PERSON) && MentionHistory.distinctCodes(group) >= 2) {
        return group.stream().map(ActorMention::actor).distinct().limit(2).toList();
      }
    }
    return mostSalient(history.people().stream().map(ActorMention::actor).toList());
  }

  /** The actors of the last two mentions before the token, of two countries, whose last word is the noun: "Turkey's environment minister". */
  private List<Actor> lastTwoCalledSo(Token token, String noun) {
    List<ActorMention> named = history.namedSoFar();
    named.sort(java.util.Comparator.comparingInt((ActorMention m) -> m.span().start()).reversed());
    List<Actor> found = new ArrayList<>();
    for (ActorMention m : named) {
      String[] words = m.surface().toLowerCase(Locale.ROOT).split("\\s+");
      boolean calledSo = m.span().end() <= token.span().start() && words[words.length - 1].equals(noun);
      if (calledSo && m.actor().country().isPresent() && found.stream().noneMatch(f -> f.country().equals(m.actor().country()))) {
        found.add(m.actor());
      }
      if (found.size() == 2) {
        return found;
      }
    }
    return List.of();
  }

  private List<Actor> pairOfStates(List<Span> speakers, boolean anySides) {
    java.util.function.Predicate<Actor> wanted = a -> a.kind() == ActorKind.STATE
        || (anySides && a.kind() == ActorKind.ORGANISATION && a.sector().equals(Optional.of("REB")));
    List<List<ActorMention>> groups = history.groups();
    // Sides act: "Saudi Arabia and the Houthis exchanged 168 prisoners ... a third plane carried
    // Saudi soldiers and Sudanese troops back ... urged both sides" names the pair that
    // exchanged, not the pair carried; a pair that is no subject is taken when no other is found.
    for (boolean anyGroup : new boolean[] {false, true}) {
      for (int i = groups.size() - 1; i >= 0; i--) {
        if (isAmong(groups.get(i), speakers) || actsTogetherOnAnother(groups.get(i)) || toldInARelativeClause(groups.get(i))
            || (!anyGroup && namedAsNoSubject(groups.get(i))) || namedAsPlace(groups.get(i))) {
          continue;
        }
        List<Actor> states = groups.get(i).stream().map(m -> stateActors.countryLevel(m.actor())).filter(wanted).distinct().toList();
        if (states.size() == 2) {
          return states;
        }
      }
    }
    // "Qatar brokered the deal after months of talks with both sides": whoever talks with the
    // sides is not one of them (the subject's own words, not a clause on it: "China, which
    // brokered a truce in neighbouring Shan State, urged both sides").
    Set<String> speaking = java.util.stream.Stream.concat(history.things().stream(), history.people().stream())
        .filter(m -> speakers.stream().anyMatch(s -> s.contains(m.span()) && m.span().start() == s.start()))
        .map(m -> stateActors.countryLevel(m.actor()).code()).collect(Collectors.toSet());
    List<Actor> others = mostSalientOfCountryLevel(wanted.and(a -> !speaking.contains(a.code())));
    return others.size() == 2 ? others : mostSalientOfCountryLevel(wanted);
  }

  /**
   * "Belarus accused the two NATO members": members named so by another state are two states
   * besides it, the pair the story is about or else the two others mentioned most.
   */
  private List<Actor> pairOfStatesBesides(Token token, List<Span> speakers) {
    // The subject's words up to its head, its owner too ("Russia's foreign ministry"), not a place
    // after it ("Russia's embassy in Ottawa" speaks for Russia, not Canada).
    List<Span> wholeSubjects = index.head(token.index()).filter(h -> h.governor() >= 0).stream()
        .flatMap(h -> index.children(h.governor(), Set.of("nsubj")).stream())
        .map(subject -> index.spanOf(index.subtree(subject, Set.of("acl", "acl:relcl", "punct")).stream().mapToInt(Integer::intValue).min().orElse(subject), subject))
        .toList();
    Set<String> speaking = new java.util.HashSet<>();
    java.util.stream.Stream.concat(history.things().stream(), history.people().stream())
        .filter(m -> wholeSubjects.stream().anyMatch(s -> s.contains(m.span()))).forEach(m -> m.actor().country().ifPresent(speaking::add));
    List<Actor> pair = pairOfStates(speakers, false);
    if (pair.stream().noneMatch(a -> a.country().filter(speaking::contains).isPresent())) {
      return pair;
    }
    return mostSalientOfCountryLevel(a -> a.kind() == ActorKind.STATE && a.country().filter(speaking::contains).isEmpty());
  }

  /** Of everything named so far, things then people, at country level: the two wanted ones named most. */
  private List<Actor> mostSalientOfCountryLevel(java.util.function.Predicate<Actor> wanted) {
    List<Actor> candidates = new ArrayList<>();
    history.things().forEach(m -> candidates.add(stateActors.countryLevel(m.actor())));
    history.people().forEach(m -> candidates.add(stateActors.countryLevel(m.actor())));
    return mostSalient(candidates.stream().filter(wanted).toList());
  }

  /** The two actors mentioned most often so far, the more recent first among equals. */
  private List<Actor> mostSalient(List<Actor> candidates) {
    Map<String, Actor> distinct = new LinkedHashMap<>();
    for (int i = candidates.size() - 1; i >= 0; i--) {
      distinct.putIfAbsent(candidates.get(i).code(), candidates.get(i));
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Actor actor : candidates) {
      counts.merge(actor.code(), 1, Integer::sum);
    }
    return distinct.values().stream()
        .sorted((a, b) -> Integer.compare(counts.get(b.code()), counts.get(a.code())))
        .limit(2)
        .toList();
  }
}
