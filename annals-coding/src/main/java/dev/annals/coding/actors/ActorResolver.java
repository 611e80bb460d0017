package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.knowledge.Names;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who each noun phrase of an article refers to: named countries, organisations and regions,
 * office holders from the dictionary, people introduced by the article itself ("Kremlin
 * spokesman Dmitry Peskov" makes "Peskov" RUSGOV for the rest of the article), and the anaphora
 * event coding needs ("he", "they", "the two leaders", "both countries", "the People's
 * Republic").
 *
 * <p>One resolver serves many articles; all per-article memory lives in {@link Pass}.
 */
public final class ActorResolver {
  private static final Set<String> MEMBER_NOUNS = Set.of("partner", "member", "ally", "state", "country", "nation");
  static final Set<String> STATE_GROUP_NOUNS = Set.of("country", "nation", "state", "government", "side", "capital", "neighbour", "neighbor", "power", "ally", "partner", "administration");
  /** Nouns that name an organisation in "the AUKUS alliance", "the BRICS bloc", "the al-Qaeda network". */
  static final Set<String> ORGANISATION_NOUNS = Set.of("alliance", "bloc", "group", "organisation", "organization", "coalition", "union", "pact", "body", "grouping", "agency", "council", "partnership", "forum", "club", "cartel", "movement",
      "network", "faction", "wing", "mission", "team", "panel", "commission", "delegation", "investigator", "inspector", "observer", "monitor", "official", "force", "fighter");

  /** Singular nouns that name a group: "fired tear gas at the crowd", "the Umma party said". */
  private static final Set<String> COLLECTIVE_NOUNS = Set.of("crowd", "opposition", "public", "media", "press", "mob", "militia", "guerrilla", "party");
  public static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "MIL", "COP", "JUD", "SPY");

  private final ActorDictionary dictionary;
  private final java.util.function.Predicate<String> isSpeechVerb;
  private final StateActors states;
  private final ModifierActors modifiers;

  /**
   * @param isSpeechVerb tells verbs of saying by lemma: "he said" refers to the last person who
   *     said something, not to the last person named
   */
  public ActorResolver(ActorDictionary dictionary, java.util.function.Predicate<String> isSpeechVerb) {
    this(dictionary, isSpeechVerb, name -> Optional.empty());
  }

  /**
   * @param countryOfPlace the country of a place name, so that "the junta in Niamey" is NERMIL
   */
  public ActorResolver(ActorDictionary dictionary, java.util.function.Predicate<String> isSpeechVerb, java.util.function.Function<String, Optional<String>> countryOfPlace) {
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

  private final class Pass implements ResolvedHeads {
    private final DependencyIndex index;
    private final LocalDate when;
    private final NounPhrases phrases;
    private final ClauseRoles roles;
    private final ArticlePeople people;
    private final PhraseNames names;
    private final Pronouns pronouns;
    private final Coordination coordination;
    private final Owners owners;
    private final PairPhrases pairs;
    private final NounAnaphora anaphora;
    private final Map<Integer, List<ActorMention>> byHead = new LinkedHashMap<>();
    private final MentionHistory history = new MentionHistory();

    Pass(DependencyIndex index, LocalDate when) {
      this.index = index;
      this.when = when;
      this.phrases = new NounPhrases(index);
      this.roles = new ClauseRoles(index, isSpeechVerb);
      this.people = new ArticlePeople(index, dictionary, when);
      this.names = new PhraseNames(index, dictionary, when, people);
      this.pronouns = new Pronouns(index, roles, history, this);
      this.coordination = new Coordination(index, states, modifiers, this);
      this.owners = new Owners(index, dictionary, when, states, phrases, this);
      this.pairs = new PairPhrases(index, phrases, history, states);
      this.anaphora = new NounAnaphora(index, dictionary, phrases, history, states);
    }

    ArticleActors run() {
      List<Token> tokens = index.text().tokens();
      for (Token token : tokens) {
        if (!byHead.containsKey(token.index()) && phrases.isPhraseHead(token)) {
          resolve(token.index());
        }
      }
      return new ArticleActors(byHead, when);
    }

    @Override
    public List<ActorMention> resolve(int head) {
      List<ActorMention> cached = byHead.get(head);
      if (cached != null) {
        return cached;
      }
      byHead.put(head, List.of());
      List<ActorMention> found = coordination.withCoordinatedCountries(head, resolveUncached(head));
      byHead.put(head, found);
      history.remember(found, roles.isSubjectOfSpeech(head), roles.isSubject(head));
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
      Optional<List<ActorMention>> pair = pairs.resolve(token);
      if (pair.isPresent()) {
        return pair.get();
      }
      return resolvePhrase(head, 0).map(ActorResolver::severalIfCompound).map(found -> coordination.withEveryOwner(head, found)).map(found -> coordination.withCountryOfConjunct(head, found)).orElse(List.of());
    }

    /** Resolves an ordinary noun phrase by its words. */
    private Optional<ActorMention> resolvePhrase(int head, int depth) {
      List<Integer> phrase = phrases.tokens(head);
      Token headToken = index.token(head);
      Optional<ActorMention> fromAppositive = Optional.empty();
      for (Dependency d : index.children(head)) {
        // Enhanced graphs may loop; one appositive level is all a name needs.
        if (d.relation().equals("appos") && depth == 0 && d.dependent() != head) {
          fromAppositive = resolvePhrase(d.dependent(), depth + 1);
          byHead.put(d.dependent(), fromAppositive.map(List::of).orElse(List.of()));
          break;
        }
      }
      Span span = new Span(index.token(phrase.get(0)).span().start(), index.token(phrase.get(phrase.size() - 1)).span().end());
      String surface = span.of(index.text().text());

      // Who is named: a person, then a country, organisation or region.
      Optional<int[]> personRun = names.personRun(phrase);
      Optional<NameInPhrase> named = names.namedActor(phrase, personRun);
      Optional<String> sector = names.sectorOf(phrase, named, personRun);

      if (personRun.isPresent()) {
        String name = index.textOf(personRun.get()[0], personRun.get()[1]);
        if (people.isUnknown(name)) {
          return Optional.empty();
        }
        Optional<Actor> person = people.knownPerson(name, named.map(NameInPhrase::match), sector, fromAppositive);
        if (person.isPresent() && person.get().kind() == ActorKind.GROUP && hasUnknownNationality(phrase, personRun.get())) {
          // "Ruritanian Foreign Minister Anna Kowalczyk": a nationality Annals does not know is no
          // reason to guess one from the article.
          person = Optional.empty();
        }
        if (person.isPresent() && person.get().kind() == ActorKind.GROUP && person.get().country().isEmpty()) {
          // "Niger's ambassador Brah Mohamane": the owner of the title places an unknown office holder.
          Optional<String> ownerCountry = owners.ownerOf(head).filter(o -> o.kind() == ActorKind.STATE).flatMap(Actor::country);
          if (ownerCountry.isPresent()) {
            person = Optional.of(ArticlePeople.person(name, ownerCountry.get(), person.get().sector()));
          }
        }
        if (person.isPresent()) {
          people.learn(name, person.get());
        } else if (name.contains(" ")) {
          people.learnUnknown(name);
        }
        return person.map(p -> new ActorMention(span, surface, p));
      }
      if (fromAppositive.isPresent() && fromAppositive.get().actor().kind() == ActorKind.PERSON) {
        // "his Chinese counterpart, Xi Jinping": the name decides.
        return Optional.of(new ActorMention(span.union(fromAppositive.get().span()), surface, fromAppositive.get().actor()));
      }
      String headLemma = headToken.lemma().toLowerCase(Locale.ROOT);
      if (named.isPresent()) {
        NameInPhrase match = named.get();
        boolean headIsName = match.first() <= phrase.indexOf(head) && phrase.indexOf(head) <= match.last();
        // "its European Community partners", "NATO members": a member stands for the organisation.
        boolean memberOfOrganisation = match.match().how() == NameMatch.How.ORGANISATION && MEMBER_NOUNS.contains(headLemma);
        // "the Turkish side", "its Russian ally": a state noun with a country's adjective is that country.
        boolean stateNoun = STATE_GROUP_NOUNS.contains(headLemma) && match.match().how() == NameMatch.How.COUNTRY_ADJECTIVE;
        boolean headIsActorNoun = sector.isPresent() || ORGANISATION_NOUNS.contains(headLemma) || memberOfOrganisation || stateNoun;
        // "ethnic Albanians", "ethnic Albanian guerrillas": an ethnic group named by a country's
        // adjective belongs to the country where it lives (the place of the event or the country
        // the report is about), not to the kin state.
        boolean ethnic = match.match().how() == NameMatch.How.COUNTRY_ADJECTIVE
            && phrase.stream().anyMatch(t -> index.token(t).lemma().equalsIgnoreCase("ethnic"));
        if (ethnic) {
          String code = ActorDictionary.agentCode(sector.orElse("CVL"));
          return Optional.of(new ActorMention(span, surface, new Actor(code, SectorNames.of(code), Optional.empty(), Optional.of(code), ActorKind.GROUP)));
        }
        // "Iraqi Kurds", "Bosnian Serbs": a people named in the plural with a country's adjective
        // are that country's civilians.
        boolean people = !headIsName && sector.isEmpty() && headToken.tag().equals("NNPS") && match.match().how() == NameMatch.How.COUNTRY_ADJECTIVE;
        if (people) {
          return Optional.of(new ActorMention(span, surface, stateActor(match.match().actor().country().orElseThrow(), Optional.of("CVL"))));
        }
        if (!headIsName && !headIsActorNoun) {
          return Optional.empty();
        }
        Actor actor = match.match().actor();
        if ((match.match().how() == NameMatch.How.COUNTRY_NAME || match.match().how() == NameMatch.How.COUNTRY_ADJECTIVE || match.match().how() == NameMatch.How.GOVERNMENT_METONYM)
            && sector.isPresent()) {
          actor = stateActor(actor.country().orElseThrow(), sector);
        } else if (match.match().how() == NameMatch.How.PETRARCH_ACTOR && sector.isPresent()) {
          // A PETRARCH actor takes the agent's code as the dictionary says: GON + COP, USAGOV + GOV.
          actor = new Actor(ActorDictionary.withAgent(actor.code(), sector.get()), actor.name(), actor.country(),
              sector.map(ActorDictionary::agentCode), actor.kind());
        }
        return Optional.of(new ActorMention(span, surface, actor));
      }
      Optional<Actor> owned = sector.flatMap(sec -> owners.ownerOf(head).map(owner -> owner.kind() == ActorKind.STATE && owner.country().isPresent()
          ? stateActor(owner.country().get(), Optional.of(sec)) : owner));
      if (owned.isPresent()) {
        // "Somalia's government", "the army of Sudan"; with an appositive name, that person:
        // "Brazil's foreign minister, Mauro Vieira".
        Optional<Actor> named2 = appositivePerson(head, owned.get());
        Span withOwner = span;
        for (Dependency d : index.children(head)) {
          if (d.relation().equals("nmod:poss") || d.relation().equals("nmod:of")) {
            withOwner = withOwner.union(phrases.span(d.dependent()));
          }
          if (d.relation().equals("amod") && index.token(d.dependent()).lemma().equalsIgnoreCase("lead")) {
            for (int leader : index.subtree(d.dependent(), Set.of())) {
              withOwner = withOwner.union(index.token(leader).span());
            }
          }
        }
        return Optional.of(new ActorMention(withOwner, withOwner.of(index.text().text()), named2.orElse(owned.get())));
      }
      Optional<Actor> anaphor = anaphora.antecedent(head, phrase, sector);
      if (anaphor.isPresent()) {
        return Optional.of(new ActorMention(span, surface, anaphor.get()));
      }
      Optional<Actor> learned = people.learnedName(phrase);
      if (learned.isPresent()) {
        return Optional.of(new ActorMention(span, surface, learned.get()));
      }
      // Groups without a country are coded only as groups: "rebels", "protesters", "riot police",
      // not "the new person". One of a state's sectors ("the army") is kept here only to be
      // placed in a country later (by the event's place or the article's home country).
      boolean groupNoun = headToken.tag().equals("NNS") || COLLECTIVE_NOUNS.contains(headLemma)
          || (STATE_SECTORS.contains(sector.orElse("")) && headToken.isNoun() && !headToken.isProperNoun());
      // The head itself must name the group: "riot police", not "defence cooperation".
      boolean headNamesGroup = dictionary.sector(headLemma).isPresent()
          || (head > 0 && dictionary.sector(index.token(head - 1).lemma().toLowerCase(Locale.ROOT) + " " + headLemma).isPresent());
      if (sector.isPresent() && groupNoun && headNamesGroup) {
        // "the farmers" after "Polish farmers", "the government" after "the Polish government":
        // a definite group is the last one of its sector that had a country.
        boolean definite = phrases.hasThe(head);
        if (definite) {
          Optional<Actor> earlier = history.lastThing(a -> a.country().isPresent() && a.sector().equals(sector) && a.kind() != ActorKind.ORGANISATION);
          if (earlier.isPresent()) {
            return Optional.of(new ActorMention(span, surface, earlier.get()));
          }
        }
        String code = ActorDictionary.agentCode(sector.get());
        return Optional.of(new ActorMention(span, surface, new Actor(code, SectorNames.of(code), Optional.empty(), Optional.of(code), ActorKind.GROUP)));
      }
      return Optional.empty();
    }

    /** An appositive name of a role whose country is known makes that person known. */
    private Optional<Actor> appositivePerson(int head, Actor role) {
      for (Dependency d : index.children(head)) {
        if (!d.relation().equals("appos")) {
          continue;
        }
        Optional<int[]> run = names.personRun(phrases.tokens(d.dependent()));
        if (run.isPresent() && role.country().isPresent()) {
          String name = index.textOf(run.get()[0], run.get()[1]);
          Actor person = new Actor(role.code(), name, role.country(), role.sector(), ActorKind.PERSON);
          people.learn(name, person);
          byHead.put(d.dependent(), List.of(new ActorMention(index.spanOf(run.get()[0], run.get()[1]), name, person)));
          return Optional.of(person);
        }
      }
      return Optional.empty();
    }

    /** A proper adjective before the name that names no country Annals knows. */
    private boolean hasUnknownNationality(List<Integer> phrase, int[] personRun) {
      for (int t : phrase) {
        Token token = index.token(t);
        // The lemma keeps the capital of a proper adjective ("Ruritanian"), not of "Senior".
        boolean properAdjective = token.tag().startsWith("JJ") && !token.lemma().isEmpty() && Character.isUpperCase(token.lemma().charAt(0));
        if (t < personRun[0] && properAdjective && modifierActor(token).isEmpty()) {
          return true;
        }
      }
      return false;
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
