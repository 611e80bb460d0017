package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds who each noun phrase of an article refers to: named countries, organisations and regions,
 * office holders from the dictionary, people introduced by the article itself ("Kremlin
 * spokesman Dmitry Peskov" makes "Peskov" RUSGOV for the rest of the article), and the anaphora
 * event coding needs ("he", "they", "the two leaders", "both countries", "the People's
 * Republic").
 *
 * <p>One resolver serves many articles; all per-article memory lives in {@link Pass}. The pass
 * resolves each phrase head once, in text order, and remembers it ({@link MentionHistory}) for the
 * anaphora after it: a pronoun by {@link Pronouns}, a pair phrase by {@link PairPhrases}, any
 * other phrase by {@link PhraseResolver}; {@link Coordination} then spreads the actors over
 * coordinated countries, owners and conjuncts.
 */
public final class ActorResolver {
  public static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "MIL", "COP", "JUD", "SPY");
  /** Sectors of people who act as a crowd: civilians, students ("several hundred students marched to the Chinese embassy"), workers. */
  public static final Set<String> CROWD_SECTORS = Set.of("CVL", "EDU", "LAB");

  /**
   * Whether a mention's words name it by a name: a capitalised word after the first ("the Clan del
   * Golfo", not "the transport minister").
   */
  public static boolean namesByName(String surface) {
    return java.util.Arrays.stream(surface.split("\\s+")).skip(1).anyMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
  }

  /** A state itself or one of its branches (its government, legislature, army, police, courts, spies). */
  public static boolean isStateOrBranch(Actor actor) {
    return actor.kind() == ActorKind.STATE || actor.sector().filter(STATE_SECTORS::contains).isPresent();
  }
  /** Words for a document a side sends or issues, which then speaks for it: "the note demanded". */
  public static final Set<String> DOCUMENT_NOUNS = Set.of("note", "letter", "communique", "memorandum", "memo", "message", "statement", "declaration");
  /** Unidentified armed forces and insurgents: who "a gunman", "a suicide bomber" and "militants" are. */
  public static final Set<String> NAMELESS_ATTACKER_SECTORS = Set.of("UAF", "INS");
  /** Armed men outside a state's forces, and the groups they belong to: rebels, insurgents, gunmen. */
  public static final Set<String> ARMED_GROUP_SECTORS = Set.of("REB", "INS", "UAF");
  /** Participles of owning or running a thing, whose "by" names its owner: "vessels owned by a Taiwanese company". */
  public static final Set<String> OWNING_PARTICIPLES = Set.of("own", "operate", "charter");
  /** A country's missions abroad: their staff act for it, and they speak to the state they are posted to. */
  public static final Set<String> MISSION_NOUNS = Set.of("embassy", "consulate", "mission", "legation", "high commission");
  /** Words for the head of a mission, posted in another state: "the ambassador in Lima". */
  static final Set<String> ENVOY_NOUNS = Set.of("ambassador", "envoy", "consul", "d'affaires");

  /** A mission or the head of one: "China's embassy", "the ambassador", "Britain's high commissioner". */
  public static boolean isMissionOrItsHead(dev.annals.coding.DependencyIndex index, int noun) {
    String lemma = index.lemma(noun).toLowerCase(java.util.Locale.ROOT);
    // "Britain's high commissioner", "Bangladesh's high commission" (the noun alone is any commission).
    boolean highCommissioner = (lemma.equals("commissioner") || lemma.equals("commission"))
        && (index.hasChildLemma(noun, "amod", Set.of("high")) || index.hasChildLemma(noun, "compound", Set.of("high")));
    return MISSION_NOUNS.contains(lemma) || ENVOY_NOUNS.contains(lemma) || highCommissioner;
  }

  /** Whether the word names the sides of a dispute together ("all parties", "both sides"), as pair phrases read them. */
  public static boolean namesSidesOfADispute(dev.annals.model.Token token) {
    return PairPhrases.namesSides(token);
  }

  private final ActorDictionary dictionary;
  private final Predicate<String> isSpeechVerb;
  private final StateActors states;
  private final ModifierActors modifiers;

  /**
   * @param isSpeechVerb tells verbs of saying by lemma: "he said" refers to the last person who
   *     said something, not to the last person named
   */
  public ActorResolver(ActorDictionary dictionary, Predicate<String> isSpeechVerb) {
    this(dictionary, isSpeechVerb, name -> Optional.empty());
  }

  /**
   * @param countryOfPlace the country of a place name, so that "the junta in Niamey" is NERMIL
   */
  public ActorResolver(ActorDictionary dictionary, Predicate<String> isSpeechVerb, Function<String, Optional<String>> countryOfPlace) {
    this.dictionary = dictionary;
    this.isSpeechVerb = isSpeechVerb;
    this.states = new StateActors(dictionary, countryOfPlace);
    this.modifiers = new ModifierActors(dictionary);
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  public ArticleActors resolve(DependencyIndex index, LocalDate when) {
    return new Pass(index, when).run();
  }

  /** The country-level actor for a state actor: RUSGOV gives RUS. */
  public Actor countryLevel(Actor actor) {
    return states.countryLevel(actor);
  }

  /** Builds the actor for a country and sector: RUS + GOV is RUSGOV. */
  public Actor stateActor(String iso3, Optional<String> sector) {
    return states.stateActor(iso3, sector);
  }

  /** The country of a named place as an actor: "struck Kharkiv" strikes Ukraine. */
  public Optional<Actor> placeActor(String name) {
    return states.placeActor(name);
  }

  /** The adjective or noun modifier of an event noun as an actor: "Western" sanctions, "US" strikes, "Greek-owned" tanker. */
  public Optional<Actor> modifierActor(Token modifier) {
    return modifiers.modifierActor(modifier);
  }

  /** As {@link #modifierActor(Token)}, for a text of that day (dated codes of a user's dictionary). */
  public Optional<Actor> modifierActor(Token modifier, LocalDate when) {
    return modifiers.modifierActor(modifier, when);
  }

  /**
   * A noun of a state sector used as a modifier, as a group of no country yet: "the police
   * response", "army chiefs". The article's country or the event's place places it later.
   */
  public Optional<Actor> sectorGroup(Token modifier) {
    return modifiers.sectorGroup(modifier);
  }

  /** Nouns for one person with no name, by office or plainly, with the pronoun that may refer to that person (actors/person-nouns.tsv). */
  private static final Map<String, String> PERSON_NOUNS = personNouns();

  private static Map<String, String> personNouns() {
    Map<String, String> nouns = new java.util.HashMap<>();
    for (var row : dev.annals.coding.knowledge.TsvFile.readResource("dev/annals/coding/actors/person-nouns.tsv", 2)) {
      String pronoun = row.field(1).strip();
      if (!Set.of("he", "she", "any").contains(pronoun)) {
        throw row.error("the pronoun must be he, she or any, was '" + pronoun + "'");
      }
      nouns.put(row.field(0).strip().toLowerCase(java.util.Locale.ROOT), pronoun);
    }
    return Map.copyOf(nouns);
  }

  private final class Pass implements ResolvedHeads {
    private final DependencyIndex index;
    private final LocalDate when;
    private final Map<Integer, List<ActorMention>> byHead = new LinkedHashMap<>();
    private final MentionHistory history = new MentionHistory();
    private final NounPhrases phrases;
    private final ClauseRoles roles;
    private final Pronouns pronouns;
    private final PairPhrases pairs;
    private final BodyMembers members;
    private final PhraseResolver phraseResolver;
    private final Coordination coordination;

    Pass(DependencyIndex index, LocalDate when) {
      this.index = index;
      this.when = when;
      this.phrases = new NounPhrases(index, name -> dictionary.match(name, when).isPresent());
      this.roles = new ClauseRoles(index, isSpeechVerb);
      this.pronouns = new Pronouns(index, roles, history, this, states::countryLevel);
      this.pairs = new PairPhrases(index, phrases, history, states);
      this.members = new BodyMembers(index, dictionary, history, this);
      ArticlePeople people = new ArticlePeople(index, dictionary, when);
      PhraseNames names = new PhraseNames(index, dictionary, when, people);
      Owners owners = new Owners(index, dictionary, when, states, phrases, this);
      NounAnaphora anaphora = new NounAnaphora(index, dictionary, phrases, history, states);
      this.phraseResolver = new PhraseResolver(index, dictionary, states, modifiers, phrases, names, people, owners, anaphora, history, this, when);
      this.coordination = new Coordination(index, states, modifiers, this);
    }

    ArticleActors run() {
      List<Token> tokens = index.text().tokens();
      for (Token token : tokens) {
        if (!byHead.containsKey(token.index()) && phrases.isPhraseHead(token)) {
          resolve(token.index());
        }
      }
      return new ArticleActors(SharedCapitals.read(SharedDemonyms.read(byHead, states), states), when);
    }

    /**
     * The pronoun for one person with no name: "he", "she" or "any" for a singular person noun as
     * the phrase's head ("the spokesman", "a man"), else empty.
     */
    private Optional<String> unnamedPersonPronoun(Token head) {
      return head.tag().equals("NN") ? Optional.ofNullable(PERSON_NOUNS.get(head.lemma().toLowerCase(java.util.Locale.ROOT))) : Optional.empty();
    }

    @Override
    public List<ActorMention> resolve(int head) {
      List<ActorMention> cached = byHead.get(head);
      if (cached != null) {
        return cached;
      }
      byHead.put(head, List.of());
      List<ActorMention> found = coordination.sharedCountryOfJoinedClause(head, coordination.withCoordinatedCountries(head, resolveUncached(head)));
      byHead.put(head, found);
      history.remember(found, roles.isSubjectOfSpeech(head), roles.isSubject(head), unnamedPersonPronoun(index.token(head)));
      // Resolve conjuncts now, so "Putin and Xi ... they" finds the group in the same sentence.
      List<ActorMention> group = new ArrayList<>(found);
      for (Dependency d : index.children(head)) {
        if (d.baseRelation().equals("conj") && !byHead.containsKey(d.dependent())) {
          List<ActorMention> conjunct = coordination.sharedCountry(head, resolve(d.dependent()));
          byHead.put(d.dependent(), conjunct);
          group.addAll(conjunct);
        }
      }
      history.rememberGroup(group);
      return found;
    }

    @Override
    public void settle(int head, List<ActorMention> mentions) {
      byHead.put(head, mentions);
    }

    private List<ActorMention> resolveUncached(int head) {
      Token token = index.token(head);
      String word = token.text().toLowerCase(Locale.ROOT);
      if (token.isPronoun() || token.tag().equals("PRP$")) {
        return pronouns.resolve(token, word);
      }
      if (phrases.standsForThem(token)) {
        return pronouns.resolve(token, "they");
      }
      if (token.tag().equals("WP$")) {
        return pronouns.ownerOfWhose(token);
      }
      Optional<List<ActorMention>> pair = pairs.resolve(token);
      if (pair.isPresent()) {
        return pair.get();
      }
      Optional<List<ActorMention>> ofABody = members.resolve(token, phrases.span(head));
      if (ofABody.isPresent()) {
        return ofABody.get();
      }
      return phraseResolver.resolve(head, 0)
          .map(ActorResolver::severalIfCompound)
          .map(found -> coordination.withEveryOwner(head, found))
          .map(found -> coordination.withCountryOfConjunct(head, found))
          .orElse(List.of());
    }
  }

  /**
   * A PETRARCH dictionary may give one name several actors ("THE_SHIRE [FRO/BIL/SAM]"): the
   * mention then stands for each of them.
   */
  private static List<ActorMention> severalIfCompound(ActorMention mention) {
    Actor actor = mention.actor();
    if (!actor.code().contains("/")) {
      return List.of(mention);
    }
    List<ActorMention> several = new ArrayList<>();
    for (String code : actor.code().split("/")) {
      if (!code.isBlank()) {
        Actor one = new Actor(code, actor.name(), Optional.of(code.length() >= 3 ? code.substring(0, 3) : code), actor.sector(), actor.kind());
        several.add(new ActorMention(mention.span(), mention.surface(), one));
      }
    }
    return several;
  }
}
