package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.knowledge.Names;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Noun phrases that refer back to an actor named earlier: "the group", "the militants", "the
 * People's Republic".
 */
final class NounAnaphora {
  /** Sectors that exist only as part of a state: without a country they name no one. */
  private static final Set<String> ARMED_SECTORS = ActorResolver.ARMED_GROUP_SECTORS;
  private static final Set<String> ARMED_OR_MILITARY = Set.of("REB", "INS", "UAF", "MIL");
  /** Words for one boat, ship or aircraft. */
  private static final Set<String> CRAFT = Set.of("boat", "ship", "vessel", "trawler", "tanker", "ferry", "freighter", "yacht", "dhow", "plane",
      "aircraft", "helicopter", "airliner", "warship", "frigate", "cutter", "corvette", "destroyer", "icebreaker");

  /** Whether a lemma is a word for a ship, boat or aircraft. */
  static boolean isCraft(String lemma) {
    return CRAFT.contains(lemma.toLowerCase(Locale.ROOT));
  }

  private final DependencyIndex index;
  private final ActorDictionary dictionary;
  private final NounPhrases phrases;
  private final MentionHistory history;
  private final StateActors states;

  NounAnaphora(DependencyIndex index, ActorDictionary dictionary, NounPhrases phrases, MentionHistory history, StateActors states) {
    this.index = index;
    this.dictionary = dictionary;
    this.phrases = phrases;
    this.history = history;
    this.states = states;
  }

  /**
   * The earlier actor the phrase refers to, if it is such an anaphor: an organisation, then an
   * armed group, then a country by part of its official name.
   *
   * @param sector the sector the phrase's words name, if any
   */
  Optional<Actor> antecedent(int head, List<Integer> phrase, Optional<String> sector) {
    return protestOrganisers(head).or(() -> legalDefence(head, phrase)).or(() -> groupNamedJustBefore(head, phrase)).or(() -> countedPeopleAgain(head, phrase)).or(() -> pluralNamedMoreNarrowly(head)).or(() -> rulerAnaphor(head, phrase)).or(() -> portfolioAnaphor(head, phrase)).or(() -> missionAnaphor(head, phrase)).or(() -> ministerAnaphor(head, phrase)).or(() -> sameHeadAnaphor(head, phrase)).or(() -> craftAnaphor(head, phrase)).or(() -> oneCraftOfACountry(head, phrase)).or(() -> formerHolderAnaphor(head, phrase)).or(() -> visitorAnaphor(head, phrase)).or(() -> forceAnaphor(head, phrase)).or(() -> troopsAnaphor(head, phrase)).or(() -> foreignForces(head, sector)).or(() -> organisationAnaphor(head, phrase)).or(() -> armedGroupAnaphor(head, sector))
        .or(() -> partialOfficialName(phrase)).or(() -> occupationAnaphor(head, phrase, sector)).or(() -> ownerOfSite(head, phrase)).or(() -> siteAnaphor(head, phrase)).or(() -> stateEpithet(head, phrase)).or(() -> speakersCountry(head, phrase)).or(() -> countryGoneTo(head, phrase)).or(() -> owningCountry(head, phrase))
        .or(() -> thoseActedOn(head)).or(() -> heldAgain(head)).or(() -> countedHeldAgain(head)).or(() -> doersOfTheDeed(head)).or(() -> othersCounted(head, phrase)).or(() -> otherOfTheSameWord(head, sector)).or(() -> peopleAnaphor(head, phrase)).or(() -> ageAnaphor(head))
        .or(() -> partOfPeopleNamed(head, phrase, sector)).or(() -> thoseHeld(head)).or(() -> theVictims(head)).or(() -> theCrew(head)).or(() -> peopleOfTheWordNamed(head, phrase, sector))
        .or(() -> oneUnnamedPerson(head, phrase));
  }

  /** Words for one who came on a visit. */
  private static final Set<String> VISITOR_WORDS = Set.of("visitor", "guest");
  /** Words of a visit, as a noun or a verb. */
  private static final Set<String> VISIT_WORDS = Set.of("visit", "trip", "tour");

