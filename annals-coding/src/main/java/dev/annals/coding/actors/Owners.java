package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The state or organisation a noun belongs to: "Somalia's government", "the junta in Niamey", "the Saudi-led coalition". */
final class Owners {
  private final DependencyIndex index;
  private final ActorDictionary dictionary;
  private final LocalDate when;
  private final StateActors states;
  private final NounPhrases phrases;
  private final ResolvedHeads heads;

  Owners(DependencyIndex index, ActorDictionary dictionary, LocalDate when, StateActors states, NounPhrases phrases, ResolvedHeads heads) {
    this.index = index;
    this.dictionary = dictionary;
    this.when = when;
    this.states = states;
    this.phrases = phrases;
    this.heads = heads;
  }

  /**
   * The country or organisation that owns a sector noun: "Somalia's government", "the army of
   * Sudan"; also when it hangs on the title before a name ("Niger's ambassador Brah Mohamane",
   * parsed with the possessor on "ambassador").
   */
  Optional<Actor> ownerOf(int head) {
    Optional<Actor> own = directOwnerOf(head);
    if (own.isPresent()) {
      return own;
    }
    for (Dependency d : index.children(head)) {
      if (d.relation().equals("compound") && index.token(head).isProperNoun() && !index.token(d.dependent()).isProperNoun()) {
        Optional<Actor> ofTitle = directOwnerOf(d.dependent());
        if (ofTitle.isPresent()) {
          return ofTitle;
        }
      }
    }
    return Optional.empty();
  }

  /** The state or organisation people come from: "observers from the OSCE", "a team from Qatar". */
  Optional<Actor> senderOf(int head) {
    for (Dependency d : index.children(head)) {
      Optional<Actor> sender = d.relation().equals("nmod:from") ? stateOrOrganisationAt(d.dependent()) : Optional.empty();
      if (sender.isPresent()) {
        return sender;
      }
    }
    return Optional.empty();
  }

  private static final String UNIDENTIFIED_ARMED = "UAF";
  /** Verbs of sending a weapon on its way: "drones launched from Iraq", "rockets fired from Lebanon". */
  private static final Set<String> LAUNCHING_VERBS = Set.of("launch", "fire", "shoot", "fly", "send");

