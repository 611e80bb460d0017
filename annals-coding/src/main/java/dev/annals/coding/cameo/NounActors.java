package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.actors.NameMatch;
import dev.annals.coding.actors.OwnedSites;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.PlaceMention;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The actors a noun stands for: the actor it names, else its owner, its maker or the actor
 * that modifies it ("Russia's position", "calls by Belarus's rulers", "US strikes").
 */
final class NounActors {
  /** Verbs of getting or having a thing, whose subject holds it: "a permit the agency had obtained". */
  private static final Set<String> HOLDING_VERBS = Set.of("obtain", "hold", "receive", "acquire", "own", "win");

  /**
   * Nouns for a stance or conduct, which stand for the actor that owns or modifies them: "Russia's
   * and China's views coincide", "did not condemn the police response".
   */
  /** Verbs of carrying people: a vehicle "carrying" them stands for them. */
  private static final Set<String> CARRYING_VERBS = Set.of("carry", "transport", "ferry", "bring");
  /** Participles of what is sent to someone: "addressed to", "destined for". */
  private static final Set<String> ADDRESSING_VERBS = Set.of("address", "destine", "bind");
  /** Verbs of housing people: a building "housing" them stands for them. */
  private static final Set<String> HOUSING_VERBS = Set.of("house", "host", "shelter", "accommodate", "lodge");
  private static final Set<String> STANCE_NOUNS = Set.of("view", "position", "stance", "interest", "opinion", "approach", "relation", "tie", "policy",
      "response", "action", "decision", "conduct", "behaviour", "behavior", "handling", "move", "measure", "step", "role", "tactic");
  /**
   * Nouns for a number of people, who act through the "of" noun: "a group of diplomats"; and for
   * a body of no name made of other bodies, which act through it: "a coalition of Nigerian
   * anti-corruption groups".
   */
  private static final Set<String> GROUP_OF_NOUNS = Set.of("group", "delegation", "team", "band", "contingent", "batch", "patch", "number", "deployment",
      "member", "thousand", "hundred", "dozen", "score", "million", "some", "many", "most", "all", "several",
      "coalition", "alliance", "network", "consortium", "federation", "association", "union");

  private final DependencyIndex index;
  private final ArticleActors actors;
  private final EventLexicon lexicon;
  private final ActorResolver resolver;
  private final List<PlaceMention> places;

  NounActors(DependencyIndex index, ArticleActors actors, EventLexicon lexicon, ActorResolver resolver) {
    this(index, actors, lexicon, resolver, List.of());
  }

  /**
   * @param places the article's places as its geoparse read them, so that a town stands for the
   *     country of the reading the article chose ("St George's" beside Grenada is Grenada's capital)
   */
  NounActors(DependencyIndex index, ArticleActors actors, EventLexicon lexicon, ActorResolver resolver, List<PlaceMention> places) {
    this.index = index;
    this.actors = actors;
    this.lexicon = lexicon;
    this.resolver = resolver;
    this.places = places;
  }

  /** Possessors, actor adjectives and noun modifiers, and "by" agents of an event noun. */
  List<ActorMention> sources(int noun) {
    List<ActorMention> found = new ArrayList<>();
    for (Dependency d : index.children(noun)) {
      String relation = d.relation();
      if (relation.equals("nmod:poss") || relation.equals("nmod:by") || relation.equals("nmod:agent") || relation.equals("nmod:between")) {
        found.addAll(actors.at(d.dependent()));
      }
    }
    found.addAll(modifiers(noun, a -> true));
    return ActorMentions.distinct(found);
  }