  /**
   * "Mongolia's president held talks with Germany's chancellor in Berlin on Wednesday, the first
   * day of a three-day visit … The visitor thanked Berlin": "the visitor" or "the guest", bare, is
   * the subject of the last sentence that told of a visit (the one who visits, of a verb of
   * visiting; of a visit named as a noun, the sentence's main subject).
   */
  private Optional<Actor> visitorAnaphor(int head, List<Integer> phrase) {
    Token token = index.token(head);
    if (!VISITOR_WORDS.contains(token.lemma().toLowerCase(Locale.ROOT)) || !token.tag().equals("NN") || phrase.size() != 2 || !phrases.hasThe(head)) {
      return Optional.empty();
    }
    for (int visit = head - 1; visit >= 0; visit--) {
      Token word = index.token(visit);
      if (word.sentence() == token.sentence() || !VISIT_WORDS.contains(word.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Integer> clause = word.isVerb() ? Optional.of(visit) : index.sentenceRoot(word.sentence());
      List<Integer> subjects = clause.map(c -> index.children(c, Set.of("nsubj"))).orElse(List.of());
      return history.lastPerson(m -> subjects.stream().anyMatch(t -> m.span().contains(index.token(t).span()))).map(ActorMention::actor)
          .or(() -> history.lastThingMentioned(m -> m.actor().kind() == ActorKind.STATE && subjects.stream().anyMatch(t -> m.span().contains(index.token(t).span()))));
    }
    return Optional.empty();
  }

  /** Words for the side a lawyer speaks for in court: "the defence". */
  private static final Set<String> DEFENCE_WORDS = Set.of("defence", "defense");

  /**
   * "The former minister's lawyer said the defence would take the case to the European Court of
   * Human Rights": "the defence" alone, after a lawyer named in its sentence, is the side that
   * lawyer speaks for, not an army.
   */
  private Optional<Actor> legalDefence(int head, List<Integer> phrase) {
    Token token = index.token(head);
    if (!phrases.hasThe(head) || phrase.size() != 2 || token.isProperNoun() || !DEFENCE_WORDS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    java.util.function.Predicate<ActorMention> lawyer = MentionHistory.inSentenceBefore(index, token)
        .and(m -> Owners.ADVOCATES.stream().anyMatch(word -> MentionHistory.hasWord(m, word)));
    return history.lastThingMention(lawyer).or(() -> history.lastPerson(lawyer)).map(ActorMention::actor);
  }

  /** Number words a count of people is written with. */
  private static final Set<String> COUNT_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "dozen", "dozens", "hundred", "hundreds");

  /**
   * "detained four Beninese customs officers … demanded the officers' immediate release … The four
   * officers were freed": "the" and a plural noun, with the same count or none, name the people
   * counted before by a longer phrase ending in that noun, whatever sector the noun alone names
   * ("officers" alone would be police, and the police in context another country's).
   */
  private Optional<Actor> countedPeopleAgain(int head, List<Integer> phrase) {
    Token token = index.token(head);
    if (!token.tag().equals("NNS") || token.isProperNoun() || !phrases.hasThe(head)) {
      return Optional.empty();
    }
    List<Integer> words = phrase.stream().filter(t -> !index.token(t).tag().equals("POS")).toList();
    List<String> count = words.stream().filter(t -> index.token(t).tag().equals("CD")).map(t -> index.token(t).text().toLowerCase(Locale.ROOT)).toList();
    if (count.size() > 1 || words.size() != 2 + count.size()) {
      return Optional.empty();
    }
    String noun = token.text().toLowerCase(Locale.ROOT);
    java.util.function.Predicate<ActorMention> before = m -> index.lastTokenIn(m.span()).filter(last -> last < head).isPresent();
    return history.lastThingMentioned(mention -> {
      List<String> named = List.of(mention.surface().toLowerCase(Locale.ROOT).split("\\s+"));
      boolean counted = named.stream().anyMatch(w -> w.matches("\\d[\\d,]*") || COUNT_WORDS.contains(w));
      return before.test(mention) && named.size() >= 3 && named.get(named.size() - 1).equals(noun) && counted
          && (count.isEmpty() || named.contains(count.get(0))) && mention.actor().country().isPresent();
    });
  }

  /** Words for one person, with the pronoun that refers to them. */
  private static final Map<String, String> ONE_PERSON = Map.of("man", "he", "woman", "she");

  /**
   * "Kenyan police arrested a Chinese restaurant manager … revoked the man's work permit": "the
   * man" or "the woman" alone is the last one person of no name that a told act took or had act,
   * after any person named.
   */
  private Optional<Actor> oneUnnamedPerson(int head, List<Integer> phrase) {
    Token token = index.token(head);
    String pronoun = ONE_PERSON.get(token.lemma().toLowerCase(Locale.ROOT));
    if (pronoun == null || !token.tag().equals("NN") || !phrases.hasThe(head) || phrase.size() != 2) {
      return Optional.empty();
    }
    Optional<ActorMention> unnamed = history.lastUnnamedPerson(pronoun, m -> index.lastTokenIn(m.span()).filter(last -> last < head && hasCoreRole(last)).isPresent());
    Optional<ActorMention> named = history.lastPerson();
    boolean namedLater = named.isPresent() && unnamed.isPresent() && named.get().span().start() > unnamed.get().span().start();
    return namedLater ? Optional.empty() : unnamed.map(ActorMention::actor);
  }

  /**
   * "A drone strike killed three members of a Yazidi armed group ... said its forces had neutralised
   * fighters of the Kurdistan Workers' Party (PKK) ... and vowed to keep striking the group": "the
   * group" alone is the organisation its own sentence named before it, ahead of an earlier phrase
   * ending in "group".
   */
  private Optional<Actor> groupNamedJustBefore(int head, List<Integer> phrase) {
    Token token = index.token(head);
    if (!phrases.hasThe(head) || phrase.size() > 2 || token.isProperNoun() || !token.lemma().equalsIgnoreCase("group")) {
      return Optional.empty();
    }
    java.util.function.Predicate<ActorMention> before = MentionHistory.inSentenceBefore(index, token);
    return history.lastThingMentioned(m -> before.test(m) && m.actor().kind() == ActorKind.ORGANISATION);
  }

  /** The sector of plain people, the only one a word inside a longer name may refer back to. */
  private static final String CIVILIANS = "CVL";

  /**
   * "arrested its nine Pakistani crew members … Pakistan's high commissioner visited the crew in
   * prison": "the" and a word for plain people, alone, name the people last named with a country
   * by a longer phrase holding that word. Not the armed or the state's sectors ("the army", "the
   * police"), which the country in context places.
   */
  private Optional<Actor> peopleOfTheWordNamed(int head, List<Integer> phrase, Optional<String> sector) {
    Token token = index.token(head);
    if (!token.isProperNoun() && sector.equals(Optional.of(CIVILIANS)) && !phrases.hasThe(head)) {
      return barePeopleOfOneCountry(head, phrase);
    }
    if (!phrases.hasThe(head) || phrase.size() != 2 || token.isProperNoun() || !sector.equals(Optional.of(CIVILIANS))) {
      return Optional.empty();
    }
    String noun = token.text().toLowerCase(Locale.ROOT);
    return history.lastThingMentioned(mention -> {
      List<String> named = List.of(mention.surface().toLowerCase(Locale.ROOT).split("\\s+"));
      return named.size() >= 2 && named.contains(noun) && mention.actor().country().isPresent() && mention.actor().sector().equals(sector);
    });
  }

  /** Words for people at large, which a story may use of anyone: "civilians killed in Gaza" after "Israeli civilians". */
  private static final Set<String> PEOPLE_AT_LARGE = Set.of("people", "civilians", "residents", "men", "women", "persons", "citizens", "villagers", "protesters",
      "demonstrators", "victims");

  /**
   * "Twelve Ukrainian children … the remaining children … The pope met relatives of missing
   * children": a bare plural for plain people (no determiner, at most adjectives), every earlier
   * phrase with that word named of one country, is that country's people. Not words for people at
   * large.
   */
  private Optional<Actor> barePeopleOfOneCountry(int head, List<Integer> phrase) {
    Token token = index.token(head);
    String noun = token.text().toLowerCase(Locale.ROOT);
    boolean bare = token.tag().equals("NNS") && phrase.stream().allMatch(t -> t == head || index.token(t).tag().startsWith("JJ") || index.token(t).tag().equals("VBG"));
    if (!bare || PEOPLE_AT_LARGE.contains(noun)) {
      return Optional.empty();
    }
    List<ActorMention> before = history.things().stream().filter(m -> m.span().end() <= token.span().start() && MentionHistory.hasWord(m, noun)).toList();
    List<Actor> countries = before.stream().map(ActorMention::actor).filter(a -> a.country().isPresent()).distinct().toList();
    boolean oneCountry = !before.isEmpty() && before.stream().allMatch(m -> m.actor().country().isPresent())
        && countries.stream().map(Actor::country).distinct().count() == 1 && countries.stream().allMatch(a -> a.sector().equals(Optional.of(CIVILIANS)));
    return oneCountry ? Optional.of(countries.get(0)) : Optional.empty();
  }

  /** Words for a part of people named before: "the remaining workers", "the other detainees". */
  private static final Set<String> REST_WORDS = Set.of("remaining", "other", "rest");

  /**
   * "deported 320 Egyptian workers … demanded access to some 60 workers still held in Benghazi":
   * a counted or remaining part of people, by the plural that named them before with a country
   * and no country of its own, is part of them.
   */
  private Optional<Actor> partOfPeopleNamed(int head, List<Integer> phrase, Optional<String> sector) {
    Token token = index.token(head);
    boolean part = phrase.stream().anyMatch(t -> index.token(t).tag().equals("CD") || REST_WORDS.contains(index.token(t).text().toLowerCase(Locale.ROOT)));
    if (!token.tag().equals("NNS") || sector.isEmpty() || ARMED_OR_MILITARY.contains(sector.get()) || !part) {
      return Optional.empty();
    }
    String noun = token.text().toLowerCase(Locale.ROOT);
    return history.lastThingMentioned(mention -> {
      String[] named = mention.surface().toLowerCase(Locale.ROOT).split("\\s+");
      return named.length >= 2 && named[named.length - 1].equals(noun) && mention.actor().country().isPresent() && mention.actor().sector().equals(sector);
    });
  }

  /** Nouns for people held by others. */
  private static final Set<String> HELD_NOUNS = Set.of("detainee", "captive", "prisoner", "hostage", "abductee");
  /** Verbs of taking or keeping people. */
  static final Set<String> HOLDING_VERBS = Set.of("detain", "arrest", "hold", "seize", "capture", "round", "abduct", "kidnap", "jail", "imprison");

  /**
   * "some 60 workers still held in Benghazi … promised to free the remaining detainees": "the"
   * and a word for people held name whom the last verb of taking or keeping people befell: its
   * object, its passive subject, or the noun its participle describes.
   */
  private Optional<Actor> thoseHeld(int head) {
    if (!phrases.hasThe(head) || !HELD_NOUNS.contains(index.token(head).lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return lastHeldBefore(head);
  }

  /** Verbs whose objects are victims of what was done to them, or freed from it. */
  private static final Set<String> VICTIMS_VERBS = Set.of("free", "rescue", "release", "kill", "injure", "wound", "abduct", "kidnap", "traffic", "enslave");

  /**
   * "freed 27 South Koreans who had been forced to run online fraud schemes … to bring the victims
   * home … Relatives of the victims accused Seoul": "the victims" are whom the last verb of harm,
   * or of freeing from it, befell that has people of a country as its object, however many verbs
   * on people of no country came between ("detained more than 200 suspected scam workers").
   */
  private Optional<Actor> theVictims(int head) {
    if (!phrases.hasThe(head) || !index.token(head).lemma().equalsIgnoreCase("victim")) {
      return Optional.empty();
    }
    for (int verb = head - 1; verb >= 0; verb--) {
      if (!index.token(verb).isVerb() || !VICTIMS_VERBS.contains(index.lemma(verb).toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int people : index.children(verb, Set.of("obj", "nsubj:pass"))) {
        Optional<Actor> befallen = mentionAt(people).filter(a -> a.country().isPresent());
        if (befallen.isPresent()) {
          return befallen;
        }
      }
    }
    return Optional.empty();
  }

  /** Words for those who sail a craft. */
  private static final Set<String> CREW_WORDS = Set.of("crew");
  /** Sectors of a state's own armed crews: a warship's crew is its navy. */
  private static final Set<String> STATE_CREWS = Set.of("MIL", "COP");

  /**
   * "A Royal Navy patrol ship docked in Georgetown … Guyana's president welcomed the crew": "the
   * crew", bare, sails the one craft the story named before it, when that names a country: a
   * warship's crew is its navy, any other craft's the country's civilians.
   */
  private Optional<Actor> theCrew(int head) {
    if (!phrases.hasThe(head) || !CREW_WORDS.contains(index.token(head).lemma().toLowerCase(Locale.ROOT))
        || !index.children(head, Set.of("nmod:poss", "nmod:of", "amod", "compound")).isEmpty()) {
      return Optional.empty();
    }
    // (Only where every craft the story named before is that one: "A Uruguayan navy patrol boat
    // fired at a Spanish-flagged trawler … ordered the crew freed" may mean either crew.)
    Set<Optional<Actor>> crafts = new java.util.HashSet<>();
    for (int earlier = 0; earlier < head; earlier++) {
      if (index.token(earlier).isNoun() && isCraft(index.lemma(earlier))) {
        crafts.add(mentionAt(earlier).filter(a -> a.country().isPresent()));
      }
    }
    if (crafts.size() != 1 || crafts.iterator().next().isEmpty()) {
      return Optional.empty();
    }
    Actor sailedBy = crafts.iterator().next().get();
    return Optional.of(sailedBy.sector().filter(STATE_CREWS::contains).isPresent() ? sailedBy
        : states.stateActor(sailedBy.country().get(), Optional.of("CVL")));
  }

  /** Whom the last verb of taking or keeping people before the token befell, when they have a country. */
  private Optional<Actor> lastHeldBefore(int token) {
    for (int verb = token - 1; verb >= 0; verb--) {
      if (!index.token(verb).isVerb() || !HOLDING_VERBS.contains(index.lemma(verb).toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<Integer> held = new java.util.ArrayList<>(index.children(verb, Set.of("obj", "nsubj:pass")));
      index.parents(verb).stream().filter(d -> d.relation().equals("acl") && d.governor() >= 0).forEach(d -> held.add(d.governor()));
      // ("detained two of its employees": the people a count is of.)
      List.copyOf(held).forEach(h -> held.addAll(index.children(h, Set.of("nmod:of"))));
      for (int people : held) {
        Optional<Actor> taken = mentionAt(people).filter(a -> a.country().isPresent());
        if (taken.isPresent()) {
          return taken;
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * "An Irish engineer held in Dubai was released … The 34-year-old had been arrested in
   * January": "the" and an age ("the 34-year-old") name one person as "he" or "she" would, the
   * last person who was a subject, named or not.
   */
  private Optional<Actor> ageAnaphor(int head) {
    boolean age = index.lemma(head).equalsIgnoreCase("old") && phrases.hasThe(head)
        && index.children(head).stream().anyMatch(d -> index.lemma(d.dependent()).equalsIgnoreCase("year")
            && index.subtree(d.dependent(), Set.of()).stream().anyMatch(t -> index.token(t).tag().equals("CD")));
    return age ? history.lastSubjectOrUnnamed().map(dev.annals.model.ActorMention::actor) : Optional.empty();
  }

  /** Plural nouns for people of no trade or side, which only refer back: "the men", "the women". */
  private static final Set<String> PEOPLE_NOUNS = Set.of("man", "woman");
  /** Tags of plural nouns, common and proper ("fishermen", "South Koreans"). */
  private static final Set<String> PLURAL_TAGS = Set.of("NNS", "NNPS");
  /** Words for what befell people named before, which "the dead men" may add to "the men". */
  private static final Set<String> BEFALLEN = Set.of("dead", "slain", "killed", "injured", "wounded", "detained", "arrested", "missing", "jailed", "accused",
      "deported", "abducted", "kidnapped");
  /** Determiners that make "men" people named before: "the men", "these women", "both men". */
  private static final Set<String> REFERRING_DETERMINERS = PhraseResolver.ANAPHORIC_DETERMINERS;
  /** How many sentences back "the men" looks for the people it names. */
  private static final int PEOPLE_REACH = 2;

  /**
   * "Cambodian police detained 52 South Koreans … asked that the men be sent home": "the" (or
   * "these", "both") and a plural for people in general ("the men", "the two women", "both men")
   * name the people last named by a plural ("South Koreans", "fishermen", "soldiers") in that
   * sentence or the two before.
   */
  private Optional<Actor> peopleAnaphor(int head, List<Integer> phrase) {
    Token token = index.token(head);
    boolean onlyCounted = phrase.stream().allMatch(t -> t == head || REFERRING_DETERMINERS.contains(index.token(t).lemma().toLowerCase(Locale.ROOT))
        || index.token(t).tag().equals("CD") || BEFALLEN.contains(index.token(t).text().toLowerCase(Locale.ROOT)));
    if (!index.hasChildLemma(head, "det", REFERRING_DETERMINERS) || !token.tag().equals("NNS") || !PEOPLE_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT)) || !onlyCounted) {
      return Optional.empty();
    }
    int firstSentence = token.sentence() - PEOPLE_REACH;
    java.util.function.Predicate<dev.annals.model.ActorMention> pluralPeople = mention -> {
      Optional<Token> last = index.lastTokenIn(mention.span()).map(index::token);
      Actor actor = mention.actor();
      boolean people = actor.kind() == ActorKind.STATE || actor.kind() == ActorKind.GROUP;
      return last.isPresent() && last.get().sentence() >= firstSentence && PLURAL_TAGS.contains(last.get().tag()) && people
          && !BODIES.contains(last.get().lemma().toLowerCase(Locale.ROOT)) && !isTeller(last.get().index()) && !isCoArgument(last.get().index(), head);
    };
    // "arrested five others ... said the five men would be tried": people counted as many as
    // before are those, first.
    Set<String> counts = new java.util.HashSet<>();
    phrase.stream().filter(t -> index.token(t).tag().equals("CD")).forEach(t -> counts.add(index.token(t).text().toLowerCase(Locale.ROOT)));
    if (index.hasChildLemma(head, "det", Set.of("both"))) {
      counts.add("two");
    }
    java.util.function.Predicate<dev.annals.model.ActorMention> countedAlike = mention -> !counts.isEmpty() && mention.actor().country().isPresent()
        && List.of(mention.surface().toLowerCase(Locale.ROOT).split("\\s+")).stream().anyMatch(counts::contains);
    // Those a clause acts on or with come first: "arrested three Turkish nationals ... on
    // suspicion of spying on Kurdish exiles. One of the men" is one of the nationals, as "...
    // of flying Bolivian migrants" leaves them too.
    // "Mozambican police arrested two Vietnamese men … after customs officers found 14 rhino
    // horns … The men were charged": people named before by the same word come next (named,
    // not themselves referred back to: "the detained men" is one more "the men").
    java.util.function.Predicate<dev.annals.model.ActorMention> sameWord = mention -> index.lastTokenIn(mention.span())
        .map(t -> index.lemma(t).equalsIgnoreCase(token.lemma()) && !index.hasChildLemma(t, "det", REFERRING_DETERMINERS)).orElse(false);
    // "fined the boats' owners … the men would be freed": people a business is told by, its
    // owners or managers, are "the men" only when no other people are.
    java.util.function.Predicate<dev.annals.model.ActorMention> notBusiness = mention -> !mention.actor().sector().filter(BUSINESS::equals).isPresent();
    return peopleAnaphor(pluralPeople.and(notBusiness), countedAlike, sameWord).or(() -> peopleAnaphor(pluralPeople, countedAlike, sameWord));
  }

  private static final String BUSINESS = "BUS";

  private Optional<Actor> peopleAnaphor(java.util.function.Predicate<dev.annals.model.ActorMention> pluralPeople,
      java.util.function.Predicate<dev.annals.model.ActorMention> countedAlike, java.util.function.Predicate<dev.annals.model.ActorMention> sameWord) {
    return history.lastThingMentioned(pluralPeople.and(countedAlike))
        .or(() -> history.lastThingMentioned(pluralPeople.and(sameWord)))
        .or(() -> history.lastThingMentioned(pluralPeople.and(mention -> index.lastTokenIn(mention.span()).map(this::hasCoreRole).orElse(false))))
        .or(() -> history.lastThingMentioned(pluralPeople));
  }

  /**
   * "shot dead two Cameroonian men ... and arrested five others": "others", counted, are more of
   * the people last named by a plural that a clause acts on or with, in that sentence or the one
   * before ("Russia, China and others" is no such count).
   */
  private Optional<Actor> othersCounted(int head, List<Integer> phrase) {
    Token token = index.token(head);
    if (!token.text().equalsIgnoreCase("others") || phrase.stream().noneMatch(t -> index.token(t).tag().equals("CD"))) {
      return Optional.empty();
    }
    int firstSentence = token.sentence() - 1;
    return history.lastThingMentioned(mention -> {
      Optional<Token> last = index.lastTokenIn(mention.span()).map(index::token);
      Actor actor = mention.actor();
      return last.isPresent() && last.get().sentence() >= firstSentence && last.get().index() < head && PLURAL_TAGS.contains(last.get().tag())
          && (actor.kind() == ActorKind.STATE || actor.kind() == ActorKind.GROUP) && hasCoreRole(last.get().index());
    });
  }

  /**
   * "questioned two Israeli soldiers … would file complaints against other soldiers it had
   * identified": "other" and a plural noun alone are more of the people the story named by that
   * noun with a country, of the same sector.
   */
  private Optional<Actor> otherOfTheSameWord(int head, Optional<String> sector) {
    Token token = index.token(head);
    boolean other = index.children(head, Set.of("amod")).stream().anyMatch(a -> index.token(a).text().equalsIgnoreCase("other"))
        && index.children(head, Set.of("amod")).size() == 1 && index.children(head, Set.of("compound", "nmod:poss", "nmod:of")).isEmpty();
    if (!other || !token.tag().equals("NNS") || token.isProperNoun() || sector.isEmpty()) {
      return Optional.empty();
    }
    String noun = token.text().toLowerCase(Locale.ROOT);
    return history.lastThingMentioned(mention -> index.lastTokenIn(mention.span()).filter(last -> last < head
            && index.token(last).text().equalsIgnoreCase(noun)).isPresent()
        && mention.actor().country().isPresent() && mention.actor().sector().equals(sector));
  }

  /**
   * "Mozambican troops freed both men": the people a clause acts on are not its own subject, so
   * "the men" skip a plural that is an actor of the same verb.
   */
  private boolean isCoArgument(int mention, int anaphor) {
    Set<Integer> governors = new java.util.HashSet<>();
    index.parents(anaphor).stream().filter(d -> CORE_ROLES.contains(d.relation())).forEach(d -> governors.add(d.governor()));
    return index.parents(mention).stream().anyMatch(d -> CORE_ROLES.contains(d.relation()) && governors.contains(d.governor()));
  }

  /** Relations of a clause's own actors: its subject and objects. */
  private static final Set<String> CORE_ROLES = Set.of("nsubj", "nsubj:pass", "obj", "iobj");
  /** Tags of a finite verb or a participle, not of a gerund's ("on suspicion of flying Bolivian migrants") or an infinitive's. */
  private static final Set<String> TOLD_VERB_TAGS = Set.of("VBD", "VBN", "VBZ", "VBP");

  /** A subject or object of a verb that tells an act, not of a gerund or infinitive inside a phrase. */
  private boolean hasCoreRole(int word) {
    return index.parents(word).stream().anyMatch(d -> CORE_ROLES.contains(d.relation()) && d.governor() >= 0 && TOLD_VERB_TAGS.contains(index.token(d.governor()).tag()));
  }

  /**
   * "Several thousand people marched through Palma … The organisers said they would march again":
   * "the organisers" alone are those who last marched, rallied or protested, the subject of the
   * last such verb (not the last plain people named, who may be those the protest was aimed at).
   */
  private Optional<Actor> protestOrganisers(int head) {
    Token token = index.token(head);
    if (!phrases.hasThe(head) || token.isProperNoun() || !ORGANISERS.contains(token.lemma().toLowerCase(Locale.ROOT))
        || !index.children(head, Set.of("nmod:of", "nmod:poss", "compound")).isEmpty()) {
      return Optional.empty();
    }
    for (int verb = head - 1; verb >= 0; verb--) {
      if (!index.token(verb).isVerb() || !PROTEST_VERBS.contains(index.lemma(verb).toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int subject : index.children(verb, Set.of("nsubj"))) {
        Optional<Actor> protesters = mentionAt(subject);
        if (protesters.isPresent()) {
          return protesters;
        }
      }
    }
    return Optional.empty();
  }

  /** Words for those who organise a protest. */
  private static final Set<String> ORGANISERS = Set.of("organiser", "organizer");
  /** Verbs of the protest organisers organise. */
  private static final Set<String> PROTEST_VERBS = Set.of("march", "rally", "protest", "demonstrate", "organise", "organize");

  /** Verbs a story's tellers tell it with: "..., prosecutors said". */
  private static final Set<String> TELLING = Set.of("say", "tell", "add", "announce", "report", "state");

  /**
   * "Dutch police arrested three Turkish nationals ..., prosecutors said. One of the men ...": those
   * who tell the story are not the people it tells of.
   */
  private boolean isTeller(int word) {
    return index.head(word).filter(h -> h.relation().equals("nsubj") && TELLING.contains(index.lemma(h.governor()).toLowerCase(Locale.ROOT))).isPresent();
  }

  /**
   * Plural-tagged words for a body, not for people one by one: "asked for the pilots to be handed
   * over … an airstrip its police were investigating … the men would be tried" are the pilots; so
   * are the states and their governments ("an agreement the two governments signed … said the men
   * would be held" are the gang members handed over).
   */
  private static final Set<String> BODIES = Set.of("police", "authority", "authorities", "force", "forces", "media", "government", "country", "state",
      "nation", "side");

  /**
   * Verbs of the same deed as a doer's noun, besides the noun's own verb: "Gunmen abducted two
   * Austrian engineers … Austria urged the kidnappers to release them" (the kidnappers abducted).
   */
  private static final java.util.Map<String, Set<String>> SAME_DEEDS = java.util.Map.of(
      "kidnapper", Set.of("abduct", "seize"), "abductor", Set.of("abduct", "kidnap", "seize"), "hostage-taker", Set.of("abduct", "kidnap", "seize"),
      "killer", Set.of("murder", "shoot"), "attacker", Set.of("ambush", "raid", "storm", "shoot"));

  /**
   * "JNIM fighters killed 11 traders … Traore promised to hunt down the killers": "the" and a
   * noun for whoever does a deed ("the killers", "the attackers", "the kidnappers") name the doer
   * of the last verb of that deed, its subject or a passive's agent.
   */
  private Optional<Actor> doersOfTheDeed(int head) {
    Token token = index.token(head);
    String noun = token.lemma().toLowerCase(Locale.ROOT);
    Set<String> deeds = new java.util.HashSet<>(SAME_DEEDS.getOrDefault(noun, Set.of()));
    if (!phrases.hasThe(head) || token.isProperNoun() || !token.tag().equals("NNS") || !(noun.endsWith("er") || !deeds.isEmpty()) || noun.length() < 5) {
      return Optional.empty();
    }
    if (noun.endsWith("er")) {
      String stem = noun.substring(0, noun.length() - 2);
      deeds.add(stem);
      // "kidnapper": the doubled consonant goes with the ending.
      deeds.add(stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2) ? stem.substring(0, stem.length() - 1) : stem);
    }
    for (int verb = head - 1; verb >= 0; verb--) {
      String lemma = index.lemma(verb).toLowerCase(Locale.ROOT);
      if (!index.token(verb).isVerb() || !deeds.contains(lemma)) {
        continue;
      }
      Set<String> doer = index.isPassive(verb) ? Set.of("obl:agent", "obl:by") : Set.of("nsubj");
      for (int subject : index.children(verb, doer)) {
        Optional<Actor> done = mentionAt(subject);
        if (done.isPresent()) {
          return done;
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * "Russian police detained 300 Tajik migrants … About 200 of the detained men were deported":
   * "the" and a participle of a deed told before ("the detained men", "the expelled workers")
   * name whom that deed befell, the object of the last verb of the same lemma.
   */
  private Optional<Actor> thoseActedOn(int head) {
    boolean definite = phrases.hasThe(head);
    if (!definite || index.token(head).isProperNoun()) {
      return Optional.empty();
    }
    for (int participle : index.children(head, Set.of("amod", "acl"))) {
      String tag = index.token(participle).tag();
      if (!tag.equals("VBN") && !tag.equals("JJ")) {
        continue;
      }
      String lemma = index.lemma(participle).toLowerCase(Locale.ROOT);
      for (int verb = participle - 1; verb >= 0; verb--) {
        String verbLemma = index.lemma(verb).toLowerCase(Locale.ROOT);
        // "detained" tagged as an adjective keeps its ending as its lemma: "freed" is "free" + "d".
        boolean same = verbLemma.equals(lemma) || (lemma.endsWith("ed") && (lemma.equals(verbLemma + "d") || lemma.equals(verbLemma + "ed")));
        if (!same || !index.token(verb).isVerb()) {
          continue;
        }
        for (int object : index.children(verb, Set.of("obj", "nsubj:pass"))) {
          Optional<Actor> taken = mentionAt(object);
          if (taken.isPresent()) {
            return taken;
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "six of its citizens arrested in Kampala, whom Ugandan military intelligence accuses of spying
   * on Rwandan exiles. The men were detained in raids on Tuesday night": "the" and a plural noun
   * that a verb of taking or keeping people takes are whom such a verb befell before (one taking
   * told twice), not the people named last.
   */
  private Optional<Actor> heldAgain(int head) {
    Token token = index.token(head);
    if (!phrases.hasThe(head) || token.isProperNoun() || !token.tag().equals("NNS") || !isHeldBy(head)) {
      return Optional.empty();
    }
    return lastHeldBefore(head);
  }

  /**
   * "detained two of its Egyptian employees … Egypt's public prosecutor charged the two on
   * Tuesday": "the" and a bare count name whom the last verb of taking or keeping people befell.
   */
  private Optional<Actor> countedHeldAgain(int head) {
    String word = index.token(head).text().toLowerCase(Locale.ROOT);
    if (!phrases.hasThe(head) || !index.token(head).tag().equals("CD") || !(COUNT_WORDS.contains(word) || word.matches("\\d+"))) {
      return Optional.empty();
    }
    return lastHeldBefore(head);
  }

  /** Whether the token is what a verb of holding takes: its object or its passive subject. */
  private boolean isHeldBy(int token) {
    return index.parents(token).stream().anyMatch(d -> (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) && d.governor() >= 0
        && HOLDING_VERBS.contains(index.lemma(d.governor()).toLowerCase(Locale.ROOT)));
  }

  /** The actor remembered for the phrase at this head, if any. */
  private Optional<Actor> mentionAt(int token) {
    dev.annals.model.Span at = index.token(token).span();
    return history.namedSoFar().stream().filter(m -> m.span().start() <= at.start() && at.end() <= m.span().end()).map(dev.annals.model.ActorMention::actor).findFirst();
  }

  /** Verbs of saying whose speaker's own state "the country" in what they say is. */
  private static final Set<String> SAYING = Set.of("say", "tell", "state", "insist", "add", "stress", "declare", "reiterate", "announce");

  /**
   * "Chile's foreign minister … said the country remained open to scientific cooperation with
   * China": "the country" or "the nation", bare, as the subject of what a state's speaker says,
   * is the speaker's own state.
   */
  private Optional<Actor> speakersCountry(int head, List<Integer> phrase) {
    if (!isBareCountry(head, phrase)) {
      return Optional.empty();
    }
    for (Dependency subject : index.parents(head)) {
      if (!subject.relation().equals("nsubj") || subject.governor() < 0) {
        continue;
      }
      for (Dependency reported : index.parents(subject.governor())) {
        if (!reported.relation().equals("ccomp") || reported.governor() < 0 || !SAYING.contains(index.lemma(reported.governor()).toLowerCase(Locale.ROOT))) {
          continue;
        }
        List<Integer> speakers = index.children(reported.governor(), Set.of("nsubj"));
        Optional<Actor> speaker = history.lastThingMentioned(m -> speakers.stream().anyMatch(t -> m.span().contains(index.token(t).span())));
        if (speaker.isPresent() && speaker.get().country().isPresent()) {
          return Optional.of(states.countryLevel(speaker.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** "the country" or "the nation", and no more words. */
  private boolean isBareCountry(int head, List<Integer> phrase) {
    String noun = index.token(head).lemma().toLowerCase(Locale.ROOT);
    return (noun.equals("country") || noun.equals("nation")) && phrases.hasThe(head) && phrase.size() <= 2;
  }

  /** Prepositions of where one goes or is: "send troops to the country", "operations in the country". */
  private static final Set<String> DESTINATIONS = Set.of("to", "into", "in");

  /**
   * "Gunmen killed two Rwandan soldiers in the Central African Republic … Rwanda said it would
   * send another 300 troops to the country": "the country" or "the nation", bare, where the
   * clause's subject goes or acts, is the last state named that is not the subject's own.
   */
  private Optional<Actor> countryGoneTo(int head, List<Integer> phrase) {
    if (!isBareCountry(head, phrase)) {
      return Optional.empty();
    }
    for (Dependency hung : index.parents(head)) {
      if (hung.governor() < 0 || !hung.baseRelation().equals("obl") || !DESTINATIONS.contains(hung.suffix())) {
        continue;
      }
      List<Integer> subjects = index.children(hung.governor(), Set.of("nsubj", "nsubj:xsubj"));
      Set<String> own = new java.util.HashSet<>();
      history.things().stream().filter(m -> subjects.stream().anyMatch(t -> m.span().contains(index.token(t).span())))
          .forEach(m -> m.actor().country().ifPresent(own::add));
      if (own.isEmpty()) {
        return Optional.empty();
      }
      return history.lastThingMentioned(m -> m.actor().kind() == ActorKind.STATE && m.actor().country().filter(c -> !own.contains(c)).isPresent())
          .map(states::countryLevel);
    }
    return Optional.empty();
  }

  /**
   * "Bolivia's interior minister said ... and the country's main union federation accused the
   * government": "the country" or "the nation", bare, as the owner of a group or body, is the last
   * state named.
   */
  private Optional<Actor> owningCountry(int head, List<Integer> phrase) {
    if (!isBareCountry(head, phrase) || index.parents(head).stream().noneMatch(d -> d.relation().equals("nmod:poss"))) {
      return Optional.empty();
    }
    return history.lastThingMentioned(m -> m.actor().kind() == ActorKind.STATE && m.actor().country().isPresent()).map(states::countryLevel);
  }

  /** Words for the business that owns or runs a site: "the company", "the firm", "the operator". */
  private static final Set<String> BUSINESS_WORDS = Set.of("company", "firm", "operator", "owner", "miner");

  /**
   * "Ecuador suspended the environmental licence of a Canadian-owned gold mine … The company said
   * it would take the case to international arbitration": "the company" alone, with no business
   * told before, is the one that owns the site last told as owned by a country's people.
   */
  private Optional<Actor> ownerOfSite(int head, List<Integer> phrase) {
    if (!BUSINESS_WORDS.contains(index.lemma(head)) || phrase.size() != 2 || !phrases.hasThe(head)
        || history.lastThingMentioned(m -> m.actor().sector().filter(BUSINESS::equals).isPresent()).isPresent()) {
      return Optional.empty();
    }
    for (int site = head - 1; site >= 0; site--) {
      if (!OwnedSites.isSite(index, site) || !OwnedSites.isOwned(index, site)) {
        continue;
      }
      Optional<String> country = index.children(site, Set.of("amod", "compound")).stream().map(m -> dictionary.match(OwnedSites.ownerWord(index.token(m).text())))
          .flatMap(Optional::stream).filter(match -> match.how() == NameMatch.How.COUNTRY_ADJECTIVE).flatMap(match -> match.actor().country().stream()).findFirst();
      if (country.isPresent()) {
        return Optional.of(states.stateActor(country.get(), Optional.of(BUSINESS)));
      }
    }
    return Optional.empty();
  }

  /**
   * "Workers at three German-owned car wiring factories went on strike … sent labour inspectors
   * into the three plants": "the" and a word for a site (a plant, a factory, a mine), counted or
   * not and with no other word, is the business of the owned site last named, by whatever word
   * for a site.
   */
  private Optional<Actor> siteAnaphor(int head, List<Integer> phrase) {
    if (!phrases.hasThe(head) || index.token(head).isProperNoun() || !OwnedSites.isSite(index, head) || !onlyCountedBefore(head, phrase)) {
      return Optional.empty();
    }
    return history.lastThingMentioned(mention -> index.lastTokenIn(mention.span()).filter(last -> last < head && OwnedSites.isSite(index, last) && OwnedSites.isOwned(index, last)).isPresent()
        && mention.actor().sector().filter(BUSINESS::equals).isPresent() && mention.actor().country().isPresent());
  }

  /** Whether the phrase has only "the" and numbers before its head: "the three plants", "the four vessels". */
  private boolean onlyCountedBefore(int head, List<Integer> phrase) {
    return phrase.stream().allMatch(t -> t >= head || index.token(t).lemma().equalsIgnoreCase("the") || index.token(t).tag().equals("CD"));
  }

  /** Nouns for any state, whose kind the word before them tells: "the island nation", "the archipelago state". */
  private static final Set<String> STATE_NOUNS = Set.of("nation", "state", "country", "republic");

  /**
   * "Saudi Foreign Minister Faisal bin Farhan held talks ... Pezeshkian praised the kingdom's
   * role": "the" and a word for a kind of state (actors/state-epithets.tsv), with at most an
   * adjective between ("the Gulf kingdom"), refer to the state of that kind named last, by itself
   * or by one of its people.
   */
  private Optional<Actor> stateEpithet(int head, List<Integer> phrase) {
    Token token = index.token(head);
    java.util.Set<String> called = StateEpithets.countriesCalled(token.lemma());
    if (called.isEmpty() && STATE_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
      // "to help the island nation avoid a default": the kind is told by the word before "nation".
      for (int kind : index.children(head, Set.of("compound", "amod"))) {
        called = called.isEmpty() ? StateEpithets.countriesCalled(index.lemma(kind)) : called;
      }
    }
    if (!phrases.hasThe(head) || phrase.size() > 3 || token.isProperNoun() || called.isEmpty()) {
      return Optional.empty();
    }
    Set<String> namedLater = countriesNamedLaterInSentence(head);
    List<dev.annals.model.ActorMention> named = history.namedSoFar();
    named.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
    for (int i = named.size() - 1; i >= 0; i--) {
      Optional<String> country = named.get(i).actor().country();
      if (country.isPresent() && called.contains(country.get()) && !namedLater.contains(country.get())) {
        return Optional.of(states.countryLevel(named.get(i).actor()));
      }
    }
    return Optional.empty();
  }

  /**
   * The countries a word after the epithet in its own sentence names by name: "The kingdom
   * recalled its ambassador from London" is not Britain, though Britain was the last kingdom
   * named; a writer meaning Britain would not name it again in the same breath.
   */
  private Set<String> countriesNamedLaterInSentence(int head) {
    Set<String> countries = new java.util.HashSet<>();
    int sentence = index.token(head).sentence();
    for (int t = head + 1; t < index.text().tokens().size() && index.token(t).sentence() == sentence; t++) {
      if (index.token(t).isProperNoun()) {
        dictionary.match(index.token(t).text()).flatMap(match -> match.actor().country()).ifPresent(countries::add);
      }
    }
    return countries;
  }

  /**
   * "Russian and Chinese coast guard ships began a joint patrol … A U.S. Coast Guard cutter
   * shadowed the four vessels": "the" and a plural word for craft, counted or not and with no
   * other word, are the craft last named, by whatever word for craft, with a country.
   */
  private Optional<Actor> craftAnaphor(int head, List<Integer> phrase) {
    Token token = index.token(head);
    // (Words after the noun do not name other craft: "the four vessels north of the Aleutian Islands".)
    if (!phrases.hasThe(head) || !token.tag().equals("NNS") || !CRAFT.contains(token.lemma().toLowerCase(Locale.ROOT)) || !onlyCountedBefore(head, phrase)) {
      return Optional.empty();
    }
    // Not the craft that acts on them: "A U.S. Coast Guard cutter shadowed the four vessels".
    Set<Integer> ownSubjects = index.head(head).filter(d -> d.governor() >= 0).map(d -> Set.copyOf(index.children(d.governor(), Set.of("nsubj")))).orElse(Set.of());
    return history.lastThingMentioned(mention -> index.lastTokenIn(mention.span()).filter(last -> last < head && namesCraft(last) && !ownSubjects.contains(last)).isPresent()
        && mention.actor().country().isPresent());
  }

  /**
   * "a Chinese research icebreaker entered Icelandic waters … A coast guard vessel shadowed the
   * icebreaker": "the" and a singular word for a craft name the craft last told by that word, and
   * one told with a country's adjective is that country's when acted on (as the object "a Russian
   * research ship" is Russia for the verb acting on it).
   */
  private Optional<Actor> oneCraftOfACountry(int head, List<Integer> phrase) {
    Token token = index.token(head);
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    // Only a craft acted on: one that acts stands for its state when a word names it a state's
    // ("warship", "coast guard vessel"), not by its flag ("the vessel sailed on towards the Maldives").
    boolean actedOn = index.head(head).filter(h -> h.relation().startsWith("nsubj")).isEmpty();
    if (!phrases.hasThe(head) || !token.tag().equals("NN") || !CRAFT.contains(lemma) || phrase.size() != 2 || !actedOn) {
      return Optional.empty();
    }
    for (int craft = head - 1; craft >= 0; craft--) {
      if (!index.lemma(craft).equalsIgnoreCase(lemma)) {
        continue;
      }
      return index.children(craft, Set.of("amod", "compound")).stream().map(m -> dictionary.match(index.token(m).text()))
          .flatMap(Optional::stream).filter(match -> match.how() == NameMatch.How.COUNTRY_ADJECTIVE).flatMap(match -> match.actor().country().stream())
          .findFirst().map(country -> states.stateActor(country, Optional.empty()));
    }
    return Optional.empty();
  }

  /** A word for craft, or the adjective or noun that qualifies one: "ships", "Chinese" in "Russian and Chinese warships". */
  private boolean namesCraft(int word) {
    java.util.function.IntPredicate craft = w -> CRAFT.contains(index.token(w).lemma().toLowerCase(Locale.ROOT));
    return craft.test(word) || index.head(word).filter(d -> (d.relation().equals("amod") || d.relation().equals("compound")) && d.governor() >= 0
        && craft.test(d.governor())).isPresent();
  }

  /**
   * "a former Angolan provincial governor … The former governor denied any wrongdoing": a former
   * holder of an office, told again by the office, is the one named before, an elite of his
   * country, not the government the office word alone would place in the country in context.
   */
  private Optional<Actor> formerHolderAnaphor(int head, List<Integer> phrase) {
    Token token = index.token(head);
    boolean former = phrase.stream().anyMatch(t -> index.token(t).text().equalsIgnoreCase("former"));
    if (!former || !phrases.hasThe(head) || !token.isNoun() || token.isProperNoun()) {
      return Optional.empty();
    }
    String noun = token.text().toLowerCase(Locale.ROOT);
    // "a former Gambian interior minister … The party of the former ruler": a former holder of a
    // government's office, of no country named and none named by that word before, is of the
    // country whose former office holders the story tells of, one of them. ("former prime minister
    // P.V. Narasimha Rao … The former prime minister" is Rao, whom the word named.)
    boolean governmentOffice = dictionary.sector(token.lemma()).filter("GOV"::equals).isPresent()
        && history.namedSoFar().stream().noneMatch(m -> m.span().end() <= token.span().start() && MentionHistory.hasWord(m, noun));
    return history.lastThingMentioned(mention -> {
      List<String> named = List.of(mention.surface().toLowerCase(Locale.ROOT).split("\\s+"));
      return named.contains("former") && named.get(named.size() - 1).equals(noun);
    }).or(() -> governmentOffice ? history.lastThingMentioned(mention -> List.of(mention.surface().toLowerCase(Locale.ROOT).split("\\s+")).contains("former")
        && mention.actor().country().isPresent() && mention.span().end() <= token.span().start()) : Optional.empty());
  }

  /**
   * Titles of a monarch, which one person of a story holds: "Sultan Hassanal Bolkiah … the sultan";
   * and by which a ruler is named with a first name alone ("King Abdullah", {@link PhraseResolver}).
   */
  static final Set<String> RULER_TITLES = Set.of("sultan", "emir", "king", "queen", "sheikh", "monarch");

  /**
   * "Prime Minister Anwar Ibrahim attended the signing with Sultan Hassanal Bolkiah … The sultan
   * thanked Malaysia": "the" and a monarch's title alone is the person last named with that
   * title, not the government of the country in context.
   */
  private Optional<Actor> rulerAnaphor(int head, List<Integer> phrase) {
    Token token = index.token(head);
    String title = token.lemma().toLowerCase(Locale.ROOT);
    if (!RULER_TITLES.contains(title) || token.isProperNoun() || !phrases.hasThe(head) || phrase.size() != 2) {
      return Optional.empty();
    }
    return history.lastPerson(mention -> List.of(mention.surface().toLowerCase(Locale.ROOT).split("\\s+")).contains(title)
        && mention.actor().country().isPresent()).map(ActorMention::actor);
  }

  /**
   * "Italy's consulates in Argentina stopped accepting applications … rallied outside the consulate
   * general in Buenos Aires": "the" and a word for a diplomatic mission, of no owner, is the mission
   * of the state whose missions the story told last by that word (a country has no mission in
   * itself, so not the host's government the place would give). Only a mission told as a state's
   * government: "bank accounts of the Republic of Congo's embassy" are no mission.
   */
  Optional<Actor> missionAnaphor(int head, List<Integer> phrase) {
    Token token = index.token(head);
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    boolean ownerless = index.children(head, Set.of("nmod:poss", "amod", "compound")).stream()
        .allMatch(m -> index.token(m).text().equalsIgnoreCase("general"));
    if (!phrases.hasThe(head) || !ActorResolver.MISSION_NOUNS.contains(lemma) || token.isProperNoun() || !ownerless) {
      return Optional.empty();
    }
    return history.lastThingMention(m -> index.lastTokenIn(m.span()).filter(last -> last < head && index.lemma(last).equalsIgnoreCase(lemma)).isPresent()
        && m.actor().kind() == ActorKind.STATE && m.actor().country().isPresent() && m.actor().sector().filter("GOV"::equals).isPresent()).map(ActorMention::actor);
  }

  /** A minister and the ministry he heads. */
  private static final Set<String> PORTFOLIO_HEADS = Set.of("minister", "ministry");

  /**
   * "Estonia will stop extending protection …, the interior minister told parliament … Ukraine's
   * foreign ministry welcomed the decision … The interior ministry later said": "the", a
   * portfolio and "ministry" or "minister" name the state whose minister or ministry of that
   * portfolio the story told, not the last ministry told of. (A country's word is no portfolio:
   * "the Ukrainian ministry".)
   */
  private Optional<Actor> portfolioAnaphor(int head, List<Integer> phrase) {
    Token token = index.token(head);
    List<Integer> portfolio = index.children(head, Set.of("compound", "amod"));
    if (!PORTFOLIO_HEADS.contains(token.lemma().toLowerCase(Locale.ROOT)) || !token.tag().equals("NN") || !phrases.hasThe(head) || phrase.size() != 3
        || portfolio.size() != 1 || dictionary.match(index.token(portfolio.get(0)).text()).isPresent() || !namesAPortfolio(portfolio.get(0))) {
      return Optional.empty();
    }
    String word = index.token(portfolio.get(0)).text().toLowerCase(Locale.ROOT);
    java.util.function.Predicate<ActorMention> samePortfolio = mention -> {
      List<String> words = List.of(mention.surface().toLowerCase(Locale.ROOT).split("\\s+"));
      for (int at = 1; at < words.size(); at++) {
        if (PORTFOLIO_HEADS.contains(words.get(at)) && words.get(at - 1).equals(word)) {
          return mention.actor().country().isPresent() && mention.span().start() < token.span().start();
        }
      }
      return false;
    };
    // Only when every such office told before is of one country: "Colombia's foreign ministry …
    // Israel's foreign ministry … marched to the foreign ministry in Bogota" names neither by the word.
    List<String> countries = java.util.stream.Stream.concat(history.people().stream(), history.things().stream()).filter(samePortfolio)
        .map(m -> m.actor().country().get()).distinct().toList();
    if (countries.size() != 1) {
      return Optional.empty();
    }
    return MentionHistory.later(history.lastPerson(samePortfolio), history.lastThingMention(samePortfolio))
        .filter(m -> m.actor().kind() == ActorKind.PERSON || m.actor().sector().filter("GOV"::equals).isPresent())
        .map(m -> states.stateActor(countries.get(0), Optional.of("GOV")));
  }

  /** Adjectives that name a portfolio, as the tagger reads them: "the foreign ministry", "the interior/JJ ministry". */
  private static final Set<String> PORTFOLIO_ADJECTIVES = Set.of("foreign", "interior");

  /**
   * A portfolio is a noun ("interior", "defence", "trade") or "foreign" or "interior"; other
   * adjectives tell the holder, not the office: "the prime minister", "the visiting minister".
   */
  private boolean namesAPortfolio(int modifier) {
    return index.token(modifier).isNoun() || PORTFOLIO_ADJECTIVES.contains(index.token(modifier).text().toLowerCase(Locale.ROOT));
  }

  /**
   * "South Korea's foreign minister arrived in Vientiane … Laos's prime minister thanked Seoul … The
   * minister said": "the minister" alone is the minister last named, not a prime minister (who is
   * "the prime minister") nor the government of the country in context.
   */
  private Optional<Actor> ministerAnaphor(int head, List<Integer> phrase) {
    Token token = index.token(head);
    if (!token.lemma().equalsIgnoreCase("minister") || !token.tag().equals("NN") || !phrases.hasThe(head) || phrase.size() != 2) {
      return Optional.empty();
    }
    java.util.function.Predicate<ActorMention> minister = mention -> {
      List<String> words = List.of(mention.surface().toLowerCase(Locale.ROOT).split("\\s+"));
      int at = words.indexOf("minister");
      return at > 0 && !words.get(at - 1).equals("prime") && !words.get(at - 1).equals("deputy") && mention.actor().country().isPresent()
          && mention.span().start() < token.span().start();
    };
    // "Brazil's agriculture minister held talks in Jakarta with Indonesia's trade minister … The
    // minister also invited": a minister who was a subject, the one the story follows, before one
    // only met or named beside.
    java.util.function.Predicate<ActorMention> subject = mention -> index.lastTokenIn(mention.span())
        .flatMap(index::head).filter(h -> h.relation().startsWith("nsubj")).isPresent();
    return MentionHistory.later(history.lastPerson(minister.and(subject)).or(() -> history.lastPerson(minister)),
        history.lastThingMention(minister.and(subject)).or(() -> history.lastThingMention(minister))).map(ActorMention::actor);
  }

  /**
   * "Kyrgyzstan's Central Election Commission rejected the criticism … outside the commission's
   * headquarters": "the" and a common noun refer to the actor last named by a longer phrase ending
   * in that noun, before any other organisation of its kind.
   */
  /**
   * "accused armed factions close to Iran of launching the drone, a charge one of the factions
   * denied": "the" and a plural word of a sector name the things last named with that word, when
   * the words around it there made them another sector (armed factions are rebels, factions alone
   * a party's). When the last things named with the word are of the word's own sector, the word
   * alone says no more than they did, and is left to the rules below.
   */
  private Optional<Actor> pluralNamedMoreNarrowly(int head) {
    Token token = index.token(head);
    Optional<String> ownSector = dictionary.sector(token.lemma());
    // A count of its own ("the two officers") is for countedPeopleAgain to match; words for plain
    // people ("the men", "the people") may name anyone told of, as the rules below read them.
    if (!token.tag().equals("NNS") || token.isProperNoun() || !phrases.hasThe(head) || ownSector.filter(sector -> !sector.equals("CVL")).isEmpty()
        || !index.children(head, Set.of("nummod")).isEmpty()) {
      return Optional.empty();
    }
    String noun = token.text().toLowerCase(Locale.ROOT);
    return history.lastThingMention(mention -> index.lastTokenIn(mention.span()).filter(last -> last < head).isPresent() && MentionHistory.hasWord(mention, noun))
        .map(ActorMention::actor).filter(thing -> thing.sector().filter(sector -> !sector.equals(ownSector.get())).isPresent());
  }

  private Optional<Actor> sameHeadAnaphor(int head, List<Integer> phrase) {
    Token token = index.token(head);
    String noun = token.text().toLowerCase(Locale.ROOT);
    // "the army", "the police" name a sector, which the country in context places: the
    // Balochistan Liberation Army named before is not "the army". But "the court" after "the
    // International Criminal Court", "the commission" after "the European Commission": a sector
    // word that ends the name of an unarmed organisation named before is that organisation.
    boolean sectorWord = dictionary.sector(token.lemma()).isPresent();
    // "the Abuja-based court": where a body sits does not make it another body.
    long words = phrase.stream().filter(t -> !isSeatWord(index, t)).count();
    // "the border agency" after "South Africa's border agency": a longer phrase refers back when
    // the name ends with all its words.
    List<String> own = phrase.stream().filter(t -> !isSeatWord(index, t) && !index.token(t).tag().equals("DT"))
        .map(t -> index.token(t).text().toLowerCase(Locale.ROOT)).toList();
    if (!phrases.hasThe(head) || words > 3 || token.isProperNoun() || !token.isNoun()) {
      return Optional.empty();
    }
    // "detained an Irish trawler … released the trawler": a craft is one thing, which "the" and
    // its word find again, though the word also names a sector (a trawler is its fishermen's).
    boolean craft = CRAFT.contains(token.lemma().toLowerCase(Locale.ROOT));
    // "a diplomatic bag addressed to the Republic of the Congo's embassy … a counsellor at the
    // embassy": a mission is one state's in another, which "the" and its word find again, not
    // one of the country the story is set in.
    boolean mission = ActorResolver.MISSION_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT));
    return history.lastThingMentioned(mention -> {
      List<String> named = List.of(mention.surface().toLowerCase(Locale.ROOT).split("\\s+"));
      if (words > 2 && (own.size() >= named.size() || !named.subList(named.size() - own.size(), named.size()).equals(own))) {
        return false;
      }
      // The name's own head: "the court" after "the ECOWAS Court of Justice".
      int of = named.indexOf("of");
      String nameHead = of > 0 ? named.get(of - 1) : named.get(named.size() - 1);
      Actor thing = mention.actor();
      boolean unarmedOrganisation = thing.kind() == ActorKind.ORGANISATION && !ARMED_OR_MILITARY.contains(thing.sector().orElse(""));
      return named.size() >= 2 && (named.get(named.size() - 1).equals(noun) || (of > 0 && unarmedOrganisation && nameHead.equals(noun)))
          && (!sectorWord || unarmedOrganisation || craft || (mission && thing.sector().filter("GOV"::equals).isPresent()) || onePersonIntroduced(token, mention));
    });
  }

  /**
   * "a former Nicaraguan army officer who crossed the border … The officer told reporters": one
   * person, brought in by "a" and a singular word of a sector, is whom "the" and that word name
   * after, not the sector of the country in context.
   */
  private boolean onePersonIntroduced(Token anaphor, ActorMention mention) {
    Optional<Token> named = index.lastTokenIn(mention.span()).map(index::token);
    return anaphor.tag().equals("NN") && named.isPresent() && named.get().tag().equals("NN")
        && index.children(named.get().index(), Set.of("det")).stream().anyMatch(d -> Set.of("a", "an").contains(index.token(d).text().toLowerCase(Locale.ROOT)));
  }

  /**
   * A word of "Abuja-based", "Geneva-headquartered" (one token, or the place, the hyphen and the
   * participle as CoreNLP splits them): where a body sits, not whose it is.
   */
  static boolean isSeatWord(DependencyIndex index, int token) {
    String word = index.token(token).text().toLowerCase(Locale.ROOT);
    if (SEAT_PARTICIPLES.stream().anyMatch(p -> word.endsWith("-" + p))) {
      return true;
    }
    // The place, the hyphen or the participle of "Abuja - based".
    int last = index.text().tokens().size() - 1;
    for (int place = Math.max(0, token - 2); place <= token && place + 2 <= last; place++) {
      if (index.token(place + 1).text().equals("-") && SEAT_PARTICIPLES.contains(index.token(place + 2).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> SEAT_PARTICIPLES = Set.of("based", "headquartered");

  /** A state's forces: what "the force" names, and what "foreign" sets apart from the country where they are. */
  private static final Set<String> FORCES = Set.of("COP", "MIL");
  /** How many sentences back "the force" looks for the police or army it names. */
  private static final int FORCE_REACH = 2;

  /**
   * "Botswana police arrested six drivers …, the force said": "the force" alone is the police or
   * army named last, in that sentence or the two before, not an army of the article's country.
   */
  private Optional<Actor> forceAnaphor(int head, List<Integer> phrase) {
    Token token = index.token(head);
    if (!phrases.hasThe(head) || phrase.size() > 2 || !token.tag().equals("NN") || !token.lemma().equalsIgnoreCase("force")) {
      return Optional.empty();
    }
    return forceNamedLately(head, FORCES, word -> true);
  }

  /**
   * The police or army of a country named last before the head, in its sentence or the
   * {@link #FORCE_REACH} before, of one of the sectors, whose phrase's last word passes the test.
   */
  private Optional<Actor> forceNamedLately(int head, Set<String> sectors, java.util.function.Predicate<Token> lastWord) {
    int firstSentence = index.token(head).sentence() - FORCE_REACH;
    return history.lastThingMentioned(mention -> {
      Optional<Token> last = index.lastTokenIn(mention.span()).map(index::token);
      return last.isPresent() && last.get().sentence() >= firstSentence && last.get().index() < head && lastWord.test(last.get())
          && mention.actor().country().isPresent() && mention.actor().sector().filter(sectors::contains).isPresent();
    });
  }

  /** Words for soldiers, which "the troops" names again whichever of them the story used. */
  private static final Set<String> SOLDIER_WORDS = Set.of("troop", "soldier", "serviceman", "servicemember", "paratrooper", "marine");

  /**
   * "About 120 Hungarian soldiers landed in N'Djamena … Chad's defence minister welcomed the
   * troops": "the troops" or "the soldiers" alone are the soldiers named last, in that sentence or
   * the two before, whichever word named them, not the army of the speaker's country.
   */
  private Optional<Actor> troopsAnaphor(int head, List<Integer> phrase) {
    Token token = index.token(head);
    if (!phrases.hasThe(head) || phrase.size() > 2 || !token.tag().equals("NNS") || !SOLDIER_WORDS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return forceNamedLately(head, ARMY, word -> SOLDIER_WORDS.contains(word.lemma().toLowerCase(Locale.ROOT)));
  }

  /** The army's sector, whose soldiers "the troops" names. */
  private static final Set<String> ARMY = Set.of("MIL");

  /**
   * "Canada will send 80 police officers to Haiti … A coalition of armed gangs warned that foreign
   * police would be treated as enemy combatants": police or troops called "foreign" are those of
   * a country the story named last, of the same branch.
   */
  private Optional<Actor> foreignForces(int head, Optional<String> sector) {
    boolean foreign = index.children(head, Set.of("amod")).stream().anyMatch(a -> index.token(a).text().equalsIgnoreCase("foreign"));
    if (!foreign || index.token(head).isProperNoun() || sector.filter(FORCES::contains).isEmpty()) {
      return Optional.empty();
    }
    return history.lastThing(actor -> actor.country().isPresent() && actor.sector().equals(sector));
  }

  /** Sectors of people by their occupation, whom "the journalist" or "the activists" refers back to. */
  private static final Set<String> OCCUPATION_SECTORS = Set.of("MED", "HRI", "EDU", "HLH", "LAB", "AGR", "BUS", "REF", "REL");

  /**
   * "A British journalist was arrested … Iran accused the journalist of spying": "the" and an
   * occupation alone refer to the one of that occupation named last, with the country it had.
   */
  private Optional<Actor> occupationAnaphor(int head, List<Integer> phrase, Optional<String> sector) {
    if (!phrases.hasThe(head) || phrase.size() > 2 || sector.isEmpty() || !OCCUPATION_SECTORS.contains(sector.get()) || index.token(head).isProperNoun()) {
      return Optional.empty();
    }
    return history.lastThing(actor -> actor.country().isPresent() && actor.sector().equals(sector));
  }

  /**
   * "the group", "the alliance", "the bloc" alone: the organisation named last. Not when a name
   * stands beside it: "the regional bloc IGAD" is IGAD, whatever was named before.
   */
  private Optional<Actor> organisationAnaphor(int head, List<Integer> phrase) {
    Token token = index.token(head);
    boolean definite = phrases.hasThe(head);
    boolean named = index.children(head, Set.of("appos")).stream().anyMatch(a -> index.token(a).isProperNoun());
    // "the electoral commission" after "Observers from the Southern African Development
    // Community": a body its words name as a state's sector is the state's, not the organisation
    // named last ("the aid group" still is the aid group named last).
    boolean sectorBody = phrase.stream().filter(t -> t != head)
        .anyMatch(t -> dictionary.sector(index.token(t).lemma().toLowerCase(Locale.ROOT) + " " + token.lemma().toLowerCase(Locale.ROOT))
            .filter(ActorResolver.STATE_SECTORS::contains).isPresent());
    if (!definite || named || sectorBody || phrase.size() > 3 || !PhraseResolver.ORGANISATION_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT)) || token.isProperNoun()) {
      return Optional.empty();
    }
    // "the paramilitary group", "the militant group": the armed organisation named last.
    boolean armed = phrase.stream().anyMatch(t -> t != head && dictionary.sector(index.token(t).lemma()).map(ARMED_OR_MILITARY::contains).orElse(false));
    // "the bloc" after "the European Union … the World Trade Organization": a word for states
    // banded together is an organisation of member states, not a global body named since.
    boolean ofMembers = !armed && MEMBERSHIP_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT));
    // An organisation's own people stand for it: "NATO Secretary-General Mark Rutte … said the
    // alliance stood with Norway".
    // "The European Commission opened proceedings … the bloc's next package of sanctions": an
    // organ of a bloc stands for the bloc.
    java.util.function.Function<Actor, Actor> asBloc = actor -> !ofMembers ? actor
        : dictionary.organisation(actor.code()).flatMap(dictionary::blocOf).flatMap(bloc -> dictionary.match(bloc.name())).map(NameMatch::actor).orElse(actor);
    java.util.function.Predicate<Actor> fits = actor -> (!armed || ARMED_SECTORS.contains(actor.sector().orElse("")))
        && (!ofMembers || dictionary.organisation(actor.code()).map(o -> !o.members().isEmpty()).orElse(false));
    return history.lastActorOf(actor -> asOrganisation(actor).map(asBloc).filter(fits).isPresent()).flatMap(this::asOrganisation).map(asBloc);
  }

  /** An organisation, or the organisation a person acts for (its secretary-general, its envoy). */
  private Optional<Actor> asOrganisation(Actor actor) {
    if (actor.kind() == ActorKind.ORGANISATION) {
      return Optional.of(actor);
    }
    return actor.kind() == ActorKind.PERSON
        ? dictionary.organisation(actor.code()).flatMap(o -> dictionary.match(o.name())).map(NameMatch::actor).filter(a -> a.kind() == ActorKind.ORGANISATION)
        : Optional.empty();
  }

  /** Words for states banded together, which only an organisation with member states is. */
  private static final Set<String> MEMBERSHIP_NOUNS = Set.of("bloc", "alliance", "grouping");

  /** "the militants", "the attackers", "the rebels": the armed group named last. */
  private Optional<Actor> armedGroupAnaphor(int head, Optional<String> sector) {
    Token token = index.token(head);
    boolean definite = phrases.hasThe(head)
        || index.parents(head).stream().anyMatch(d -> d.relation().equals("nmod:of") && index.token(d.governor()).tag().equals("CD"));
    if (!definite || !token.tag().equals("NNS") || sector.isEmpty() || !ARMED_SECTORS.contains(sector.get())) {
      return Optional.empty();
    }
    return history.lastThing(actor -> actor.kind() == ActorKind.ORGANISATION && ARMED_SECTORS.contains(actor.sector().orElse("")));
  }

  /** "the People's Republic", "the Islamic Republic": a part of a mentioned country's official name. */
  private Optional<Actor> partialOfficialName(List<Integer> phrase) {
    if (phrase.size() < 2 || !index.token(phrase.get(phrase.size() - 1)).isProperNoun()) {
      return Optional.empty();
    }
    int first = phrase.get(0);
    if (index.token(first).lemma().equalsIgnoreCase("the")) {
      first = phrase.get(1);
    }
    String key = Names.key(index.textOf(first, phrase.get(phrase.size() - 1)));
    if (key.split(" ").length < 2) {
      return Optional.empty();
    }
    return history.lastThing(actor -> {
      if (actor.country().isEmpty()) {
        return false;
      }
      Optional<Country> country = dictionary.country(actor.country().get());
      return country.isPresent() && country.get().names().stream().anyMatch(n -> Names.key(n).startsWith(key + " "));
    }).map(states::countryLevel);
  }
}