  /**
   * "Two drones launched from Iraq", "rockets fired from Lebanon": unidentified armed men of the
   * state a weapon was launched from. Where it came from says nothing of whose it was, so not the
   * state's own forces.
   */
  Optional<Actor> launchedFrom(int head) {
    for (Dependency d : index.children(head)) {
      if (!d.relation().equals("acl") || !LAUNCHING_VERBS.contains(index.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (int from : index.children(d.dependent(), Set.of("obl:from"))) {
        Optional<Actor> state = stateOrOrganisationAt(from).filter(a -> a.kind() == ActorKind.STATE && a.country().isPresent())
            .map(a -> states.stateActor(a.country().get(), Optional.of(UNIDENTIFIED_ARMED)));
        if (state.isPresent()) {
          return state;
        }
      }
    }
    return Optional.empty();
  }

  /** Verbs of crossing into a place: "who crossed from Afghanistan", "tried to carry drugs across the river from Afghanistan". */
  private static final Set<String> CROSSING_VERBS = Set.of("cross", "come", "carry", "smuggle", "enter", "sail", "travel", "walk", "drive", "swim", "infiltrate", "sneak");

  /**
   * The country people came from, told by their relative clause: "three men who tried to carry
   * drugs across the Panj river from Afghanistan", "migrants who crossed from Libya".
   */
  Optional<String> cameFrom(int head) {
    for (int clause : index.children(head, Set.of("acl:relcl", "acl"))) {
      List<Integer> verbs = new java.util.ArrayList<>(List.of(clause));
      verbs.addAll(index.children(clause, Set.of("xcomp")));
      for (int verb : verbs) {
        if (!CROSSING_VERBS.contains(index.lemma(verb).toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        // "across the Panj river from Afghanistan" may hang the origin on the river.
        List<Integer> origins = new java.util.ArrayList<>(index.children(verb, Set.of("obl:from")));
        index.children(verb).stream().filter(d -> d.relation().startsWith("obl:")).forEach(d -> origins.addAll(index.children(d.dependent(), Set.of("nmod:from"))));
        for (int from : origins) {
          Optional<String> country = stateOrOrganisationAt(from).filter(a -> a.kind() == ActorKind.STATE).flatMap(Actor::country);
          if (country.isPresent()) {
            return country;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Verbs of serving someone: "hackers working for China's Ministry of State Security". */
  private static final Set<String> SERVING_VERBS = Set.of("work", "act", "spy", "fight");

  /**
   * "Hackers working for China's Ministry of State Security", "mercenaries fighting for Russia":
   * people who work or fight for a state or organisation act for it.
   */
  Optional<Actor> employerOf(int head) {
    for (Dependency d : index.children(head)) {
      if (!d.relation().equals("acl") || !SERVING_VERBS.contains(index.lemma(d.dependent()))) {
        continue;
      }
      for (Dependency served : index.children(d.dependent())) {
        Optional<Actor> employer = served.relation().equals("obl:for") || served.relation().equals("nmod:for") ? stateOrOrganisationAt(served.dependent()) : Optional.empty();
        if (employer.isPresent()) {
          return employer;
        }
      }
    }
    return Optional.empty();
  }

  /** Adjectives of siding with someone: "forces loyal to Haftar". */
  private static final Set<String> SIDING = Set.of("loyal", "allied");

  /**
   * "Fighters loyal to al-Shabaab", "militias allied to the Houthis": forces loyal or allied to a
   * group, an organisation or a state are of that side. (Not to a person: "forces loyal to eastern
   * Libyan commander Khalifa Haftar" are no more the Libyan state's forces than its rivals', and are
   * placed as other groups are.)
   */
  Optional<Actor> sideOfLoyalty(int head) {
    for (int adjective : index.children(head, Set.of("amod"))) {
      if (!SIDING.contains(index.lemma(adjective).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (int side : index.children(adjective, Set.of("obl:to", "nmod:to"))) {
        Optional<Actor> actor = heads.resolve(side).stream().map(ActorMention::actor).findFirst();
        if (actor.isPresent()) {
          return actor.filter(a -> a.kind() != ActorKind.PERSON);
        }
      }
    }
    return Optional.empty();
  }

  /** The participle of leading: "forces led by the United States". */
  private static final Set<String> LEADING_VERBS = Set.of("lead");
  /** Participles of owning or running a thing: "vessels owned by a Taiwanese company". */
  private static final Set<String> OWNING_VERBS = ActorResolver.OWNING_PARTICIPLES;
  /** Things a state's business or people may own, which stand for their owner. */
  private static final Set<String> OWNED_THINGS = Set.of("vessel", "ship", "boat", "trawler", "longliner", "tanker", "freighter", "plane", "aircraft", "lorry", "truck");

  /**
   * "the placement of its nationals on fishing vessels owned by a Taiwanese company": a vessel,
   * plane or lorry owned or run by a state's business or people is its owner's.
   */
  Optional<Actor> ownerOfThing(int head) {
    if (!OWNED_THINGS.contains(index.lemma(head).toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    return agentOfParticiple(head, OWNING_VERBS);
  }

  /** The state or organisation a past participle of one of the verbs on the noun names as its doer: "owned by a Taiwanese company", "led by the United States". */
  private Optional<Actor> agentOfParticiple(int head, Set<String> verbs) {
    for (Dependency d : index.children(head)) {
      if (!d.relation().equals("acl") || !index.token(d.dependent()).tag().equals("VBN") || !verbs.contains(index.lemma(d.dependent()))) {
        continue;
      }
      for (Dependency agent : index.children(d.dependent())) {
        Optional<Actor> doer = agent.relation().equals("obl:agent") || agent.relation().equals("obl:by") ? stateOrOrganisationAt(agent.dependent()) : Optional.empty();
        if (doer.isPresent()) {
          return doer;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Verbs of giving forces an order, "ordered the army to send reinforcements", or of sending
   * them: "Korean police will send investigators to work with their Cambodian counterparts".
   */
  private static final Set<String> COMMANDING_VERBS = Set.of("order", "instruct", "direct", "command", "send", "dispatch", "deploy");

  /**
   * "Aoun telephoned al-Sharaa and ordered the army to send reinforcements": forces that a state
   * or its leader orders or sends are that state's, whatever other country the sentence names.
   */
  Optional<String> commandingCountryOf(int head) {
    return index.head(head).filter(d -> d.relation().equals("obj") && COMMANDING_VERBS.contains(index.lemma(d.governor())))
        .flatMap(d -> index.children(d.governor(), Set.of("nsubj")).stream().findFirst())
        .flatMap(subject -> heads.resolve(subject).stream().map(ActorMention::actor)
            .filter(a -> (a.kind() == ActorKind.STATE || a.kind() == ActorKind.PERSON) && a.country().isPresent()).findFirst())
        .flatMap(Actor::country);
  }

  /** The first state or organisation the phrase at this token names. */
  /** Words for one's country that a possessive places: "their country's consulate". */
  private static final Set<String> HOMELAND_NOUNS = Set.of("country", "nation", "homeland");

  /**
   * "Ethiopian women rallied outside their country's consulate in Beirut": a body of "their" or
   * "its" country is of the country of those the possessive names, before any place it is in.
   */
  private Optional<Actor> countryOfOwner(int head) {
    for (int homeland : index.children(head, Set.of("nmod:poss"))) {
      if (!HOMELAND_NOUNS.contains(index.lemma(homeland).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (int owner : index.children(homeland, Set.of("nmod:poss"))) {
        Optional<String> iso3 = heads.resolve(owner).stream().flatMap(m -> m.actor().country().stream()).findFirst();
        if (iso3.isPresent()) {
          return Optional.of(states.stateActor(iso3.get(), Optional.empty()));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Actor> stateOrOrganisationAt(int token) {
    return heads.resolve(token).stream().map(ActorMention::actor)
        .filter(actor -> actor.kind() == ActorKind.STATE || actor.kind() == ActorKind.ORGANISATION).findFirst();
  }

  /**
   * "Vietnamese-led forces", "the Saudi-led coalition", split as "Saudi - led", and "forces led by
   * the United States": the country or organisation that leads them.
   */
  Optional<Actor> leaderOf(int head) {
    Optional<Actor> leading = agentOfParticiple(head, LEADING_VERBS);
    if (leading.isPresent()) {
      return leading.map(l -> l.kind() == ActorKind.STATE ? states.countryLevel(l) : l);
    }
    for (Dependency d : index.children(head)) {
      if (d.relation().equals("amod") && index.token(d.dependent()).lemma().equalsIgnoreCase("lead")) {
        for (Dependency leader : index.children(d.dependent())) {
          Optional<String> country = leader.relation().equals("punct") ? Optional.empty() : countryNamedBy(leader.dependent());
          if (country.isPresent()) {
            return Optional.of(states.stateActor(country.get(), Optional.empty()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Participles that tie a group to an organisation it belongs to: "Islamic State-linked", "al-Qaeda-affiliated". */
  private static final Set<String> AFFILIATING = Set.of("link", "linked", "affiliate", "affiliated", "align", "aligned");
  /** The most words an organisation's name before such a participle is looked up with. */
  private static final int LONGEST_AFFILIATE_NAME = 5;

  /**
   * "Islamic State-linked insurgents", "al-Qaeda-affiliated militants": a group tied by a hyphen to
   * an armed group's name is that group, as ICEWS codes its affiliates. The name is read as
   * written before the hyphen, since the parser scatters its words.
   */
  Optional<Actor> affiliationOf(int head) {
    for (Dependency d : index.children(head)) {
      int participle = d.dependent();
      // "fighters linked to Islamic State": the same tie told after the noun.
      if (d.relation().equals("acl") && AFFILIATING.contains(index.lemma(participle))) {
        for (Dependency tie : index.children(participle)) {
          if (!tie.relation().equals("obl:to") && !tie.relation().equals("obl:with")) {
            continue;
          }
          String name = phrases.span(tie.dependent()).of(index.text().text()).replaceFirst("^(?i)the ", "");
          Optional<NameMatch> match = dictionary.match(name, when);
          if (match.isPresent() && match.get().how() == NameMatch.How.ORGANISATION && match.get().actor().sector().equals(Optional.of("REB"))) {
            return Optional.of(match.get().actor());
          }
        }
        continue;
      }
      if (!d.relation().equals("amod") || !AFFILIATING.contains(index.lemma(participle)) || participle < 2
          || !index.token(participle - 1).tag().equals("HYPH")) {
        continue;
      }
      int last = participle - 2;
      for (int first = Math.max(0, last - LONGEST_AFFILIATE_NAME + 1); first <= last; first++) {
        Optional<NameMatch> match = dictionary.match(index.textOf(first, last), when);
        if (match.isPresent() && match.get().how() == NameMatch.How.ORGANISATION && match.get().actor().sector().equals(Optional.of("REB"))) {
          return Optional.of(match.get().actor());
        }
      }
    }
    return Optional.empty();
  }

  /** The country a word names by its name or adjective ("Saudi", "Myanmar"), on the day. */
  private Optional<String> countryNamedBy(int word) {
    return dictionary.match(index.token(word).text(), when)
        .filter(match -> match.how() == NameMatch.How.COUNTRY_ADJECTIVE || match.how() == NameMatch.How.COUNTRY_NAME)
        .flatMap(match -> match.actor().country());
  }

  /** Words for one who speaks for a body: "a spokeswoman said", "a spokesman for the ministry". */
  static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");
  /** Those who act in law for a client, whose side they are on. */
  static final Set<String> ADVOCATES = Set.of("lawyer", "attorney", "counsel", "barrister", "solicitor", "advocate");
  /** Parts of a country that people come from: "raiders from South Sudan's Greater Pibor area". */
  private static final Set<String> PART_OF_COUNTRY_NOUNS = Set.of("area", "region", "province", "district", "county", "state", "territory", "side", "zone", "border area", "borderland");

  /** Words for one side of a border river or line. */
  private static final Set<String> SIDE_NOUNS = Set.of("side", "bank", "shore");

  /** Verbs of holding ground: "the militia that controls the area around Myawaddy". */
  private static final Set<String> CONTROLLING = Set.of("control", "hold", "run", "rule", "govern");

  private Optional<Actor> directOwnerOf(int head) {
    Optional<Actor> leader = leaderOf(head);
    if (leader.isPresent()) {
      return leader;
    }
    Optional<Actor> affiliation = affiliationOf(head);
    if (affiliation.isPresent()) {
      return affiliation;
    }
    Optional<Actor> ownersCountry = countryOfOwner(head);
    if (ownersCountry.isPresent()) {
      return ownersCountry;
    }
    for (Dependency d : index.children(head)) {
      // The tagger may call a country a common noun ("Guinea"/NN); its entity tag still knows.
      Token place = index.token(d.dependent());
      if (d.relation().equals("nmod:in") && (place.isProperNoun() || place.entity().equals("LOCATION"))) {
        Optional<String> iso3 = dictionary.match(index.token(d.dependent()).text(), when).flatMap(m -> m.actor().country())
            .or(() -> states.countryOfPlace(phrases.span(d.dependent()).of(index.text().text())));
        if (iso3.isPresent()) {
          return Optional.of(states.stateActor(iso3.get(), Optional.empty()));
        }
      }
      // "the militia that controls the area around Myawaddy": a group is of the country of the
      // place it controls.
      if (d.relation().equals("acl:relcl") && CONTROLLING.contains(index.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
        for (int held : index.children(d.dependent(), Set.of("obj"))) {
          for (int named : index.subtree(held, Set.of())) {
            Token word = index.token(named);
            Optional<String> iso3 = word.isProperNoun() && word.entity().equals("LOCATION") ? states.countryOfPlace(word.text()) : Optional.empty();
            if (iso3.isPresent()) {
              return Optional.of(states.stateActor(iso3.get(), Optional.empty()));
            }
          }
        }
      }
      // "a counsellor at Ivory Coast's embassy": the staff of a mission are its country's.
      boolean mission = d.relation().equals("nmod:at") && ActorResolver.MISSION_NOUNS.contains(index.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT));
      // "a spokesman for the justice ministry": whom a spokesperson speaks for owns them; so does
      // whom a lawyer acts for ("a lawyer for the families").
      String headLemma = index.lemma(head).toLowerCase(java.util.Locale.ROOT);
      boolean spokenFor = d.relation().equals("nmod:for") && (SPOKESPEOPLE.contains(headLemma) || ADVOCATES.contains(headLemma));
      if (d.relation().equals("nmod:poss") || d.relation().equals("nmod:of") || d.relation().equals("nmod:from") || mission || spokenFor) {
        Optional<Actor> owner = stateOrOrganisationAt(d.dependent());
        if (owner.isPresent()) {
          return owner;
        }
      }
      // "gunmen on the Myanmar bank of the Mekong", "troops on the Indian side of the line": people
      // on one country's side of a border, or firing from it, are that country's.
      if ((d.relation().equals("nmod:on") || d.relation().equals("nmod:from")) && SIDE_NOUNS.contains(index.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
        for (Dependency word : index.children(d.dependent())) {
          Optional<String> country = Set.of("amod", "compound").contains(word.relation()) ? countryNamedBy(word.dependent()) : Optional.empty();
          if (country.isPresent()) {
            return Optional.of(states.stateActor(country.get(), Optional.empty()));
          }
        }
      }
      // "armed raiders from South Sudan's Greater Pibor area": people from a part of a country
      // are that country's.
      if (d.relation().equals("nmod:from") && PART_OF_COUNTRY_NOUNS.contains(index.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
        for (int country : index.children(d.dependent(), Set.of("nmod:poss", "nmod:of"))) {
          Optional<Actor> state = stateOrOrganisationAt(country).filter(actor -> actor.kind() == ActorKind.STATE);
          if (state.isPresent()) {
            return state.map(states::countryLevel);
          }
        }
      }
    }
    return Optional.empty();
  }
}