  /**
   * Actors named by a noun's adjectives and noun modifiers: "Western" sanctions, "US" strikes,
   * "a Greek-owned tanker" (split as "Greek - owned", the owner hangs on "owned").
   */
  private List<ActorMention> modifiers(int noun, Predicate<Actor> wanted) {
    List<ActorMention> found = new ArrayList<>();
    for (Dependency d : index.children(noun)) {
      if (!d.relation().equals("amod") && !d.relation().equals("compound")) {
        continue;
      }
      Token modifier = index.token(d.dependent());
      List<ActorMention> named = actors.at(d.dependent());
      if (!named.isEmpty()) {
        found.addAll(named);
        continue;
      }
      Optional<Actor> actor = resolver.modifierActor(modifier).filter(wanted);
      if (actor.isEmpty() && d.relation().equals("compound")) {
        // "a U.N. Security Council resolution": the name is the whole compound, not its head.
        List<Integer> words = index.subtree(d.dependent(), Set.of()).stream().sorted().toList();
        if (words.size() > 1 && words.get(words.size() - 1) - words.get(0) == words.size() - 1) {
          String name = index.text().text().substring(index.token(words.get(0)).span().start(), index.token(words.get(words.size() - 1)).span().end());
          actor = resolver.dictionary().match(name).filter(m -> m.how() != NameMatch.How.PERSON)
              .map(NameMatch::actor).filter(wanted);
        }
      }
      if (actor.isEmpty()) {
        actor = index.children(d.dependent()).stream()
            .map(c -> resolver.modifierActor(index.token(c.dependent())))
            .flatMap(Optional::stream).filter(a -> a.country().isPresent()).findFirst();
      }
      actor.map(a -> ownedBusiness(noun, modifier, a)).ifPresent(a -> found.add(ActorMention.at(modifier, a)));
    }
    return found;
  }

  private static final String BUSINESS = "BUS";

  /**
   * "suspended the licence of a Canadian-owned gold mine": a business site a country's people
   * own is their business's (CANBUS), not the state's; "state-owned" names the state itself.
   */
  private Actor ownedBusiness(int noun, Token modifier, Actor owner) {
    if (owner.kind() != dev.annals.model.ActorKind.STATE || owner.sector().isPresent() || owner.country().isEmpty()
        || !OwnedSites.isSite(index, noun) || !OwnedSites.isOwned(index, noun)) {
      return owner;
    }
    // (The site's whole phrase is read only for an owned site: this runs on every event noun's modifiers.)
    boolean byTheState = index.subtree(noun, Set.of()).stream().anyMatch(t -> index.token(t).text().toLowerCase(java.util.Locale.ROOT).startsWith("state"));
    return byTheState ? owner : resolver.stateActor(owner.country().get(), Optional.of(BUSINESS));
  }

  /** Actors of each token; a token that is no actor gives its possessor or "of" noun. */
  /** Nouns for the line between two countries. */
  private static final Set<String> BORDER_NOUNS = Set.of("border", "frontier", "boundary");
  /** Armed groups of no state, whose things ("a rebel base") stand for them. */
  private static final Set<String> ARMED_GROUPS = ActorResolver.ARMED_GROUP_SECTORS;
  /** Verbs that tell where goods come from. */
  /** Things that carry people: "a tanker with 16 Nigerian crew members", "a boat with 40 migrants". */
  private static final Set<String> CARRIERS = Set.of("vessel", "ship", "boat", "tanker", "trawler", "freighter", "dhow", "ferry", "bus", "lorry", "truck", "plane");
  private static final Set<String> ORIGIN_VERBS = Set.of("import", "make", "produce", "manufacture", "export", "ship", "source");
  /** Verbs of things on their way from somewhere. */
  private static final Set<String> COMING_VERBS = Set.of("enter", "come", "arrive", "cross", "travel");

  /**
   * The actors a token names, or, for a noun of a number of people that names no one, those of
   * its "of" noun: "a request by a group of Chinese universities" is the universities'.
   */
  List<ActorMention> actorsThroughGroup(int token) {
    List<ActorMention> named = actors.at(token);
    if (!named.isEmpty() || !GROUP_OF_NOUNS.contains(lemma(token))) {
      return named;
    }
    return index.children(token).stream().filter(c -> c.relation().equals("nmod:of"))
        .flatMap(c -> actors.at(c.dependent()).stream()).toList();
  }

  /** The actors a border noun's "with" names ("the border with Belarus", "border crossings with Ukraine"), if the noun is one. */
  private List<ActorMention> acrossBorder(int token) {
    boolean border = BORDER_NOUNS.contains(lemma(token)) || index.children(token, Set.of("compound")).stream().anyMatch(c -> BORDER_NOUNS.contains(lemma(c)));
    return border ? index.children(token, Set.of("nmod:with")).stream().flatMap(w -> actors.at(w).stream()).toList() : List.of();
  }

  /** A common noun of the business sector ("the company", "the airline"), as a business group of no country yet. */
  private Optional<ActorMention> businessOfNoName(int token) {
    Token word = index.token(token);
    if (!word.isNoun() || word.isProperNoun()) {
      return Optional.empty();
    }
    return resolver.dictionary().sector(word.lemma().toLowerCase(Locale.ROOT)).filter("BUS"::equals).map(sector -> groupCalled(word, sector));
  }

  /** A group of the sector, of no country yet, called by the word: "a rebel base", "the company's licence". */
  private static ActorMention groupCalled(Token word, String sector) {
    return ActorMention.at(word, new Actor(sector, word.text(), Optional.empty(), Optional.of(sector), ActorKind.GROUP));
  }

  /** Nouns for checking people or things: their "of" names the checked, not whose the check is. */
  private static final Set<String> CHECK_NOUNS = Set.of("screening", "inspection", "check", "search", "questioning", "testing", "examination", "interrogation");

  /** Nouns of shutting people out, no event of their own, whose "of" or possessive names whom it befell. */
  private static final Set<String> BEFALLING_NOUNS = Set.of("exclusion", "disqualification");

  /** Nouns for dying, which has no doer: their "of" names the dead. */
  private static final Set<String> DEATH_NOUNS = Set.of("death");

  List<ActorMention> of(List<Integer> tokens) {
    List<ActorMention> found = new ArrayList<>();
    for (int token : tokens) {
      List<ActorMention> direct = actors.at(token);
      if (!direct.isEmpty()) {
        found.addAll(direct);
        continue;
      }
      // "the border with Belarus": a border stands for the country across it; "border crossings
      // with Ukraine": so does a thing named by the border. "tightened checks at its border
      // crossings with Sierra Leone": whoever's side of it the possessive names.
      List<ActorMention> across = acrossBorder(token);
      if (!across.isEmpty()) {
        found.addAll(across);
        continue;
      }
      List<ActorMention> owners = new ArrayList<>();
      // "rejected calls by Belarus's rulers", "dismissed an appeal from the president": a
      // proposal or appeal stands for whoever made it.
      boolean authored = lexicon.isProxyNoun(lemma(token)) || !lexicon.nounPatterns(lemma(token)).isEmpty()
          // "inspectors from the IAEA", "diplomats from Iran": people from an actor stand for it.
          || index.token(token).tag().equals("NNS");
      // "demanded the release of opposition figures": those freed are not the holder the demand is made of.
      // "protest against the deaths of Kenyan domestic workers", "look into the deaths of 16
      // workers": those who died are not whom the act opposes or looks into.
      // "agreed to resume flights with screening of all arriving passengers": nor are those a
      // check is made on.
      // "criticised the exclusion of two parties from the ballot": nor are those a state shut
      // out, whom the act befell. (An arrest or expulsion names its own target: "ordered the
      // expulsion of a Russian diplomat".)
      boolean freed = ReleaseNouns.contains(lemma(token)) || DEATH_NOUNS.contains(lemma(token)) || CHECK_NOUNS.contains(lemma(token))
          || BEFALLING_NOUNS.contains(lemma(token));
      for (Dependency d : index.children(token)) {
        if ((!freed && (d.relation().equals("nmod:poss") || d.relation().equals("nmod:of"))) || d.relation().equals("nmod:between")
            || (authored && (d.relation().equals("nmod:by") || d.relation().equals("nmod:from")))) {
          List<ActorMention> named = actorsThroughGroup(d.dependent());
          owners.addAll(named);
          // "suspended the operating licence of a Chinese-owned copper plant": a thing of a
          // thing that stands for its owner is that owner's.
          if (named.isEmpty() && d.relation().equals("nmod:of") && !freed && lexicon.isProxyNoun(lemma(d.dependent()))) {
            owners.addAll(of(List.of(d.dependent())));
          }
          // "suspended the charter company's operating licence": a firm of no name that owns the
          // thing acted on is a business, placed later with the article's other groups.
          if (named.isEmpty() && d.relation().equals("nmod:poss")) {
            businessOfNoName(d.dependent()).ifPresent(owners::add);
          }
        }
        // "suspend every permit the agency had obtained": a thing a relative clause says someone
        // obtained or holds is that holder's.
        if (d.relation().equals("acl:relcl") && HOLDING_VERBS.contains(lemma(d.dependent())) && index.children(d.dependent(), Set.of("obj")).contains(token)) {
          index.children(d.dependent(), Set.of("nsubj")).forEach(holder -> owners.addAll(actorsThroughGroup(holder)));
        }
        // "struck a pumping station on Saudi Arabia's East-West pipeline": a thing that is part
        // of another thing standing for its owner is that owner's too.
        boolean partOf = d.relation().equals("nmod:on") || d.relation().equals("nmod:at");
        if (partOf && owners.isEmpty() && lexicon.isProxyNoun(lemma(token)) && lexicon.isProxyNoun(lemma(d.dependent())) && actors.at(d.dependent()).isEmpty()) {
          owners.addAll(of(List.of(d.dependent())));
        }
        // "a new round of talks between Congo and the M23": the parties to the inner event.
        if (d.relation().equals("nmod:of") && !lexicon.nounPatterns(lemma(d.dependent())).isEmpty()) {
          index.children(d.dependent()).stream().filter(c -> c.relation().equals("nmod:between"))
              .forEach(c -> owners.addAll(actors.at(c.dependent())));
        }
      }
      if (owners.isEmpty() && index.token(token).isNoun()) {
        // "an investigation into crimes committed by Croat forces", "condemned attacks carried
        // out by the rebels": what a participle says was done by X stands for X.
        for (Dependency d : index.children(token)) {
          if (d.relation().equals("acl") && index.token(d.dependent()).tag().equals("VBN")) {
            for (Dependency agent : index.children(d.dependent())) {
              if (agent.relation().equals("obl:agent") || agent.relation().equals("obl:by")) {
                owners.addAll(actors.at(agent.dependent()));
              }
            }
          }
        }
      }
      if (owners.isEmpty() && STANCE_NOUNS.contains(lemma(token))) {
        // "riots against Israeli military policies": a policy is its maker's. A state body of
        // no country ("the police response") is placed with the rest of the article's groups.
        owners.addAll(modifiers(token, a -> true));
        for (int body : index.children(token, Set.of("compound"))) {
          if (owners.isEmpty() && index.token(body).isNoun() && !index.token(body).isProperNoun()) {
            resolver.sectorGroup(index.token(body)).ifPresent(a -> owners.add(ActorMention.at(index.token(body), a)));
          }
        }
      }
      // ("duties on Japanese steel sheet": a thing named by what it is made of, a word for goods,
      // is those goods.)
      boolean madeOfProxy = index.children(token, Set.of("compound")).stream().anyMatch(c -> !index.token(c).isProperNoun() && lexicon.isProxyNoun(lemma(c)));
      if (owners.isEmpty() && (lexicon.isProxyNoun(lemma(token)) || madeOfProxy)) {
        // "blocked a Philippine supply boat", "struck a residential area of Kharkiv".
        owners.addAll(modifiers(token, a -> a.country().isPresent() || a.kind() == ActorKind.ORGANISATION));
        // "struck a rebel training base": an armed group's things stand for it, its country placed later.
        for (int modifier : index.children(token, Set.of("amod", "compound"))) {
          Token word = index.token(modifier);
          if (owners.isEmpty() && !word.isProperNoun()) {
            resolver.dictionary().sector(word.lemma().toLowerCase(Locale.ROOT)).filter(ARMED_GROUPS::contains)
                .ifPresent(sector -> owners.add(groupCalled(word, sector)));
          }
        }
        // "Algeria's embassy in Bamako": a thing its owner is named for is the owner's wherever it stands.
        boolean ownerNamed = !owners.isEmpty();
        // "funding the Lobito railway corridor": a route named by a town is that town's country's.
        // (Not any place so named: "the Schengen area" is no Luxembourg village's.)
        if (!ownerNamed && ROUTES.contains(lemma(token))) {
          index.children(token, Set.of("compound")).stream().filter(c -> index.token(c).isProperNoun()).forEach(name -> townNamed(name).ifPresent(owners::add));
        }
        for (Dependency d : index.children(token)) {
          // "targets in Jericho": a place's things stand for its country too.
          if (!ownerNamed && (d.relation().equals("nmod:of") || d.relation().equals("nmod:in"))) {
            // "a village in the Batken region": the region's name may be a word before "region".
            List<Integer> names = index.token(d.dependent()).isProperNoun() ? List.of(d.dependent())
                : index.children(d.dependent(), Set.of("compound")).stream().filter(c -> index.token(c).isProperNoun()).toList();
            // (By the whole name: "outside the building in Puerta del Sol" is no village called Sol.)
            names.forEach(name -> townNamed(name).ifPresent(owners::add));
          }
          // "a convoy of World Food Programme trucks": the things a proxy is made of stand for
          // their owner as it does.
          if (d.relation().equals("nmod:of") && lexicon.isProxyNoun(lemma(d.dependent()))) {
            owners.addAll(modifiers(d.dependent(), a -> a.country().isPresent() || a.kind() == ActorKind.ORGANISATION));
          }
          // "crossings on the border with Belarus": a thing on a border stands for what the border does.
          if ((d.relation().equals("nmod:on") || d.relation().equals("nmod:at") || d.relation().equals("nmod:along")) && BORDER_NOUNS.contains(lemma(d.dependent()))) {
            owners.addAll(of(List.of(d.dependent())));
          }
          // "a camp for Congolese refugees": what serves a group stands for the group.
          if (d.relation().equals("nmod:for")) {
            owners.addAll(actors.at(d.dependent()));
          }
          // "seized a tanker with 16 Nigerian crew members": a vessel stands for the people aboard.
          if (!ownerNamed && d.relation().equals("nmod:with") && CARRIERS.contains(lemma(token))) {
            owners.addAll(actors.at(d.dependent()));
          }
          // "steel imported from China", "cars made in Japan": goods stand for where they come from.
          // "every lorry entering the kingdom from Bahrain": things on their way stand for where
          // they come from (not where they arrive: only "from").
          boolean madeThere = d.relation().equals("acl") && ORIGIN_VERBS.contains(lemma(d.dependent()));
          boolean comingFrom = d.relation().equals("acl") && COMING_VERBS.contains(lemma(d.dependent()));
          if (madeThere || comingFrom) {
            for (int origin : index.children(d.dependent(), comingFrom ? Set.of("obl:from") : Set.of("obl:from", "obl:in"))) {
              List<ActorMention> named = actors.at(origin);
              owners.addAll(named);
              if (named.isEmpty() && index.token(origin).isProperNoun()) {
                placeNamed(origin).ifPresent(owners::add);
              }
              // "goods produced in Israeli settlements": a place of no name is the country its
              // adjective names.
              if (named.isEmpty() && !index.token(origin).isProperNoun()) {
                owners.addAll(modifiers(origin, a -> a.kind() == ActorKind.STATE && a.country().isPresent()));
              }
            }
          }
          // "a train carrying Pakistani passengers", "a convoy transporting UN staff": what
          // carries people stands for them; so does what houses them ("attacked dormitories
          // housing Turkish staff").
          if (d.relation().equals("acl") && (CARRYING_VERBS.contains(lemma(d.dependent())) || HOUSING_VERBS.contains(lemma(d.dependent())))) {
            for (int carried : index.children(d.dependent(), Set.of("obj"))) {
              owners.addAll(actors.at(carried));
            }
          }
          // "a diplomatic bag addressed to the Republic of the Congo's embassy": what is sent to
          // someone stands for them.
          if (d.relation().equals("acl") && ADDRESSING_VERBS.contains(lemma(d.dependent()))) {
            for (int addressee : index.children(d.dependent(), Set.of("obl:to", "obl:for"))) {
              owners.addAll(actors.at(addressee));
            }
          }
        }
        // (The parser may hang the people aboard on the verb that takes the vessel.)
        if (!ownerNamed && owners.isEmpty() && CARRIERS.contains(lemma(token))) {
          index.head(token).filter(h -> h.relation().equals("obj") && h.governor() >= 0)
              .ifPresent(h -> index.children(h.governor(), Set.of("obl:with")).stream().filter(w -> w > token).forEach(w -> owners.addAll(actors.at(w))));
        }
      }
      // A town stands for its country by Annals' gazetteer, not by a user's PETRARCH scheme.
      if (owners.isEmpty() && !lexicon.hasPetrarchVerbs() && index.token(token).isProperNoun() && index.token(token).entity().equals("LOCATION")) {
        // "shelled Kharkiv": a town under attack stands for its country.
        townNamed(token).ifPresent(owners::add);
      }
      if (owners.isEmpty() && !lexicon.nounPatterns(lemma(token)).isEmpty()) {
        // "condemned the Houthi attacks": the actor that modifies an event noun (not a place:
        // "near the Korean Peninsula").
        owners.addAll(modifiers(token, a -> true));
      }
      found.addAll(owners);
    }
    return ActorMentions.distinct(found);
  }

  /** The actors a subject names; a group of people ("a group of diplomats") or a stance gives its members or holders. */
  List<ActorMention> subjectOrHolders(int token) {
    List<ActorMention> direct = actors.at(token);
    if (direct.isEmpty() && GROUP_OF_NOUNS.contains(lemma(token))) {
      // "A group of Moroccan diplomats held talks": the members act.
      List<ActorMention> members = new ArrayList<>();
      index.children(token).stream().filter(d -> d.relation().equals("nmod:of")).forEach(d -> members.addAll(actors.at(d.dependent())));
      return ActorMentions.distinct(members);
    }
    if (!direct.isEmpty() || !STANCE_NOUNS.contains(lemma(token))) {
      return direct;
    }
    List<ActorMention> owners = new ArrayList<>();
    for (Dependency d : index.children(token)) {
      if (d.relation().equals("nmod:poss") || d.relation().equals("nmod:of") || d.relation().equals("nmod:between")) {
        owners.addAll(actors.at(d.dependent()));
      }
    }
    owners.addAll(modifiers(token, a -> true));
    return ActorMentions.distinct(owners);
  }

  /**
   * The country of the town a proper noun names by Annals' gazetteer, by its whole name with the
   * proper nouns compounded before it: "the Europe Bridge" is no town called Bridge, "Abu Dhabi"
   * is one town.
   */
  /** Routes built across a country, named by a town on them: "the Lobito corridor". */
  private static final Set<String> ROUTES = Set.of("corridor", "railway", "railroad", "highway", "road", "pipeline");

  Optional<ActorMention> townNamed(int token) {
    int first = token;
    for (Dependency d : index.children(token)) {
      if (d.relation().equals("compound") && index.token(d.dependent()).isProperNoun()) {
        first = Math.min(first, d.dependent());
      }
    }
    // "to St George's": the name's own possessive, where the name owns nothing, is part of it.
    String name = index.textOf(first, index.hasOwnPossessive(token) ? token + 1 : token);
    // Of the gazetteer's readings, the article's: not a place the gazetteer does not give the
    // name (the geoparse may read "Tiananmen Square" as some other square).
    Span word = index.token(token).span();
    return resolver.placeActor(name)
        .map(gazetteers -> places.stream().filter(p -> p.span().start() <= word.start() && word.end() <= p.span().end()).findFirst()
            .flatMap(p -> p.place().country()).map(iso3 -> resolver.stateActor(iso3, Optional.empty())).orElse(gazetteers))
        .map(a -> new ActorMention(word, name, a));
  }

  /** The country of the place one word names, by Annals' gazetteer: "Jericho", "China". */
  private Optional<ActorMention> placeNamed(int token) {
    Token place = index.token(token);
    return resolver.placeActor(place.text()).map(a -> ActorMention.at(place, a));
  }

  private String lemma(int token) {
    return index.lemma(token);
  }
}
