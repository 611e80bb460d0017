package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Who an ordinary noun phrase refers to, by its words: a person it names, a named country,
 * organisation or region (with the sector its title names), a sector owned by a state ("Somalia's
 * government"), an actor named earlier ("the group"), or a group of no country yet ("rebels").
 */
final class PhraseResolver {
  private static final Set<String> MEMBER_NOUNS = Set.of("partner", "member", "ally", "state", "country", "nation", "supporter", "follower", "loyalist", "sympathiser",
      "sympathizer");
  static final Set<String> STATE_GROUP_NOUNS = Set.of("country", "nation", "state", "government", "side", "capital", "neighbour", "neighbor", "power", "ally", "partner", "administration");
  /** UN peacekeepers ("blue helmets" too), whom a sector reading would give the host country's army. */
  private static final String PEACEKEEPER = "peacekeeper";
  /** The CAMEO code prefix of the UN and its bodies (IGOUNO, IGOUNOWFP). */
  private static final String UN_FAMILY = "IGOUNO";
  /** The name the actor dictionary knows the UN by. */
  private static final String UNITED_NATIONS = "United Nations";

  /** Sectors of the forces a state orders about: its army and its police. */
  private static final Set<String> ORDERED_SECTORS = Set.of("MIL", "COP");

  /** Nouns that name an organisation in "the AUKUS alliance", "the BRICS bloc", "the al-Qaeda network". */
  static final Set<String> ORGANISATION_NOUNS = Set.of("alliance", "bloc", "group", "organisation", "organization", "coalition", "union", "pact", "body", "grouping", "agency", "council", "partnership", "forum", "club", "cartel", "movement",
      "network", "faction", "wing", "mission", "team", "panel", "commission", "delegation", "investigator", "inspector", "observer", "monitor", "official", "force", "fighter");

  /** Words for one business, a body rather than a person: "a Dubai-based company", "the exporter". */
  private static final Set<String> BUSINESS_BODIES = Set.of("company", "firm", "exporter", "importer", "manufacturer", "supplier", "contractor", "lender", "bank",
      "insurer", "carrier", "retailer", "conglomerate", "corporation");

  /** Words for one person of no name and no office: "a man", "a woman". */
  private static final Set<String> ONE_OF_THE_PEOPLE = Set.of("man", "woman", "teenager", "boy", "girl");

  /** CAMEO's political parties. */
  private static final String PARTY = "PTY";
  /** One who stands for a party in an election. */
  private static final Set<String> CANDIDATES = Set.of("candidate", "nominee");

  /** Members a body sends, who are of the body that sends them: "a delegation of the Congress". */
  private static final Set<String> SENT_MEMBERS = Set.of("delegation", "delegate");

  /**
   * A state's bodies that its government acts through: "Haiti's Transitional Presidential
   * Council", "China's mission in Vilnius" (a state's mission is its diplomatic one).
   */
  private static final Set<String> STATE_BODY_NOUNS = Set.of("council", "commission", "committee", "agency", "authority", "board", "delegation", "panel", "mission");
  /** A state's centres, named by their owner: "Belgium's cybersecurity centre". */
  private static final Set<String> STATE_CENTRES = Set.of("centre", "center");
  /** An organisation's offices that act for it: "the bloc's chairman", "the union's secretariat". */
  private static final Set<String> ORGANISATION_OFFICES = Set.of("chairman", "chairwoman", "chair", "chairperson", "secretariat", "presidency", "leadership", "executive",
      "chief", "head");
  /** Singular nouns that name a group: "fired tear gas at the crowd", "the Umma party said". */
  /** Words for a body of people, which speaks as a group though the word is singular: "a rebel faction", "an opposition group". */
  private static final Set<String> GROUP_WORDS = Set.of("group", "faction", "movement", "wing", "coalition", "alliance", "network", "association", "front");
  /** Words for the institution every state has one of, which name the last one named. */
  /** Sectors of armed men outside a state's forces, and of the groups they belong to. */
  private static final Set<String> ARMED_GROUP_SECTORS = ActorResolver.ARMED_GROUP_SECTORS;
  /** The last words of companies' names: "Industries", "Corporation", "Airlines". */
  private static final Set<String> COMPANY_NAME_ENDINGS = Set.of("industries", "corporation", "corp", "company", "co", "holdings", "group", "airlines", "airways",
      "petroleum", "motors", "electronics", "shipbuilding", "telecom", "railways", "steel", "mining", "inc", "ltd", "plc");
  private static final String PRESIDENCY = "presidency";
  private static final String PRESIDENT = "president";
  /** Last words of the name of a society of a country's people: "the Law Society of Kenya". */
  private static final Set<String> ASSOCIATION_NAME_WORDS = Set.of("society", "association", "federation", "foundation");
  /** Last words of the name of a state's office: "Meteorological Office", "Maritime Authority". */
  private static final Set<String> STATE_OFFICE_NAME_ENDINGS = Set.of("office", "agency", "authority", "administration", "directorate", "bureau",
      "inspectorate");
  private static final String BUSINESS = "BUS";
  private static final String CIVILIANS = "CVL";
  /** Determiners that take the members of a kind one by one: "each returnee", "every migrant". */
  private static final Set<String> DISTRIBUTIVES = Set.of("each", "every");
  /** Weapons that fly to their target by themselves, so a story can tell where they came from and not whose they were. */
  private static final Set<String> LAUNCHED_WEAPONS = Set.of("drone", "missile", "rocket", "projectile", "shell", "mortar", "uav");
  private static final Set<String> GENERIC_INSTITUTIONS = Set.of("government", "administration", "authority", "regime", "leadership");
  /** Singular words for a body of people ("a smuggling ring", "a trafficking network": criminals). */
  private static final Set<String> COLLECTIVE_NOUNS = Set.of("crowd", "opposition", "public", "media", "press", "mob", "militia", "guerrilla", "party", "gang", "cartel",
      "ring", "network");

  private final DependencyIndex index;
  private final ActorDictionary dictionary;
  private final StateActors states;
  private final ModifierActors modifiers;
  private final NounPhrases phrases;
  private final PhraseNames names;
  private final ArticlePeople people;
  private final Owners owners;
  private final NounAnaphora anaphora;
  private final MentionHistory history;
  private final ResolvedHeads heads;
  private final PartyStanding partyStanding;
  /** The article's day, which tells whose armed forces ruled. */
  private final java.time.LocalDate when;

  PhraseResolver(DependencyIndex index, ActorDictionary dictionary, StateActors states, ModifierActors modifiers, NounPhrases phrases, PhraseNames names,
      ArticlePeople people, Owners owners, NounAnaphora anaphora, MentionHistory history, ResolvedHeads heads, java.time.LocalDate when) {
    this.index = index;
    this.when = when;
    this.dictionary = dictionary;
    this.states = states;
    this.modifiers = modifiers;
    this.phrases = phrases;
    this.names = names;
    this.people = people;
    this.owners = owners;
    this.anaphora = anaphora;
    this.history = history;
    this.heads = heads;
    this.partyStanding = new PartyStanding(index);
  }

  /**
   * Resolves an ordinary noun phrase by its words.
   *
   * @param depth 0 for a phrase, 1 for its appositive
   */
  Optional<ActorMention> resolve(int head, int depth) {
    Optional<ActorMention> resolved = resolveByWords(head, depth).map(mention -> placedByItsBase(head, mention)).map(mention -> placedByItsSeat(head, mention))
        .map(mention -> missionOfAnotherState(head, mention)).or(() -> senderOfDocument(head));
    resolved.ifPresent(mention -> learnUnknownOrganisationName(head, mention));
    return resolved;
  }

  /**
   * "Italy's consulates in Argentina … rallied outside the consulate in Buenos Aires": a mission of
   * no owner, which the place it stands in would give to the host, is the mission of the state
   * whose missions the story told before by that word (NounAnaphora.missionAnaphor).
   */
  private ActorMention missionOfAnotherState(int head, ActorMention mention) {
    if (!ActorResolver.MISSION_NOUNS.contains(index.lemma(head).toLowerCase(Locale.ROOT)) || mention.actor().kind() != ActorKind.STATE) {
      return mention;
    }
    return anaphora.missionAnaphor(head, phrases.tokens(head)).filter(a -> !a.country().equals(mention.actor().country()))
        .map(a -> new ActorMention(mention.span(), mention.surface(), a)).orElse(mention);
  }

  /** Verbs of sending or issuing a document. */
  private static final Set<String> SENDING_VERBS = Set.of("send", "deliver", "issue", "lodge", "hand", "submit", "write", "release", "publish", "dispatch", "present");
  /** How many sentences back the document may have been sent. */
  private static final int DOCUMENT_REACH = 2;

  /**
   * "Slovenia sent a protest note to Italy … The note demanded a joint assessment": a document
   * the story told a side sent, named again as the subject of what it says, speaks for its sender.
   */
  private Optional<ActorMention> senderOfDocument(int head) {
    String lemma = index.lemma(head).toLowerCase(Locale.ROOT);
    boolean speaking = index.parents(head).stream().anyMatch(d -> d.relation().equals("nsubj") && d.governor() >= 0 && index.token(d.governor()).isVerb());
    if (!ActorResolver.DOCUMENT_NOUNS.contains(lemma) || !phrases.hasThe(head) || !speaking) {
      return Optional.empty();
    }
    int sentence = index.token(head).sentence();
    int first = index.text().sentences().get(Math.max(0, sentence - DOCUMENT_REACH)).firstToken();
    for (int t = head - 1; t >= first; t--) {
      if (!index.lemma(t).equalsIgnoreCase(lemma)) {
        continue;
      }
      for (Dependency sent : index.parents(t)) {
        if (!sent.relation().equals("obj") || sent.governor() < 0 || !SENDING_VERBS.contains(index.lemma(sent.governor()).toLowerCase(Locale.ROOT))) {
          continue;
        }
        List<ActorMention> senders = index.children(sent.governor(), Set.of("nsubj")).stream().flatMap(n -> heads.resolve(n).stream()).distinct().toList();
        if (senders.size() == 1) {
          Span span = phrases.span(head);
          return Optional.of(new ActorMention(span, span.of(index.text().text()), senders.get(0).actor()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "The governor of the Kaliningrad region", "the mayor of Lviv": an official whose office an "of"
   * phrase places ({@link #placeOfOffice}) is that place's country's, whatever country the story's
   * officials told before are of.
   */
  private ActorMention placedByItsSeat(int head, ActorMention mention) {
    Actor actor = mention.actor();
    if (actor.sector().isEmpty() || index.token(head).isProperNoun() || !index.children(head, Set.of("nmod:poss")).isEmpty()) {
      return mention;
    }
    // Only "of": "expelled a Belarusian consul from Bialystok" names where he was sent from. A
    // ministry "in" a place sits there: "rallied outside the education ministry in Luxembourg
    // City" is Luxembourg's, whoever rallied (an embassy "in Kabul" is its sender's, not here).
    // (Only a ministry of a state: "the Taliban government in Kabul" stays the Taliban's.)
    boolean ministry = SEATED_MINISTRIES.contains(index.lemma(head).toLowerCase(Locale.ROOT)) && actor.kind() != ActorKind.ORGANISATION;
    Set<String> placing = ministry ? OF_OR_IN : OF;
    return placeOfOffice(head, placing).map(country -> new ActorMention(mention.span(), mention.surface(), states.stateActor(country, actor.sector()))).orElse(mention);
  }

  /**
   * "a US-based pressure group", "The Stamford, Connecticut-based Cardinal Kung Foundation": a
   * group of no country that its own words say is based in a place is of that place's country.
   */
  private ActorMention placedByItsBase(int head, ActorMention mention) {
    Actor actor = mention.actor();
    // A body, by a word for one or a name of its own; not a person, whom a place of residence does
    // not make that country's ("the Wellington-based nuncio Archbishop Thomas White" is the
    // Vatican's).
    String headLemma = index.lemma(head).toLowerCase(Locale.ROOT);
    boolean body = ORGANISATION_NOUNS.contains(headLemma) || COLLECTIVE_NOUNS.contains(headLemma) || BUSINESS_BODIES.contains(headLemma)
        || (index.token(head).isProperNoun() && !index.token(head).entity().equals("PERSON"));
    // "Turkey's foreign ministry called the seizure an act of piracy. The Tripoli-based Government of
    // National Unity also condemned the move": a state's governing body that the story's context
    // gave a country is of the country its own words base it in, when they name no other.
    boolean governingBodyPlacedByContext = actor.kind() == ActorKind.STATE && actor.country().isPresent() && actor.sector().isPresent()
        && SEATED_GOVERNING_BODIES.contains(headLemma) && namesNoCountryBesidesItsSeat(head);
    if (governingBodyPlacedByContext) {
      return countryOfBase(head).filter(country -> !country.equals(actor.country().get()))
          .map(country -> new ActorMention(mention.span(), mention.surface(), states.stateActor(country, actor.sector()))).orElse(mention);
    }
    if (actor.kind() != ActorKind.GROUP || actor.country().isPresent() || actor.sector().isEmpty()) {
      return mention;
    }
    Optional<String> based = body ? countryOfBase(head) : Optional.empty();
    if (based.isPresent()) {
      return new ActorMention(mention.span(), mention.surface(), states.stateActor(based.get(), actor.sector()));
    }
    // "A Sarawak opposition party": a place named before the body's word is where it is based; and
    // people named by their place are of its country ("Queensland farmers", "Gaza residents"), which
    // a residence told by "-based" does not give them.
    for (int place : index.children(head, Set.of("compound"))) {
      Optional<String> country = index.token(place).entity().equals("LOCATION") && index.token(place).isProperNoun()
          ? states.countryOfPlace(phrases.span(place).of(index.text().text())) : Optional.empty();
      if (country.isPresent()) {
        return new ActorMention(mention.span(), mention.surface(), states.stateActor(country.get(), actor.sector()));
      }
    }
    return mention;
  }

  /** Bodies that govern from a seat, which "Tripoli-based" places; not people, whom a residence does not. */
  private static final Set<String> SEATED_GOVERNING_BODIES = Set.of("government", "administration", "authority", "cabinet", "parliament", "assembly", "council", "ministry");

  /** The country of the place an "X-based" modifier of the head names. */
  private Optional<String> countryOfBase(int head) {
    for (int based : index.children(head, Set.of("amod"))) {
      if (!index.lemma(based).equalsIgnoreCase("base")) {
        continue;
      }
      for (Dependency d : index.children(based)) {
        boolean place = (d.baseRelation().equals("obl") || d.relation().equals("compound") || d.relation().equals("npmod")) && index.token(d.dependent()).isProperNoun();
        Optional<String> country = place ? states.countryOfPlace(phrases.span(d.dependent()).of(index.text().text())) : Optional.empty();
        if (country.isPresent()) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the phrase's words, the "X-based" seat aside, name no country or owner ("Libya's Tripoli-based government"). */
  private boolean namesNoCountryBesidesItsSeat(int head) {
    if (!index.children(head, Set.of("nmod:poss")).isEmpty()) {
      return false;
    }
    return phrases.tokens(head).stream().filter(t -> !NounAnaphora.isSeatWord(index, t))
        .noneMatch(t -> dictionary.match(index.token(t).text()).filter(m -> m.actor().kind() == ActorKind.STATE).isPresent());
  }

  /**
   * "Bulgaria's state gas company Bulgargaz … Turkey's BOTAS … BOTAS called the move a breach of
   * contract": an organisation's name Annals does not know, placed by the words around it, stands
   * for the same actor when the story names it again alone.
   */
  private void learnUnknownOrganisationName(int head, ActorMention mention) {
    Token word = index.token(head);
    List<Integer> phrase = phrases.tokens(head);
    // One name word of its own: the possessor that places it ("Turkey's") is another's.
    List<Integer> owners = index.children(head, Set.of("nmod:poss")).stream().flatMap(p -> index.subtree(p, Set.of()).stream()).toList();
    // Placed by a possessor or a common noun before it ("state gas company Bulgargaz"), not by "the" alone.
    boolean placing = !owners.isEmpty() || index.children(head, Set.of("compound")).stream().anyMatch(c -> index.token(c).tag().startsWith("NN") && !index.token(c).isProperNoun());
    boolean placedName = word.tag().equals("NNP") && "ORGANIZATION".equals(word.entity()) && word.text().length() >= 3 && placing
        && phrase.stream().filter(t -> t != head && !owners.contains(t) && index.token(t).tag().startsWith("NNP")).count() == 0
        && dictionary.match(word.text()).isEmpty() && dictionary.sector(word.lemma().toLowerCase(java.util.Locale.ROOT)).isEmpty();
    if (placedName && mention.actor().country().isPresent() && mention.actor().kind() != ActorKind.PERSON) {
      people.learnShortName(word.text(), mention.actor());
    }
  }

  private Optional<ActorMention> resolveByWords(int head, int depth) {
    List<Integer> phrase = phrases.tokens(head);
    Token headToken = index.token(head);
    Optional<ActorMention> fromAppositive = Optional.empty();
    for (Dependency d : index.children(head)) {
      // Enhanced graphs may loop; one appositive level is all a name needs.
      if (d.relation().equals("appos") && depth == 0 && d.dependent() != head) {
        fromAppositive = resolve(d.dependent(), depth + 1);
        heads.settle(d.dependent(), fromAppositive.map(List::of).orElse(List.of()));
        break;
      }
    }
    Span span = new Span(index.token(phrase.get(0)).span().start(), index.token(phrase.get(phrase.size() - 1)).span().end());
    String surface = span.of(index.text().text());

    // "The UN children's agency": a name that holds a possessive, which the phrase leaves to its owner.
    Optional<ActorMention> possessiveName = nameThroughPossessive(head, span);
    if (possessiveName.isPresent()) {
      return possessiveName;
    }
    // Who is named: a person, then a country, organisation or region.
    Optional<int[]> personRun = names.personRun(phrase);
    Optional<NameInPhrase> found = names.namedActor(phrase, personRun, head);
    Optional<String> stateBody = found.flatMap(n -> names.sectorAroundOrganisation(phrase, n, personRun));
    // "Iran's National Security Council" names no Security Council of the UN.
    Optional<NameInPhrase> named = stateBody.isPresent() ? Optional.empty() : found;
    String headLemma = headToken.lemma().toLowerCase(Locale.ROOT);
    Optional<String> sector = anaphoricMen(head, headLemma) || informationNotAgency(head, headLemma) || warringParties(head, headLemma) || forceUsed(head, headLemma)
        ? Optional.empty()
        // (A body of members is of its members' sector before its own word's: "the farmers' association".)
        : committeesBody(head, headLemma).or(() -> stateBody).or(() -> membersSector(head, headLemma)).or(() -> followersSector(head, headLemma)).or(() -> soughtPeople(head, headLemma)).or(() -> suspectedPeople(head, headLemma)).or(() -> merchantSailors(head, headLemma)).or(() -> officersAmongSoldiers(head, headLemma)).or(() -> chiefsOfNoBody(head, headLemma)).or(() -> names.sectorOf(phrase, named, personRun))
            .or(() -> titleWithOf(head)).or(() -> titleOfPossessor(head)).or(() -> branchOfStateHeaded(head, headLemma)).or(() -> groupOfACause(head, headLemma));
    // "Italian air accident investigators … two Italian investigators arrived": the bare word, of
    // the same country, names those the longer term named before, whose sector it keeps.
    Optional<String> countryNamed = named.flatMap(n -> n.match().actor().country());
    if (sector.isPresent() && countryNamed.isPresent() && sector.equals(dictionary.sector(headLemma)) && headToken.tag().equals("NNS")) {
      Optional<String> bare = sector;
      sector = lastCalled(headToken.text(), a -> a.country().equals(countryNamed) && a.sector().isPresent() && !a.sector().equals(bare)
          && ActorResolver.STATE_SECTORS.contains(a.sector().get())).flatMap(Actor::sector).or(() -> bare);
    }
    // "The Philippines' migrant workers department said it would give each of the men 200,000
    // pesos": a ministry or department named by the people it serves is a state's office, not
    // those people. (A state branch's own is that branch's: "the police department".)
    boolean officeOfPeopleServed = sector.isPresent() && !ActorResolver.STATE_SECTORS.contains(sector.get()) && MINISTRY_NOUNS.contains(headLemma)
        && !headToken.isProperNoun() && dictionary.sector(headLemma).filter(GOVERNMENT::equals).isPresent();
    if (officeOfPeopleServed) {
      sector = Optional.of(GOVERNMENT);
    }
    // "Liberia's president telephoned the US secretary of state …, the presidency said": a presidency
    // of no country named is that of the president its own sentence named before it.
    if (PRESIDENCY.equals(headLemma) && named.isEmpty() && index.children(head, Set.of("nmod:poss", "amod", "compound")).isEmpty()) {
      int sentenceStart = index.text().sentences().get(headToken.sentence()).span().start();
      Optional<Actor> ownPresident = history.lastThingMentioned(mention -> mention.span().start() >= sentenceStart && mention.span().end() <= span.start()
          && mention.surface().toLowerCase(Locale.ROOT).endsWith(" " + PRESIDENT) && mention.actor().country().isPresent());
      if (ownPresident.isPresent()) {
        return Optional.of(new ActorMention(span, surface, states.stateActor(ownPresident.get().country().get(), Optional.of(GOVERNMENT))));
      }
    }
    // "detained its captain, a Russian citizen": plain people whom an appositive calls a country's
    // citizens are that country's, whatever owner or context would place them by.
    boolean citizenByApposition = named.isEmpty() && personRun.isEmpty() && sector.filter(CIVILIANS::equals).isPresent()
        && fromAppositive.filter(a -> a.actor().country().isPresent() && a.actor().kind() != ActorKind.PERSON && a.actor().sector().filter(CIVILIANS::equals).isPresent()).isPresent();
    if (citizenByApposition) {
      return Optional.of(new ActorMention(span.union(fromAppositive.get().span()), surface, fromAppositive.get().actor()));
    }
    // "the Viv Ansanm gang coalition": a name before a word for a group is the group's, not a person's.
    boolean groupNamedAfterRun = personRun.isPresent() && head > personRun.get()[1] && named.isEmpty()
        && (ORGANISATION_NOUNS.contains(headLemma) || COLLECTIVE_NOUNS.contains(headLemma)) && sector.isPresent();
    boolean companyName = headToken.tag().startsWith("NNP") && COMPANY_NAME_ENDINGS.contains(headToken.text().toLowerCase(Locale.ROOT).replace(".", ""))
        && sector.filter(s -> !s.equals(BUSINESS)).isEmpty();
    Optional<String> namesCountryFirst = named.filter(n -> n.first() == 0 && n.last() < phrase.indexOf(head) && n.match().actor().kind() == ActorKind.STATE)
        .flatMap(n -> n.match().actor().country());
    if (namesCountryFirst.isPresent() && isAdvocacyName(head, headToken, headLemma)) {
      // "the Dutch Council for Refugees": a body Annals does not know, named by its country's word
      // and a word for a body with a "for" of whom or what it speaks for, is that country's
      // non-governmental organisation, not its state.
      return Optional.of(new ActorMention(span, surface, states.stateActor(namesCountryFirst.get(), Optional.of(NON_GOVERNMENTAL))));
    }
    // "The Law Society of Kenya", "the Medical Association of Nigeria": a society or association Annals
    // does not know, named as a country's, is that country's non-governmental organisation.
    Optional<String> associationOfCountry = headToken.isProperNoun() && ASSOCIATION_NAME_WORDS.contains(headLemma)
        ? index.children(head, Set.of("nmod:of")).stream().flatMap(c -> stateNamedBy(c).stream()).findFirst()
        : Optional.empty();
    if (associationOfCountry.isPresent() && sector.isEmpty()) {
      return Optional.of(new ActorMention(span, surface, states.stateActor(associationOfCountry.get(), Optional.of(NON_GOVERNMENTAL))));
    }
    // "the Icelandic Meteorological Office": a body Annals does not know, named by its country's word
    // and ending in a word for a state's office, is that country's government.
    Optional<String> namesCountryBeforeOffice = named.filter(n -> n.first() <= 1 && n.last() < phrase.indexOf(head) && n.match().actor().kind() == ActorKind.STATE)
        .flatMap(n -> n.match().actor().country());
    boolean stateOfficeName = headToken.tag().startsWith("NNP") && STATE_OFFICE_NAME_ENDINGS.contains(headToken.text().toLowerCase(Locale.ROOT)) && sector.isEmpty();
    if (stateOfficeName && namesCountryBeforeOffice.isPresent()) {
      return Optional.of(new ActorMention(span, surface, states.stateActor(namesCountryBeforeOffice.get(), Optional.of(GOVERNMENT))));
    }
    if (companyName && namesCountryFirst.isPresent()) {
      // "Korea Aerospace Industries", "China National Petroleum Corporation": a company Annals
      // does not know, whose name begins with a country's name, is a business of that country.
      return Optional.of(new ActorMention(span, surface, states.stateActor(namesCountryFirst.get(), Optional.of(BUSINESS))));
    }
    // "the Clan del Golfo, the country's largest drug trafficking group": a name after "the"
    // that the tagger took for a person's is what its appositive, a group, says it is.
    boolean groupNamedLikeAPerson = personRun.isPresent() && named.isEmpty() && phrases.hasThe(head)
        && fromAppositive.filter(a -> a.actor().kind() != ActorKind.PERSON && a.actor().sector().isPresent()).isPresent();
    if (groupNamedLikeAPerson) {
      return Optional.of(new ActorMention(span.union(fromAppositive.get().span()), surface, fromAppositive.get().actor()));
    }
    if (personRun.isPresent() && !groupNamedAfterRun) {
      return namedPerson(head, phrase, personRun.get(), named, sector, fromAppositive).map(p -> new ActorMention(span, surface, p));
    }
    if (fromAppositive.isPresent() && fromAppositive.get().actor().kind() == ActorKind.PERSON) {
      // "his Chinese counterpart, Xi Jinping": the name decides.
      return Optional.of(new ActorMention(span.union(fromAppositive.get().span()), surface, fromAppositive.get().actor()));
    }
    // "the West African bloc ECOWAS": a word for a body that an organisation's name follows is that
    // organisation, not the region or country its modifiers name.
    boolean bodyNamedByAppositive = ORGANISATION_NOUNS.contains(headLemma) && !headToken.isProperNoun()
        && fromAppositive.filter(a -> a.actor().kind() == ActorKind.ORGANISATION).isPresent();
    if (bodyNamedByAppositive) {
      return Optional.of(new ActorMention(span.union(fromAppositive.get().span()), surface, fromAppositive.get().actor()));
    }
    if (named.isPresent() && named.get().first() == named.get().last() && NounAnaphora.isSeatWord(index, phrase.get(named.get().first()))) {
      // "The Abuja-based court" after "the ECOWAS Court of Justice" is that court, not Nigeria's.
      Optional<Actor> seated = anaphora.antecedent(head, phrase, sector);
      if (seated.isPresent()) {
        return Optional.of(new ActorMention(span, surface, seated.get()));
      }
    }
    if (sector.filter(ARMED_GROUP_SECTORS::contains).isPresent()) {
      // "gunmen from the Jaish al-Adl group": armed men from an armed group are its own.
      Optional<Actor> group = owners.senderOf(head).filter(a -> a.sector().filter(ARMED_GROUP_SECTORS::contains).isPresent());
      if (group.isPresent()) {
        return Optional.of(new ActorMention(span, surface, group.get()));
      }
    }
    if (sector.isPresent() && named.isEmpty() && LAUNCHED_WEAPONS.contains(headLemma)) {
      // "Two drones launched from Iraq struck a pumping station": a weapon of no named owner
      // stands for the state it came from.
      Optional<Actor> origin = owners.launchedFrom(head);
      if (origin.isPresent()) {
        return Optional.of(new ActorMention(span, surface, origin.get()));
      }
    }
    Optional<String> spiedFor = named.isEmpty() && personRun.isEmpty() && PLAIN_PEOPLE.contains(headLemma) ? countrySpiedFor(head) : Optional.empty();
    if (spiedFor.isPresent()) {
      return Optional.of(new ActorMention(span, surface, states.stateActor(spiedFor.get(), Optional.of(SPIES))));
    }
    Optional<Actor> visitor = named.isEmpty() && personRun.isEmpty() ? visitingOne(head, headLemma, sector) : Optional.empty();
    if (visitor.isPresent()) {
      return Optional.of(new ActorMention(span, surface, visitor.get()));
    }
    Optional<Actor> foreign = named.isEmpty() && personRun.isEmpty() ? foreignOnesNamedBefore(head, headLemma, sector) : Optional.empty();
    if (foreign.isPresent()) {
      return Optional.of(new ActorMention(span, surface, foreign.get()));
    }
    if (sector.isEmpty() && OwnedSites.isUndertaking(index, head)) {
      // "protest against a French-run uranium project": an undertaking a country's people run is
      // their business, though the word alone names no actor. (Not a mine or a plant, a place
      // whose owners the event nouns tell: read as an actor, "a Chinese-run copper mine" in
      // Myanmar would make China the country of the article's unplaced troops and media.)
      Optional<String> owners = OwnedSites.ownersWord(index, head).flatMap(dictionary::match).filter(m -> m.how() == NameMatch.How.COUNTRY_ADJECTIVE)
          .flatMap(m -> m.actor().country());
      if (owners.isPresent()) {
        return Optional.of(new ActorMention(span, surface, states.stateActor(owners.get(), Optional.of(BUSINESS))));
      }
    }
    Optional<Actor> runBy = sector.filter(GOVERNMENT::equals).isPresent() && !headToken.isProperNoun() ? organisationRunning(head) : Optional.empty();
    if (runBy.isPresent()) {
      return Optional.of(new ActorMention(span, surface, runBy.get()));
    }
    if (named.isPresent()) {
      learnShortName(phrase, named.get());
      return namedActor(head, phrase, headLemma, named.get(), sector).map(a -> familyMember(head, headLemma, a)).map(a -> new ActorMention(span, surface, a));
    }
    // "four suspected leaders of Ecuador's Los Lobos gang", "the head of Kenya's police": one who
    // heads a branch or group of a country is of that branch, not of its government; so is one
    // who speaks for it ("A spokesman for the Libyan National Army").
    // So are the members a branch sends: "a delegation of the Congress" is the legislature's.
    // So are a body's staff: "The embassy said its staff had met a delegation" (not labour).
    boolean heading = HEADING_TITLES.contains(headLemma) || Owners.SPOKESPEOPLE.contains(headLemma) || SENT_MEMBERS.contains(headLemma)
        || STAFF_NOUNS.contains(headLemma);
    // "A court ordered the miners held, their lawyer said", "The man's lawyers said he would
    // appeal": one's lawyer acts for the client, not for the courts.
    // ("their lawyer said", after "arrested two Chadema officials": a client of any kind, a party's
    // people too, whom the possessive names.)
    Optional<Actor> client = Owners.ADVOCATES.contains(headLemma)
        // ("Lawyers for several families": plain people of no country yet are clients too, placed
        // with them later.)
        ? owners.ownerOf(head).or(() -> ownerBy(head, Set.of("nmod:poss", "nmod:for"), who -> who.kind() != ActorKind.PERSON
            && (who.country().isPresent() || who.sector().filter(CIVILIANS::equals).isPresent())))
            .map(c -> formerServant(head, c))
        : Optional.empty();
    // "The group's negotiators agreed to release 14 soldiers": officials of an armed or criminal
    // group (a cartel, rebels) are that group's, not their country's government.
    Optional<Actor> owned = client.isPresent() ? client : sector.flatMap(sec -> owners.ownerOf(head).map(owner -> owner.kind() == ActorKind.STATE && owner.country().isPresent()
        ? states.stateActor(owner.country().get(), (heading || (sec.equals(GOVERNMENT) && !MINISTRY_NOUNS.contains(headLemma) && owner.sector().filter(ARMED_OR_CRIMINAL::contains).isPresent()))
            && owner.sector().isPresent() ? owner.sector() : Optional.of(sec)) : owner));
    if (owned.isEmpty() && heading) {
      // "Leaders of several parties", "a delegation of the veterans": one who heads a group of
      // no country yet, or is sent by it, is of that group, placed with it later.
      owned = groupOfMembers(head);
    }
    if (owned.isEmpty() && (sector.isPresent() || headLemma.equals("office"))) {
      // "Putin's spokesman", "Lukashenko's office": a sector or the office a person of a state
      // owns is that state's.
      Optional<String> ownSector = sector.or(() -> Optional.of("GOV"));
      boolean bareOffice = headLemma.equals("office") && sector.isEmpty();
      owned = personalOwner(head).map(person -> states.stateActor(person.country().orElseThrow(), ownSector))
          .or(() -> headLemma.equals("office") ? officeHoldersState(head) : Optional.empty())
          // "Switzerland's federal justice office said": a state's own office is its government's.
          .or(() -> bareOffice ? owners.ownerOf(head)
              .filter(o -> o.kind() == ActorKind.STATE && o.country().isPresent() && o.sector().isEmpty())
              .map(o -> states.stateActor(o.country().get(), Optional.of(GOVERNMENT))) : Optional.empty());
    }
    if (owned.isEmpty() && sector.isPresent() && Owners.SPOKESPEOPLE.contains(headLemma) && index.children(head, Set.of("nmod:poss", "nmod:of", "nmod:for", "amod", "compound")).isEmpty()) {
      // "The European Commission urged both neighbours to lower tensions, a spokeswoman said":
      // a spokesperson of no one, closing the sentence, speaks for the doer of what is told, when
      // that is a body with spokespeople: an organisation, a state's institution or one who holds
      // its office ("Rebels attacked the town, a spokesman said" is told by someone else).
      owned = doerOfToldClause(head).filter(doer -> doer.kind() == ActorKind.ORGANISATION
              || placedStateOrPerson(doer))
          .map(doer -> doer.kind() == ActorKind.ORGANISATION ? doer
              : states.stateActor(doer.country().get(), doer.kind() == ActorKind.PERSON ? Optional.of("GOV") : doer.sector()));
    }
    if (owned.isEmpty() && sector.isEmpty() && STATE_CENTRES.contains(headLemma) && !index.children(head, Set.of("nmod:poss")).isEmpty()) {
      // "Belgium's cybersecurity centre said no classified systems had been breached": a state's
      // own centre, named by its possessive, is its government, as its agency is.
      owned = owners.ownerOf(head).filter(o -> o.kind() == ActorKind.STATE && o.country().isPresent() && o.sector().isEmpty())
          .map(o -> states.stateActor(o.country().get(), Optional.of("GOV")));
    }
    if (owned.isEmpty() && sector.isEmpty() && (ORGANISATION_NOUNS.contains(headLemma) || ORGANISATION_OFFICES.contains(headLemma))) {
      // "The regional bloc's commission welcomed the agreement", "the bloc's chairman": an
      // organisation's own body or head acts for it. "Haiti's Transitional Presidential
      // Council": a state's own council, commission or agency (its possessive, not "the
      // mission in Haiti") is its government.
      // "Nigeria's anti-drug agency said … The agency's chairman accused": the head of a state's
      // institution, named by its possessive, acts for that institution.
      Optional<Actor> owner = owners.ownerOf(head);
      owned = owner.filter(o -> o.kind() == ActorKind.ORGANISATION)
          .or(() -> owner.filter(o -> o.kind() == ActorKind.STATE && o.country().isPresent() && STATE_BODY_NOUNS.contains(headLemma)
              && !index.children(head, Set.of("nmod:poss")).isEmpty())
              .map(o -> states.stateActor(o.country().get(), Optional.of("GOV"))))
          .or(() -> owner.filter(o -> o.kind() == ActorKind.STATE && o.country().isPresent() && o.sector().isPresent() && ORGANISATION_OFFICES.contains(headLemma)
              && !index.children(head, Set.of("nmod:poss")).isEmpty()));
    }
    if (owned.isEmpty() && sector.isEmpty() && named.isEmpty() && headToken.tag().startsWith("NNP") && headToken.entity().equals("ORGANIZATION")
        && !index.children(head, Set.of("nmod:poss")).isEmpty()) {
      // "Russia's Gazprom", "China's Huawei": a body Annals does not know, which the possessive
      // gives a country, acts for that country (its sector unknown).
      owned = owners.ownerOf(head).filter(o -> o.kind() == ActorKind.STATE && o.sector().isEmpty());
    }
    if (owned.isEmpty() && sector.isEmpty() && NEIGHBOUR_NOUNS.contains(headLemma) && headToken.tag().equals("NN")) {
      // "Dan said Romania would lend its neighbour 100 million euros": one's neighbour, in a story
      // of two states, is the other one, the state told most often besides the owner.
      // "its neighbour" is the neighbour of the clause's doer ("Ecuador …, accusing its neighbour").
      boolean pronounOwner = index.children(head, Set.of("nmod:poss")).stream().anyMatch(p -> index.token(p).tag().equals("PRP$"));
      Optional<Actor> owner = pronounOwner ? doerAbove(head) : owners.ownerOf(head);
      owned = owner.filter(o -> o.country().isPresent()).flatMap(o -> mostToldStateBesides(o.country().get()));
    }
    if (owned.isPresent()) {
      return Optional.of(ownedMention(head, span, owned.get()));
    }
    Optional<String> commanding = sector.filter(ORDERED_SECTORS::contains).flatMap(sec -> owners.commandingCountryOf(head));
    if (commanding.isPresent()) {
      return Optional.of(ownedMention(head, span, states.stateActor(commanding.get(), sector)));
    }
    boolean blueHelmets = headLemma.equals("helmet") && index.children(head, Set.of("amod", "compound")).stream().anyMatch(m -> index.lemma(m).equalsIgnoreCase("blue"));
    if (headLemma.equals(PEACEKEEPER) || blueHelmets) {
      // "would not allow peacekeepers into areas under its control", after "the Security Council
      // extended the mandate of its peacekeeping mission": peacekeepers of no named country are
      // the UN's, the UN body named last or else the UN itself; never the host country's army.
      Optional<Actor> un = history.lastThing(a -> a.kind() == ActorKind.ORGANISATION
          && dictionary.organisation(a.code()).map(o -> o.cameoCode().startsWith(UN_FAMILY)).orElse(false))
          .or(() -> dictionary.match(UNITED_NATIONS).map(NameMatch::actor));
      if (un.isPresent()) {
        return Optional.of(new ActorMention(span, surface, un.get()));
      }
    }
    Optional<Actor> employer = sector.isPresent() ? owners.employerOf(head).or(() -> owners.ownerOfThing(head)).or(() -> owners.sideOfLoyalty(head)) : Optional.empty();
    if (employer.isPresent()) {
      return Optional.of(new ActorMention(span, surface, employer.get()));
    }
    if (sector.isEmpty() && ORGANISATION_NOUNS.contains(headLemma)) {
      // "the US-led coalition": a coalition or alliance stands for the country that leads it.
      Optional<Actor> leader = owners.leaderOf(head);
      if (leader.isPresent()) {
        return Optional.of(new ActorMention(span, surface, leader.get()));
      }
    }
    if (sector.isEmpty() && DELEGATE_NOUNS.contains(headLemma)) {
      // "observers from the OSCE", "a team from the IAEA": those who come from it act for it.
      Optional<Actor> sender = owners.senderOf(head);
      if (sender.isPresent()) {
        return Optional.of(new ActorMention(span, surface, sender.get()));
      }
    }
    Optional<Actor> shortName = headToken.tag().equals("NNP") ? people.shortName(headToken.text()) : Optional.empty();
    if (shortName.isPresent()) {
      return Optional.of(new ActorMention(span, surface, shortName.get()));
    }
    Optional<SoleOffices.Office> soleOffice = named.isEmpty() && personRun.isEmpty() ? SoleOffices.of(headLemma) : Optional.empty();
    if (soleOffice.isPresent()) {
      // "The pope met relatives of missing children": a title one state alone has names its
      // holder, whatever country the story is about.
      return Optional.of(new ActorMention(span, surface, states.stateActor(soleOffice.get().country(), Optional.of(soleOffice.get().sector()))));
    }
    Optional<Actor> anaphor = anaphora.antecedent(head, phrase, sector);
    if (anaphor.isPresent()) {
      return Optional.of(new ActorMention(span, surface, anaphor.get()));
    }
    // "the Clan del Golfo, the country's largest drug trafficking group … The group's
    // negotiators": a bare "the group" is the last armed, criminal or opposition group named by
    // its name ("The exiled National Unity Government condemned … Russia dismissed the group").
    if (sector.isEmpty() && headLemma.equals("group") && phrases.hasThe(head) && index.children(head, Set.of("amod", "compound", "nmod:of")).isEmpty()) {
      Optional<Actor> called = history.lastThingMentioned(m -> m.actor().sector().filter(s -> ARMED_OR_CRIMINAL.contains(s) || s.equals(OPPOSITION)).isPresent() && isNamed(m));
      if (called.isPresent()) {
        return Optional.of(new ActorMention(span, surface, called.get()));
      }
    }
    if (sector.filter(GOVERNMENT::equals).isPresent() && CLOSING_OFFICES.contains(headLemma) && index.children(head, Set.of("nmod:poss", "nmod:of")).isEmpty()
        && history.lastThingMentioned(m -> CLOSING_OFFICES.stream().anyMatch(word -> m.surface().toLowerCase(Locale.ROOT).contains(word))).isEmpty()) {
      // "Georgia's coast guard detained two Turkish fishing boats ..., the interior ministry said":
      // a ministry of no one, with none told before ("Uganda's foreign ministry said … the ministry
      // added" is Uganda's), closing the sentence that tells a state's deed, is that state's.
      // So is a minister: "Estonia will stop extending protection …, the interior minister told
      // parliament".
      Optional<Actor> doers = doerOfMainClause(head).filter(PhraseResolver::placedStateOrPerson)
          .map(doer -> states.stateActor(doer.country().get(), Optional.of(GOVERNMENT)));
      if (doers.isPresent()) {
        return Optional.of(ownedMention(head, span, doers.get()));
      }
    }
    if (sector.filter(JUDICIARY::equals).isPresent() && PROSECUTION_NOUNS.contains(headLemma) && index.children(head, Set.of("nmod:poss", "nmod:of")).isEmpty()) {
      // "Dutch police arrested three Turkish nationals in Rotterdam ..., prosecutors said":
      // prosecutors of no one, closing the sentence that tells a state's deed, are that state's
      // (not of the country the story names most).
      Optional<Actor> doers = doerOfMainClause(head).filter(PhraseResolver::placedStateOrPerson)
          .map(doer -> states.stateActor(doer.country().get(), Optional.of(JUDICIARY)));
      if (doers.isPresent()) {
        return Optional.of(ownedMention(head, span, doers.get()));
      }
    }
    Optional<Actor> learned = people.learnedName(phrase);
    if (learned.isPresent()) {
      return Optional.of(new ActorMention(span, surface, learned.get()));
    }
    Optional<String> origin = headToken.tag().equals("NNS") ? owners.cameFrom(head) : Optional.empty();
    if (origin.isPresent()) {
      // "three men who tried to carry drugs across the Panj river from Afghanistan": people
      // of no named country who came from one are its people.
      return Optional.of(new ActorMention(span, surface, states.stateActor(origin.get(), Optional.of(sector.orElse(CIVILIANS)))));
    }
    Optional<String> partsCountry = headToken.tag().equals("NNS") ? countryOfCountedPart(head) : Optional.empty();
    if (partsCountry.isPresent()) {
      // "detained the 14 activists on board, four of them Colombians": people of no named country,
      // some of whom the text gives a nationality, are told of for those nationals' sake.
      return Optional.of(new ActorMention(span, surface, states.stateActor(partsCountry.get(), Optional.of(sector.orElse(CIVILIANS)))));
    }
    // "An association of the victims' descendants urged Rome": a body of people is of their
    // country, told by its "of" noun or by whose those people are.
    Optional<String> membersCountry = sector.isPresent() && MEMBERS_BODIES.contains(headLemma) && !headToken.isProperNoun() ? countryOfMembers(head) : Optional.empty();
    if (membersCountry.isPresent()) {
      return Optional.of(new ActorMention(span, surface, states.stateActor(membersCountry.get(), sector)));
    }
    Optional<ActorMention> group = group(head, headLemma, sector).map(a -> new ActorMention(span, surface, a));
    // "The Karen National Army, the militia that controls the area around Myawaddy": a name
    // Annals does not know whose word is a state's force, which its appositive calls an armed
    // group, is that group, not the army of the country in context.
    boolean armedGroupByApposition = headToken.isProperNoun() && fromAppositive.filter(a -> a.actor().sector().filter(ARMED_GROUP_SECTORS::contains).isPresent()).isPresent()
        && group.filter(g -> g.actor().sector().filter(ActorResolver.STATE_SECTORS::contains).isPresent()).isPresent();
    if ((group.isEmpty() || armedGroupByApposition) && fromAppositive.isPresent()) {
      // "The PAIGC, the country's oldest party": a name Annals does not know is what its
      // appositive says it is.
      return Optional.of(new ActorMention(span.union(fromAppositive.get().span()), surface, fromAppositive.get().actor()));
    }
    return group;
  }

  /** Words for a body of citizens that speaks for someone or something: "Council for Refugees". (Not an agency or office, which states have.) */
  private static final Set<String> ADVOCACY_BODIES = Set.of("council", "committee", "centre", "center", "association", "foundation", "league", "society",
      "coalition", "network", "institute");

  /**
   * Whether the head is a named body of citizens that speaks for someone: a proper noun of an
   * organisation's name for a body, with a capitalised "for" phrase in the name ("Council for
   * Refugees", "Committee for the Protection of Journalists").
   */
  private boolean isAdvocacyName(int head, Token headToken, String headLemma) {
    return headToken.isProperNoun() && headToken.entity().equals("ORGANIZATION") && ADVOCACY_BODIES.contains(headLemma)
        && index.children(head, Set.of("nmod:for")).stream().anyMatch(f -> index.token(f).isProperNoun() && index.token(f).entity().equals("ORGANIZATION"));
  }

  /** Words that count some of a group: "four of them", "most of whom". */
  private static final Set<String> COUNTING_WORDS = Set.of("some", "many", "most", "several", "all", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "dozens", "hundreds");

  /**
   * The country of nationals that an aside after a plural noun counts among its people: "the 14
   * activists on board, four of them Colombians", "30 migrants, most of whom Afghans". The aside
   * follows within a few words, after a comma, whatever the parser made of it.
   */
  private Optional<String> countryOfCountedPart(int head) {
    int sentenceEnd = index.text().sentences().get(index.token(head).sentence()).endToken();
    int comma = head + 1;
    while (comma < sentenceEnd && comma <= head + 3 && !index.token(comma).text().equals(",") && !index.token(comma).tag().startsWith("VB")) {
      comma++;
    }
    if (comma + 4 >= sentenceEnd || !index.token(comma).text().equals(",")) {
      return Optional.empty();
    }
    Token count = index.token(comma + 1);
    boolean counted = count.tag().equals("CD") || COUNTING_WORDS.contains(count.text().toLowerCase(Locale.ROOT));
    if (!counted || !index.token(comma + 2).text().equals("of") || !Set.of("them", "whom").contains(index.token(comma + 3).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int nationals = comma + 4;
    if (nationals >= sentenceEnd || !index.token(nationals).tag().startsWith("NNP")) {
      return Optional.empty();
    }
    return dictionary.match(index.token(nationals).text()).filter(m -> m.how() == NameMatch.How.COUNTRY_ADJECTIVE || m.how() == NameMatch.How.COUNTRY_NAME)
        .flatMap(m -> m.actor().country());
  }

  /**
   * "A lawyer for one of the former officers called the warrants political theatre": a client who
   * no longer serves the state (its "former" police officers, soldiers or officials) is one of the
   * country's people, and so is the lawyer who speaks for him.
   */
  private Actor formerServant(int lawyer, Actor client) {
    boolean stateServant = client.country().isPresent() && client.sector().filter(ActorResolver.STATE_SECTORS::contains).isPresent();
    boolean former = index.children(lawyer, Set.of("nmod:for")).stream().flatMap(c -> index.subtree(c, Set.of()).stream())
        .anyMatch(t -> index.lemma(t).equalsIgnoreCase("former"));
    return stateServant && former ? states.stateActor(client.country().get(), Optional.of(CIVILIANS)) : client;
  }

  /**
   * "Amnesty International … Amnesty urged West African leaders": the first word of an
   * organisation's name of several words, named in full earlier, finds it again when it stands
   * alone as a name (Annals' lexicon leaves such words out because they are also ordinary words).
   * Not a word that names a place or people itself ("European Union" teaches nothing).
   */
  private void learnShortName(List<Integer> phrase, NameInPhrase name) {
    if (name.match().how() != NameMatch.How.ORGANISATION || name.last() <= name.first()) {
      return;
    }
    // "The European Commission opened proceedings … A Commission spokeswoman said": the last
    // word too, when it is a word for a kind of body that the name's others make particular.
    for (int at : new int[] {name.first(), name.last()}) {
      Token word = index.token(phrase.get(at));
      String text = word.text();
      boolean shortWord = word.tag().equals("NNP") && text.length() >= 4 && Character.isUpperCase(text.charAt(0))
          && text.substring(1).chars().allMatch(Character::isLowerCase) && dictionary.match(text).isEmpty();
      if (shortWord && (at == name.first() || BODY_NOUNS.contains(word.lemma().toLowerCase(java.util.Locale.ROOT)))) {
        people.learnShortName(text, name.match().actor());
      }
    }
  }

  /** Words for a body an organisation's name ends in, by which the article may name it again: "the Commission", "the Court". */
  private static final Set<String> BODY_NOUNS = Set.of("commission", "court", "council", "tribunal", "bank", "fund", "agency", "parliament", "secretariat", "forum", "union",
      "alliance");

  /** The person a run of name words refers to; learns the name either way for later mentions. */
  private Optional<Actor> namedPerson(int head, List<Integer> phrase, int[] personRun, Optional<NameInPhrase> foundName, Optional<String> sector, Optional<ActorMention> fromAppositive) {
    String name = index.textOf(personRun[0], personRun[1]);
    // "Foreign Minister Therese Kayikwamba Wagner": a name inside the person's own name (the
    // Wagner Group's) is part of it, not whom the person acts for.
    Optional<NameInPhrase> named = foundName.filter(n -> phrase.get(n.first()) < personRun[0] || phrase.get(n.last()) > personRun[1]);
    if (people.isUnknown(name)) {
      return Optional.empty();
    }
    // "Defence Minister Pedro Sanchez": the title's words pick among office holders of one name.
    List<String> title = new java.util.ArrayList<String>(phrase.stream().filter(t -> t < personRun[0]).map(t -> index.token(t).text()).toList());
    fromAppositive.ifPresent(a -> title.addAll(List.of(a.surface().split("\\s+"))));
    Optional<Actor> person = people.knownPerson(name, named.map(NameInPhrase::match), sector, fromAppositive, title);
    // "thanked King Abdullah in a telephone call": a ruler known by title and first name is known
    // by the two together, when the tagger leaves the title out of the name.
    boolean unknownByName = person.isEmpty() || person.get().kind() == ActorKind.GROUP && person.get().country().isEmpty();
    if (unknownByName && personRun[0] > 0 && phrase.contains(personRun[0] - 1) && index.token(personRun[0] - 1).isProperNoun()
        && NounAnaphora.RULER_TITLES.contains(index.token(personRun[0] - 1).text().toLowerCase(Locale.ROOT))) {
      Optional<Actor> byTitle = people.knownPerson(index.token(personRun[0] - 1).text() + " " + name, named.map(NameInPhrase::match), sector, fromAppositive, title);
      if (byTitle.filter(p -> p.country().isPresent()).isPresent()) {
        person = byTitle;
      }
    }
    if (person.isPresent() && person.get().kind() == ActorKind.GROUP && hasUnknownNationality(phrase, personRun)) {
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
    if (person.isPresent() && person.get().kind() == ActorKind.GROUP && person.get().country().isEmpty()) {
      // "Senator Dan Sullivan of Alaska", "Governor Greg Abbott of Texas": the place an unknown
      // office holder is of places the office.
      Optional<String> placeCountry = placeOfOffice(head, OF_OR_FROM);
      if (placeCountry.isPresent()) {
        person = Optional.of(ArticlePeople.person(name, placeCountry.get(), person.get().sector()));
      }
    }
    if (person.isEmpty()) {
      person = headOf(head, name).or(() -> memberOf(head, name));
    }
    if (person.isPresent()) {
      people.learn(name, person.get());
    } else if (name.contains(" ")) {
      people.learnUnknown(name);
    }
    return person;
  }

  private static final Set<String> OF = Set.of("nmod:of");
  private static final Set<String> OF_OR_FROM = Set.of("nmod:of", "nmod:from");
  private static final Set<String> OF_OR_IN = Set.of("nmod:of", "nmod:in");
  /** A state's offices that sit where they are: "the education ministry in Luxembourg City". */
  private static final Set<String> SEATED_MINISTRIES = Set.of("ministry", "department");

  /**
   * The country of a place named after a person or an office with "of" or "from", by the place's
   * name or a name compounded with the place's word: "Senator Dan Sullivan of Alaska", "the
   * governor of the Kaliningrad region".
   */
  private Optional<String> placeOfOffice(int head, Set<String> placing) {
    for (int seat : index.children(head, placing)) {
      List<Integer> names = new java.util.ArrayList<>(List.of(seat));
      names.addAll(index.children(seat, Set.of("compound")));
      for (int place : names) {
        Optional<String> country = index.token(place).isProperNoun() && index.token(place).entity().equals("LOCATION")
            ? states.countryOfPlace(phrases.span(place).of(index.text().text())) : Optional.empty();
        if (country.isPresent()) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Nigel Farage, whose Reform UK party leads opinion polls": a person Annals does not know, whose
   * party or body a relative clause names, acts for it (a party of a country: its sector there).
   */
  private Optional<Actor> memberOf(int head, String name) {
    for (int relative : index.children(head, Set.of("acl:relcl"))) {
      for (int owned : index.children(relative, Set.of("nsubj", "nsubj:pass", "obj"))) {
        // "whose", or the person itself where the enhanced graph puts it for "whose".
        boolean whose = index.subtree(owned, Set.of("acl", "acl:relcl")).stream().flatMap(t -> index.children(t, Set.of("nmod:poss")).stream())
            .anyMatch(p -> p == head || index.lemma(p).equalsIgnoreCase("whose"));
        if (!whose) {
          continue;
        }
        Optional<Actor> body = resolve(owned, 1).map(ActorMention::actor);
        if (body.isPresent() && body.get().kind() != ActorKind.PERSON && body.get().country().isPresent() && body.get().sector().isPresent()) {
          return Optional.of(ArticlePeople.person(name, body.get().country().get(), body.get().sector()));
        }
      }
    }
    return Optional.empty();
  }

  /** Verbs of heading a body: "who heads the Gulf Cooperation Council", "who chairs the commission". */
  private static final Set<String> HEADING_VERBS = Set.of("head", "lead", "chair", "run", "direct", "preside");

  /**
   * "Jasem Albudaiwi, who heads the Gulf Cooperation Council": a person Annals does not know, whom
   * a relative clause makes the head of a body, acts for it (an organisation's as IGO, a state
   * body's with its sector).
   */
  private Optional<Actor> headOf(int head, String name) {
    for (int relative : index.children(head, Set.of("acl:relcl"))) {
      if (!HEADING_VERBS.contains(index.lemma(relative))) {
        continue;
      }
      for (int body : index.children(relative, Set.of("obj", "obl:over"))) {
        Optional<Actor> led = resolve(body, 1).map(ActorMention::actor);
        if (led.isPresent() && led.get().kind() == ActorKind.ORGANISATION) {
          return Optional.of(new Actor(led.get().code(), name, led.get().country(), Optional.of("IGO"), ActorKind.PERSON));
        }
        if (led.isPresent() && led.get().country().isPresent() && led.get().kind() != ActorKind.PERSON) {
          return Optional.of(ArticlePeople.person(name, led.get().country().get(), led.get().sector()));
        }
      }
    }
    return Optional.empty();
  }

  /** The actor of a phrase that names a country, organisation or region, if its head says it is one. */
  /** People who act for whom they come from (actors/delegate-nouns.txt). */
  private static final Set<String> DELEGATE_NOUNS = Set.copyOf(dev.annals.coding.knowledge.TsvFile.readWordList("dev/annals/coding/actors/delegate-nouns.txt"));

  /** Sectors of a state's forces, whose counterparts abroad are of the same sector. */
  private static final Set<String> COUNTERPART_SECTORS = Set.of("COP", "MIL", "JUD");

  /** Nouns for the holder of the same office elsewhere: "his Brazilian counterpart". */
  private static final Set<String> COUNTERPART_NOUNS = Set.of("counterpart", "opposite number");

  private Optional<Actor> namedActor(int head, List<Integer> phrase, String headLemma, NameInPhrase match, Optional<String> sector) {
    Token headToken = index.token(head);
    boolean headIsName = match.first() <= phrase.indexOf(head) && phrase.indexOf(head) <= match.last();
    // "its European Community partners", "NATO members", "Hezbollah supporters": a member or
    // follower stands for the organisation; "Awami League supporters" for the party.
    boolean memberOfOrganisation = (match.match().how() == NameMatch.How.ORGANISATION || match.match().how() == NameMatch.How.PARTY) && MEMBER_NOUNS.contains(headLemma);
    // "the Turkish side", "its Russian ally": a state noun with a country's adjective is that country.
    boolean stateNoun = STATE_GROUP_NOUNS.contains(headLemma) && match.match().how() == NameMatch.How.COUNTRY_ADJECTIVE;
    boolean headIsActorNoun = sector.isPresent() || ORGANISATION_NOUNS.contains(headLemma) || memberOfOrganisation || stateNoun;
    // "ethnic Albanians", "ethnic Albanian guerrillas": an ethnic group named by a country's
    // adjective belongs to the country where it lives (the place of the event or the country
    // the report is about), not to the kin state.
    boolean ethnic = match.match().how() == NameMatch.How.COUNTRY_ADJECTIVE
        && phrase.stream().anyMatch(t -> index.token(t).lemma().equalsIgnoreCase("ethnic"));
    if (ethnic) {
      return Optional.of(ActorDictionary.unplacedGroup(sector.orElse("CVL")));
    }
    // "Iraqi Kurds", "Bosnian Serbs": a people named in the plural with a country's adjective
    // are that country's civilians.
    // So are a people named by the plural of the adjective alone: "Dozens of Chagossians
    // protested", "Georgians rallied" (not "Georgia", nor a state's adjective before a noun).
    boolean pluralOfAdjective = phrase.get(match.first()) == head && phrase.get(match.last()) == head
        && (headToken.tag().equals("NNPS") || headToken.text().endsWith("s")) && !headToken.text().equalsIgnoreCase(match.match().actor().name());
    boolean people = sector.isEmpty() && match.match().how() == NameMatch.How.COUNTRY_ADJECTIVE
        && ((!headIsName && headToken.tag().equals("NNPS")) || pluralOfAdjective);
    if (people) {
      return Optional.of(states.stateActor(match.match().actor().country().orElseThrow(), Optional.of("CVL")));
    }
    boolean countryMatch = match.match().how() == NameMatch.How.COUNTRY_ADJECTIVE || match.match().how() == NameMatch.How.COUNTRY_NAME;
    if (!headIsName && countryMatch && COUNTERPART_NOUNS.contains(headLemma)) {
      // "his Brazilian counterpart": whoever holds the same office in that country's government;
      // a police force's or an army's counterparts are that country's police or army ("Japan's
      // police agency thanked its Thai counterparts").
      Optional<String> ownersSector = ownerBy(head, Set.of("nmod:poss"), owner -> owner.sector().filter(COUNTERPART_SECTORS::contains).isPresent())
          .flatMap(Actor::sector);
      return Optional.of(states.stateActor(match.match().actor().country().orElseThrow(), Optional.of(ownersSector.orElse("GOV"))));
    }
    // "Transparency International France", "Amnesty International UK": an organisation's name right
    // before a country's, which heads the phrase, names the organisation's chapter in that country,
    // which acts for the organisation.
    boolean chapter = match.match().how() == NameMatch.How.ORGANISATION && headToken.tag().startsWith("NNP") && match.last() == phrase.indexOf(head) - 1
        && dictionary.match(headToken.text()).filter(m -> m.how() == NameMatch.How.COUNTRY_NAME).isPresent();
    if (chapter) {
      return Optional.of(match.match().actor());
    }
    if (!headIsName && !headIsActorNoun) {
      return Optional.empty();
    }
    Actor actor = match.match().actor();
    if (stateNoun && headLemma.equals("state") && headToken.tag().equals("NN") && index.children(head, Set.of("nmod:of")).isEmpty()) {
      // "A court ordered the Dutch state to pay compensation": a state as one that is ordered,
      // pays or is sued acts through its government ("the Indian state of Kerala" is a place).
      return Optional.of(states.stateActor(actor.country().orElseThrow(), Optional.of("GOV")));
    }
    if (match.match().how() == NameMatch.How.INSTITUTION) {
      // "Pentagon officials", "an IRGC commander", "Xinhua's correspondent": the people of a
      // state's named body are the body, whatever sector their title alone would have; and the
      // body is its own country's, whoever the phrase says owns it.
      return Optional.of(actor);
    }
    if (match.match().how() == NameMatch.How.PARTY) {
      // "the opposition Awami League", "ANC leaders": the party's people are the party, as its
      // standing that day or the phrase's own word makes it.
      return Optional.of(partyStanding.actor(match.match(), phrase, phrase.get(match.first())));
    }
    if ((match.match().how() == NameMatch.How.COUNTRY_NAME || match.match().how() == NameMatch.How.COUNTRY_ADJECTIVE || match.match().how() == NameMatch.How.GOVERNMENT_METONYM)
        && sector.isPresent()) {
      // "a former Ivorian youth minister": one with no name who held a state's office and holds
      // it no more is of its elites (CAMEO ELI), not its government.
      boolean former = !headIsName && index.children(head, Set.of("amod")).stream().anyMatch(a -> FORMER_WORDS.contains(index.token(a).text().toLowerCase(Locale.ROOT)));
      actor = states.stateActor(actor.country().orElseThrow(), former && sector.get().equals("GOV") ? Optional.of("ELI") : sector);
    } else if (match.match().how() == NameMatch.How.PETRARCH_ACTOR && sector.isPresent()) {
      // A PETRARCH actor takes the agent's code as the dictionary says: GON + COP, USAGOV + GOV.
      actor = new Actor(ActorDictionary.withAgent(actor.code(), sector.get()), actor.name(), actor.country(),
          sector.map(ActorDictionary::agentCode), actor.kind());
    }
    return Optional.of(actor);
  }

  /** Participles of running a state's office: "Taliban-run", "Houthi-led", "rebel-controlled". */
  private static final Set<String> RUNNING = Set.of("run", "lead", "control");

  /**
   * "The Taliban-run refugee ministry asked Austria to send aid": a state's office that an
   * organisation's name says it runs is that organisation's, not the government of the story's
   * country.
   */
  private Optional<Actor> organisationRunning(int head) {
    return index.children(head, Set.of("amod")).stream().filter(a -> RUNNING.contains(index.lemma(a).toLowerCase(Locale.ROOT)))
        .flatMap(a -> index.children(a).stream().filter(d -> d.baseRelation().equals("obl") || d.relation().equals("compound") || d.relation().equals("npmod")))
        .map(d -> d.dependent()).filter(owner -> index.token(owner).isProperNoun())
        .flatMap(owner -> dictionary.match(index.token(owner).text()).stream())
        .filter(m -> m.how() == NameMatch.How.ORGANISATION).map(NameMatch::actor).findFirst();
  }

  /** Relations of those one acts beside: "train with Korean armoured units", "serve alongside French troops". */
  private static final Set<String> BESIDE_RELATIONS = Set.of("obl:with", "obl:alongside");

  /**
   * "invited Peruvian officers to train with Korean armoured units": officers (police by their
   * bare word, sectors.tsv) whose own deed is done beside soldiers are soldiers themselves.
   */
  private Optional<String> officersAmongSoldiers(int head, String headLemma) {
    if (!headLemma.equals("officer") || index.token(head).isProperNoun() || !index.children(head, Set.of("compound")).isEmpty()) {
      return Optional.empty();
    }
    boolean besideSoldiers = index.parents(head).stream().filter(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj"))
        .flatMap(d -> index.children(d.governor(), BESIDE_RELATIONS).stream())
        .flatMap(beside -> heads.resolve(beside).stream())
        .anyMatch(m -> m.actor().sector().filter("MIL"::equals).isPresent());
    // "will send about 200 army engineers to eastern Poland … An advance team of Dutch officers
    // arrived": officers in a story that has named soldiers and no police are soldiers too.
    boolean amongSoldiersOfTheStory = history.lastThingMentioned(m -> m.actor().sector().filter("MIL"::equals).isPresent()).isPresent()
        && history.lastThingMentioned(m -> m.actor().sector().filter("COP"::equals).isPresent()).isEmpty();
    return besideSoldiers || amongSoldiersOfTheStory ? Optional.of("MIL") : Optional.empty();
  }

  /**
   * "Chiefs in the Ashanti region called on the government": chiefs of no body, branch or group
   * named (not "the chief of Kenya's police", "police chiefs") are traditional chiefs, a region's
   * notables (sectors.tsv's "traditional chief").
   */
  private Optional<String> chiefsOfNoBody(int head, String headLemma) {
    // (At a sentence's start the tagger may call "Chiefs" a name, NNPS, whose lemma keeps the plural.)
    boolean bare = index.token(head).text().equalsIgnoreCase("chiefs")
        && index.children(head, Set.of("compound", "amod", "nmod:of", "nmod:poss")).isEmpty();
    return bare ? Optional.of("ELI") : Optional.empty();
  }

  /** Words for a body of people who campaign together. */
  private static final Set<String> CAMPAIGNING_BODIES = Set.of("group", "organisation", "organization", "association", "campaign", "network", "coalition", "collective");
  /** Causes that armed groups, not campaigners, are called by: "a pro-government militia group". */
  private static final Set<String> ARMED_CAUSES = Set.of("government", "regime", "junta");

  /**
   * "an anti-nuclear network", "a pro-democracy group": a body called by the cause it is for or
   * against, and by no other word the lexicon knows ("an anti-immigrant vigilante group" is
   * vigilantes), is a campaigners' group, a non-governmental organisation. Not one for a
   * government or a people ("a pro-government group", "a pro-Russian group"), which may be armed
   * men or hackers.
   */
  private Optional<String> groupOfACause(int head, String headLemma) {
    if (!CAMPAIGNING_BODIES.contains(headLemma) || index.token(head).isProperNoun()) {
      return Optional.empty();
    }
    boolean ofACause = index.children(head, Set.of("amod")).stream().map(a -> index.token(a).text())
        .filter(word -> word.toLowerCase(Locale.ROOT).startsWith("pro-") || word.toLowerCase(Locale.ROOT).startsWith("anti-"))
        .map(word -> word.substring(word.indexOf('-') + 1))
        .anyMatch(cause -> !cause.isEmpty() && !ARMED_CAUSES.contains(cause.toLowerCase(Locale.ROOT)) && !namesAPeople(cause));
    return ofACause ? Optional.of(NON_GOVERNMENTAL) : Optional.empty();
  }

  /** Whether a cause is a people's or a country's name, capitalised: "Russian" in "pro-Russian". */
  private static boolean namesAPeople(String cause) {
    return Character.isUpperCase(cause.charAt(0));
  }

  /** Words for a body a larger body sets up from its members to deal with one matter. */
  private static final Set<String> COMMITTEE_NOUNS = Set.of("committee", "subcommittee", "panel");
  /** Words that make a committee a legislature's: "a parliamentary committee", "the Senate panel". */
  private static final Set<String> LEGISLATIVE_WORDS = Set.of("parliamentary", "congressional", "senate", "house", "legislative", "assembly");

  /**
   * "members of Congress's defence committee", "Peru's parliamentary defence committee": a
   * committee is of the body whose committee it is, a legislature's when its own word says so,
   * whatever the matter it deals with ("defence" alone is the military's word).
   */
  private Optional<String> committeesBody(int head, String headLemma) {
    if (!COMMITTEE_NOUNS.contains(headLemma) || index.token(head).isProperNoun()) {
      return Optional.empty();
    }
    // (The parser may hang the word on the matter's: "parliamentary defence committee".)
    boolean legislatures = phrases.tokens(head).stream()
        .anyMatch(m -> m < head && LEGISLATIVE_WORDS.contains(index.token(m).text().toLowerCase(Locale.ROOT)));
    if (legislatures) {
      return Optional.of("LEG");
    }
    return index.children(head, Set.of("nmod:poss", "nmod:of")).stream().flatMap(body -> heads.resolve(body).stream()).map(ActorMention::actor)
        .filter(a -> a.kind() != ActorKind.PERSON).flatMap(a -> a.sector().stream()).findFirst();
  }

  /** Words that put an office in the past: "a former minister". */
  private static final Set<String> FORMER_WORDS = Set.of("former", "ex");

  /** Determiners that make "men" the people named before. */
  static final Set<String> ANAPHORIC_DETERMINERS = Set.of("the", "these", "those", "both");

  /**
   * "the men", "these men": the people named before, whom Pronouns and NounAnaphora find, not
   * civilians at large; "attacked its men", "his Sudanese men": a body's or commander's own
   * people, whom the pronoun's antecedent names. "Men in civilian clothes", "Afghan men" and "the
   * two Rwandan men" stay civilians (sectors.tsv).
   */
  private boolean anaphoricMen(int head, String headLemma) {
    // ("the two Rwandan men would be deported": men "the" and a people's adjective name are that
    // people's, whether or not they were named before; "its Sudanese men" are still its own.)
    boolean ofANamedPeople = index.children(head, Set.of("amod")).stream()
        .anyMatch(a -> index.token(a).tag().equals("JJ") && Character.isUpperCase(index.token(a).text().charAt(0)));
    return headLemma.equals("man") && (index.children(head, Set.of("nmod:poss")).stream().anyMatch(p -> index.token(p).isPronoun())
        || (!ofANamedPeople && index.hasChildLemma(head, "det", ANAPHORIC_DETERMINERS)));
  }

  /** Plain words for people, whom only what is said of them places in a sector. */
  private static final Set<String> PLAIN_PEOPLE = Set.of("man", "woman", "people", "person", "national", "citizen", "individual", "foreigner");

  /** Participles that tell people were found guilty or are serving their time: "men jailed for smuggling". */
  private static final Set<String> STATES_OF_BEING_CONDEMNED = Set.of("jail", "convict", "imprison", "sentence");

  /**
   * "two men wanted in Belgium for drug trafficking", "a woman suspected of smuggling": people the
   * law seeks are criminals (CRM), as suspects are; so are those it has condemned ("300
   * foreigners jailed for people smuggling").
   */
  private Optional<String> soughtPeople(int head, String headLemma) {
    // (Not spying suspects, who are spies: "two Belarusian citizens arrested on suspicion of spying"
    // are Belarus's people, as much as its spies.)
    boolean sought = PLAIN_PEOPLE.contains(headLemma) && ((dev.annals.coding.SoughtPeople.describe(index, head)
        && dev.annals.coding.SoughtPeople.spyingSuspected(index, head).isEmpty())
        || index.children(head, Set.of("acl")).stream().anyMatch(p -> p > head && STATES_OF_BEING_CONDEMNED.contains(index.lemma(p))));
    return sought ? Optional.of(CRIMINALS) : Optional.empty();
  }

  private static final String CRIMINALS = "CRM";
  private static final String SPIES = "SPY";

  /** Sectors of plain people and firms, whom a suspicion of crime makes suspects. */
  private static final Set<String> PLAIN_SECTORS = Set.of("BUS", "CVL");
  /** Words that make people suspects: "three suspected recruiters", "alleged traffickers". */
  private static final Set<String> SUSPECTED = Set.of("suspected", "alleged");

  /**
   * "Indonesian police arrested three suspected recruiters in Medan": people of a plain trade or
   * none whom their own words call suspected are suspects of crime, not that trade.
   */
  private Optional<String> suspectedPeople(int head, String headLemma) {
    // (Before the noun only: "two men suspected of spying" after it are told by what they are
    // suspected of, which soughtPeople reads.)
    boolean suspected = index.children(head, Set.of("amod")).stream().anyMatch(a -> a < head && SUSPECTED.contains(index.token(a).text().toLowerCase(Locale.ROOT)));
    return suspected && dictionary.sector(headLemma).filter(PLAIN_SECTORS::contains).isPresent() && index.token(head).tag().startsWith("NN")
        && !index.token(head).isProperNoun() ? Optional.of(CRIMINALS) : Optional.empty();
  }

  /**
   * "arrested three people on Monday suspected of spying on Iranian exiles for Iran's intelligence
   * ministry": people of no named country, suspected of spying for a state, are its spies. The
   * state is the first "for" phrase after the word of spying, before a comma, that names one
   * ("for Russia", "for Iran's intelligence ministry", "for Russian military intelligence").
   */
  private Optional<String> countrySpiedFor(int head) {
    Optional<Integer> spying = dev.annals.coding.SoughtPeople.spyingSuspected(index, head);
    if (spying.isEmpty()) {
      return Optional.empty();
    }
    int sentence = index.token(head).sentence();
    for (int t = spying.get() + 1; t < index.text().tokens().size() && index.token(t).sentence() == sentence && !index.token(t).text().equals(","); t++) {
      if (!index.lemma(t).equals("for")) {
        continue;
      }
      Optional<Integer> served = index.head(t).filter(d -> d.relation().equals("case")).map(Dependency::governor);
      if (served.isEmpty()) {
        return Optional.empty();
      }
      List<Integer> words = new java.util.ArrayList<>(List.of(served.get()));
      words.addAll(index.children(served.get(), Set.of("nmod:poss", "amod", "compound")));
      return words.stream().flatMap(w -> stateNamedBy(w).stream()).findFirst();
    }
    return Optional.empty();
  }

  /** The country of the state a word names by itself: "Russia", "Iran('s)", "Russian". */
  private Optional<String> stateNamedBy(int word) {
    return dictionary.match(index.token(word).text()).filter(m -> m.actor().kind() == ActorKind.STATE).flatMap(m -> m.actor().country());
  }

  /** Words for those who work a ship, a navy's unless their ship is a merchant's. */
  private static final Set<String> SAILOR_WORDS = Set.of("sailor", "seaman");
  /** Vessels that by their own word carry goods, fish or passengers. */
  private static final Set<String> MERCHANT_VESSELS = Set.of("tanker", "freighter", "trawler", "ferry", "barge", "bulker");
  /** Words that make a ship a merchant's: "a cargo ship", "a fishing boat", "a container vessel". */
  private static final Set<String> MERCHANT_KINDS = Set.of("cargo", "container", "merchant", "fishing", "bulk", "oil", "chemical", "gas", "passenger",
      "cruise", "grain", "commercial");

  /**
   * "Nineteen Filipino sailors stranded on a cargo ship anchored off Varna": sailors are a navy's
   * (sectors.tsv) unless their own phrase puts them on a merchant vessel, when they are its crew,
   * plain people (CVL) as a crew is.
   */
  private Optional<String> merchantSailors(int head, String headLemma) {
    if (!SAILOR_WORDS.contains(headLemma) || index.token(head).isProperNoun()) {
      return Optional.empty();
    }
    // The ship they are of or on: "the tanker's sailors", "sailors of a cargo ship", "sailors
    // (stranded) on a fishing boat"; not one they act on ("sailors who boarded a tanker").
    List<Integer> ships = new java.util.ArrayList<>(index.children(head, SHIP_OF_SAILORS));
    index.children(head, Set.of("acl")).forEach(participle -> ships.addAll(index.children(participle, Set.of("obl:on", "obl:aboard", "obl:in"))));
    boolean onMerchantVessel = ships.stream().anyMatch(ship -> MERCHANT_VESSELS.contains(index.lemma(ship).toLowerCase(Locale.ROOT))
        || index.children(ship, Set.of("compound", "amod")).stream().anyMatch(k -> MERCHANT_KINDS.contains(index.lemma(k).toLowerCase(Locale.ROOT))));
    return onMerchantVessel ? Optional.of(CIVILIANS) : Optional.empty();
  }

  private static final Set<String> SHIP_OF_SAILORS = Set.of("nmod:poss", "nmod:of", "nmod:on", "nmod:aboard", "nmod:in");

  /**
   * "urged the warring parties to let aid reach Darfur": parties at war are the sides of a war,
   * not political parties (PTY) of the country in context; which sides they are, the phrase does
   * not say.
   */
  private boolean warringParties(int head, String headLemma) {
    return headLemma.equals("party") && index.children(head, Set.of("amod")).stream().anyMatch(a -> index.token(a).text().equalsIgnoreCase("warring"));
  }

  /**
   * "agreed to share intelligence on Islamic State cells", "exchange intelligence": a bare
   * "intelligence" that a verb takes as its object is what is known, not the service ("Iraqi
   * intelligence", "the intelligence service" and "intelligence said" stay the service).
   */
  private boolean informationNotAgency(int head, String headLemma) {
    return headLemma.equals("intelligence") && index.head(head).filter(d -> d.relation().equals("obj")).isPresent()
        && index.children(head).stream().noneMatch(d -> Set.of("det", "nmod:poss", "amod", "compound").contains(d.relation()));
  }

  /**
   * "condemned the use of force", "used excessive force": force that is used is violence done,
   * not a state's armed forces.
   */
  private boolean forceUsed(int head, String headLemma) {
    return headLemma.equals("force") && index.token(head).tag().equals("NN")
        && index.head(head).filter(h -> h.governor() >= 0 && index.lemma(h.governor()).equalsIgnoreCase("use")
            && (h.relation().equals("nmod:of") || h.relation().equals("obj"))).isPresent();
  }

  /** Words for one body of an organisation's family: "the UN agency". */
  private static final Set<String> MEMBER_BODY_NOUNS = Set.of("agency", "body", "organisation", "organization", "programme", "program", "fund");

  /**
   * "Gunmen attacked a convoy of World Food Programme trucks … the UN agency said": the
   * organisation's agency, definite, is the agency of its family named last (by CAMEO code:
   * IGOUNOWFP is one of the UN's).
   */
  private Actor familyMember(int head, String headLemma, Actor named) {
    if (named.kind() != ActorKind.ORGANISATION || !MEMBER_BODY_NOUNS.contains(headLemma) || !phrases.hasThe(head)) {
      return named;
    }
    Optional<String> family = dictionary.organisation(named.code()).map(Organisation::cameoCode).filter(c -> c.length() >= 6);
    if (family.isEmpty()) {
      return named;
    }
    return history.lastThing(a -> a.kind() == ActorKind.ORGANISATION && !a.code().equals(named.code())
        && dictionary.organisation(a.code()).map(o -> o.cameoCode().startsWith(family.get()) && o.cameoCode().length() > family.get().length()).orElse(false))
        .orElse(named);
  }

  /** Words for a body that speaks for its members: "the fishermen's association", "hauliers' groups". */
  private static final Set<String> MEMBERS_BODIES = Set.of("group", "association", "federation", "lobby", "alliance", "coalition", "network", "union");
  /**
   * A union or federation of plain people ("the truck drivers' union", "a Chilean truckers'
   * federation") is labour: its own word's sector. (An association of them is a body of civil
   * society: "the victims' families' association".)
   */
  private static final Set<String> LABOUR_BODIES = Set.of("union", "federation");
  private static final String LABOUR = "LAB";

  /**
   * "The Black Sea fishermen's association", "hauliers' groups": a body of members named by a
   * sector word speaks for that sector. Groups of plain people ("fishermen's groups") are those
   * people (CVL); an association or federation of them is a body of their own, non-governmental.
   */
  private Optional<String> membersSector(int head, String headLemma) {
    if (!MEMBERS_BODIES.contains(headLemma) || index.token(head).isProperNoun()) {
      return Optional.empty();
    }
    // "a farmers' association", and "an association of Indian airlines": the members' word. (Not
    // "a group of Yoruba leaders": a group "of" people is a number of them, read as they are.)
    Set<String> membersRelations = headLemma.equals("group") ? Set.of("nmod:poss") : Set.of("nmod:poss", "nmod:of");
    for (int members : index.children(head, membersRelations)) {
      if (!index.token(members).isNoun() || index.token(members).isProperNoun()) {
        continue;
      }
      Optional<String> sector = dictionary.sector(index.lemma(members).toLowerCase(Locale.ROOT));
      if (sector.isPresent() && LABOUR_BODIES.contains(headLemma) && sector.get().equals(CIVILIANS)) {
        return Optional.of(LABOUR);
      }
      // "A Japanese lawyers' group urged the government": lawyers banded together are a body of
      // civil society, not the courts.
      if (sector.isPresent() && Owners.ADVOCATES.contains(index.lemma(members).toLowerCase(Locale.ROOT))) {
        return Optional.of(NON_GOVERNMENTAL);
      }
      if (sector.isPresent()) {
        return sector.map(s -> s.equals(CIVILIANS) && !headLemma.equals("group") ? NON_GOVERNMENTAL : s);
      }
    }
    return Optional.empty();
  }

  private static final String NON_GOVERNMENTAL = "NGO";
  private static final String POLICE = "COP";

  /** Words for people who back a side without being of it. */
  private static final Set<String> FOLLOWER_NOUNS = Set.of("supporter", "follower", "loyalist", "sympathiser", "sympathizer");
  /** The state's own branches, whose supporters are plain people of the country. */
  private static final Set<String> STATE_BRANCHES = Set.of("GOV", "MIL", "COP", "JUD", "LEG");

  /**
   * "Several thousand supporters of the government rallied in Antananarivo": people who back a
   * state's government or ruler are its civilians (a government's supporters are not the
   * government); those who back an opposition, a party or a cleric are of that side's sector
   * ("supporters of the opposition", "supporters of an influential Shiite cleric"). An
   * organisation's supporters are left to the name ("Hezbollah supporters").
   */
  private Optional<String> followersSector(int head, String headLemma) {
    if (!FOLLOWER_NOUNS.contains(headLemma) || index.token(head).isProperNoun()) {
      return Optional.empty();
    }
    for (int followed : index.children(head, Set.of("nmod:of"))) {
      List<Actor> sides = heads.resolve(followed).stream().map(ActorMention::actor).filter(a -> a.kind() != ActorKind.ORGANISATION).toList();
      Optional<String> sector = sides.stream().flatMap(a -> a.sector().stream()).findFirst();
      if (sector.isPresent()) {
        return Optional.of(STATE_BRANCHES.contains(sector.get()) ? CIVILIANS : sector.get());
      }
    }
    return Optional.empty();
  }

  /** The one country of the people a body's "of" noun names, or of whose they are: "of the victims' descendants". */
  private Optional<String> countryOfMembers(int body) {
    for (int members : index.children(body, Set.of("nmod:of"))) {
      List<Integer> named = new java.util.ArrayList<>(List.of(members));
      named.addAll(index.children(members, Set.of("nmod:poss", "nmod:of")));
      for (int people : named) {
        Set<String> countries = heads.resolve(people).stream().filter(m -> m.actor().kind() != ActorKind.ORGANISATION)
            .flatMap(m -> m.actor().country().stream()).collect(java.util.stream.Collectors.toSet());
        if (countries.size() == 1) {
          return countries.stream().findFirst();
        }
      }
    }
    return Optional.empty();
  }

  private static final String GOVERNMENT = "GOV";
  private static final String JUDICIARY = "JUD";
  /** Words for those who bring a state's cases to court. */
  private static final Set<String> PROSECUTION_NOUNS = Set.of("prosecutor", "prosecution");
  /** Words for one institution of a state whose people may be named by it: "a ministry spokeswoman", "a navy spokesman". */
  private static final Set<String> INSTITUTION_WORDS = Set.of("ministry", "navy", "army", "police");
  /** Words for a government's department that tells what its state did. */
  private static final Set<String> MINISTRY_NOUNS = Set.of("ministry", "government", "presidency", "department");
  /** A state's offices that a closing attribution of no one's names: its ministries and ministers. */
  private static final Set<String> CLOSING_OFFICES = java.util.stream.Stream.concat(MINISTRY_NOUNS.stream(), java.util.stream.Stream.of("minister"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * The sector of a title a common noun possesses, which the noun phrase leaves out: "the
   * building's owner" is a building owner, "the restaurant's manager" a restaurant manager.
   */
  private Optional<String> titleOfPossessor(int head) {
    if (index.token(head).isProperNoun()) {
      return Optional.empty();
    }
    for (int owner : index.children(head, Set.of("nmod:poss"))) {
      if (!index.token(owner).isNoun() || index.token(owner).isProperNoun() || !index.children(owner, Set.of("nmod:poss")).isEmpty()) {
        continue;
      }
      Optional<String> sector = dictionary.sector(index.lemma(owner).toLowerCase(Locale.ROOT) + " " + index.lemma(head).toLowerCase(Locale.ROOT));
      if (sector.isPresent()) {
        return sector;
      }
    }
    return Optional.empty();
  }

  /**
   * The sector of a title that holds "of", which the noun phrase stops before: "Orban's chief of
   * staff", "the head of government"; not a thing of something ("the offer of two aircraft").
   */
  private Optional<String> titleWithOf(int head) {
    if (index.token(head).isProperNoun()) {
      return Optional.empty();
    }
    for (int complement : index.children(head, Set.of("nmod:of"))) {
      List<Integer> words = index.subtree(complement, Set.of());
      // "the Canadian owner of the Cobre Panama copper mine": who owns or runs a site of business,
      // named or not, is a business.
      if (complement > head && OWNING_TITLES.contains(index.lemma(head)) && OwnedSites.isSite(index, complement)) {
        return Optional.of(BUSINESS);
      }
      if (complement < head || words.stream().anyMatch(t -> index.token(t).isProperNoun())) {
        continue;
      }
      StringBuilder term = new StringBuilder(index.lemma(head));
      words.stream().sorted().forEach(t -> term.append(' ').append(index.lemma(t)));
      Optional<String> sector = dictionary.sector(term.toString());
      if (sector.isPresent()) {
        return sector;
      }
      // "the Turkish director of a private school": one who heads a body of a sector is of it
      // (not of a body that is another's: "the head of the agency's foreign affairs department"
      // is of the agency, whatever it is).
      boolean bodyOfItsOwn = index.children(complement, Set.of("nmod:poss", "nmod:of")).isEmpty();
      String title = index.lemma(head).toLowerCase(Locale.ROOT);
      if (bodyOfItsOwn && (HEADING_TITLES.contains(title) || RUNNING_TITLES.contains(title))) {
        Optional<String> body = bodySector(complement);
        if (body.isPresent()) {
          return body;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The sector of one who heads a state or its branch, named by a title with "of" that holds the
   * state's name: "the head of Myanmar's military-backed government" is of its government, "the
   * chief of Kenya's police" of its police; the head of a country, "the head of Myanmar", of its
   * government. (A body of no state's, "the head of the IMF", is named in the phrase and decides.)
   */
  private Optional<String> branchOfStateHeaded(int head, String headLemma) {
    // (Not a title a place's name makes another's: "the Washington bureau chief of the New China
    // News Agency" is no American's, whatever the agency's sector.)
    boolean placedByAName = index.children(head, Set.of("compound", "amod")).stream()
        .anyMatch(m -> index.token(m).isProperNoun() || index.children(m, Set.of("compound")).stream().anyMatch(c -> index.token(c).isProperNoun()));
    if (index.token(head).isProperNoun() || !HEADING_TITLES.contains(headLemma) || placedByAName) {
      return Optional.empty();
    }
    // (One state's: "the heads of the two countries' border services" are of two.)
    List<Actor> bodies = index.children(head, Set.of("nmod:of")).stream().filter(body -> body > head)
        .flatMap(body -> heads.resolve(body).stream()).map(ActorMention::actor).distinct().toList();
    // (A country itself only by "head": "the leaders of Gondor", under a user's PETRARCH
    // dictionaries that give "leader" no sector, stay the country as PETRARCH codes them.)
    return bodies.size() == 1 ? bodies.stream().filter(a -> a.kind() == ActorKind.STATE && a.country().isPresent())
        .filter(a -> a.sector().isPresent() || headLemma.equals("head"))
        .map(a -> a.sector().orElse(GOVERNMENT)).findFirst() : Optional.empty();
  }

  /** A person of a known country who owns the phrase: "Lukashenko's office", "the government of Daniel Ortega". */
  private Optional<Actor> personalOwner(int head) {
    // "Lukashenko's office", "the government of Daniel Ortega"; "a spokesman for Yasser Arafat".
    Set<String> owning = SPEAKING_FOR_NOUNS.contains(index.lemma(head).toLowerCase(Locale.ROOT)) ? Set.of("nmod:poss", "nmod:of", "nmod:for") : Set.of("nmod:poss", "nmod:of");
    return ownerBy(head, owning, who -> who.kind() == ActorKind.PERSON && who.country().isPresent());
  }

  /** The first actor the phrase's owners (by these relations) resolve to that is {@code wanted}. */
  private Optional<Actor> ownerBy(int head, Set<String> relations, Predicate<Actor> wanted) {
    return index.children(head, relations).stream().flatMap(owner -> heads.resolve(owner).stream()).map(ActorMention::actor).filter(wanted).findFirst();
  }

  /** Sectors of groups that fight or break the law: armed groups' and criminals'. */
  private static final Set<String> ARMED_OR_CRIMINAL = java.util.stream.Stream.concat(ARMED_GROUP_SECTORS.stream(), java.util.stream.Stream.of(CRIMINALS))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Whether a mention names its actor by a name: a capitalised word after the first ("the Clan del Golfo"). */
  private static boolean isNamed(ActorMention mention) {
    return ActorResolver.namesByName(mention.surface());
  }

  /** Titles of one who heads a body, who is of the body's branch: "leader", "head", "chief". */
  private static final Set<String> HEADING_TITLES = Set.of("leader", "head", "chief", "boss", "ringleader", "kingpin", "founder");
  /**
   * Titles of one who runs or owns a body of a sector, and is of it: "the owner of a berry-picking
   * company and two of its managers". (Not heads of a state's branch: "the vessel's owner" is
   * of the vessel's country, not its sector.)
   */
  private static final Set<String> RUNNING_TITLES = Set.of("director", "owner", "co-owner", "manager");
  /** Titles of one who owns or runs a site: "the owner of the mine", "the operator of the plant". */
  private static final Set<String> OWNING_TITLES = Set.of("owner", "co-owner", "operator");

  /**
   * The sector of a body's noun with the word before it ("a rebel group"), else of the noun alone
   * ("a berry-picking company").
   */
  private Optional<String> bodySector(int body) {
    String noun = index.lemma(body).toLowerCase(Locale.ROOT);
    return index.children(body, Set.of("compound", "amod")).stream().filter(word -> word < body)
        .map(word -> dictionary.sector(index.lemma(word).toLowerCase(Locale.ROOT) + " " + noun)).flatMap(Optional::stream).findFirst()
        .or(() -> dictionary.sector(noun));
  }
  /** Words for a nation as a whole, by their text (the tagger's lemma of "people" is "person"). */
  private static final Set<String> NATION_WORDS = Set.of("people", "peoples");
  /** Words for the people who work for a body and act for it. */
  private static final Set<String> STAFF_NOUNS = Set.of("staff", "personnel");

  /**
   * The group of no country a plural "of" noun names ("of several parties", "of the veterans"), if
   * any; not "a people", a nation ("the leader of a people whose right to self-determination …").
   */
  private Optional<Actor> groupOfMembers(int head) {
    for (int members : index.children(head, Set.of("nmod:of"))) {
      // ("Leaders of the Arhuaco people": a people named by its own name, one within a state, is
      // a group whose leaders speak for it.)
      boolean namedPeople = index.children(members, Set.of("compound", "amod")).stream().anyMatch(m -> Character.isUpperCase(index.token(m).text().charAt(0)));
      if (!index.token(members).tag().equals("NNS") || (NATION_WORDS.contains(index.token(members).text().toLowerCase(Locale.ROOT)) && !namedPeople)) {
        continue;
      }
      Optional<Actor> group = heads.resolve(members).stream().map(ActorMention::actor)
          .filter(a -> a.kind() != ActorKind.PERSON && a.country().isEmpty() && a.sector().isPresent()).findFirst();
      if (group.isPresent()) {
        return group;
      }
    }
    return Optional.empty();
  }

  /**
   * "The Bahamian prime minister's office", "the president's office": the office of one who holds
   * a state's office, called by the title alone, is that state's government; "Kyrgyzstan's
   * prosecutor general's office" is its judiciary, as its holder is.
   */
  private Optional<Actor> officeHoldersState(int office) {
    return ownerBy(office, Set.of("nmod:poss"), who -> who.kind() == ActorKind.STATE && who.country().isPresent()
        && who.sector().filter(ActorResolver.STATE_SECTORS::contains).isPresent());
  }

  /**
   * The doer of the clause a closing attribution tells ("The Commission urged restraint, a
   * spokeswoman said"): the subject of the clause the speaker's verb reports, told before it.
   */
  private Optional<Actor> doerOfToldClause(int speaker) {
    Optional<Integer> saying = index.head(speaker).filter(h -> h.relation().equals("nsubj") && h.governor() >= 0).map(h -> h.governor());
    if (saying.isEmpty()) {
      return Optional.empty();
    }
    for (Dependency told : index.children(saying.get())) {
      if ((told.relation().equals("ccomp") || told.relation().equals("parataxis")) && told.dependent() < speaker) {
        Optional<Actor> doer = subjectOf(told.dependent());
        if (doer.isPresent()) {
          return doer;
        }
      }
    }
    // "The Commission urged restraint, a spokeswoman said" parsed with "said" hung on the told verb.
    return index.head(saying.get()).filter(h -> h.relation().equals("parataxis") && h.governor() >= 0 && h.governor() < speaker)
        .flatMap(h -> subjectOf(h.governor()));
  }

  /**
   * The doer of the sentence's main clause, when the speaker closes it: "Georgia's coast guard
   * detained two boats, saying they had been fishing without a licence, the interior ministry
   * said" (the parser may hang "said" on the innermost clause) is the coast guard.
   */
  private Optional<Actor> doerOfMainClause(int speaker) {
    Optional<Integer> saying = index.head(speaker).filter(h -> h.relation().equals("nsubj") && h.governor() >= 0).map(h -> h.governor());
    if (saying.isEmpty()) {
      return Optional.empty();
    }
    // Only a closing attribution: "Russia struck the port after the defence ministry warned"
    // tells no one's ministry.
    boolean closing = index.head(saying.get()).map(h -> h.governor() < 0 || h.relation().equals("parataxis")).orElse(true);
    if (!closing) {
      return Optional.empty();
    }
    int main = saying.get();
    for (Optional<Dependency> up = index.head(main); up.isPresent() && up.get().governor() >= 0; up = index.head(main)) {
      main = up.get().governor();
    }
    return main == saying.get() ? doerOfToldClause(speaker) : main < speaker ? subjectOf(main) : Optional.empty();
  }

  /**
   * "the Turkish contractor flew its employees home … The country's trade union federation accused
   * foreign contractors": people or firms called foreign, acted on by a side of one country, are
   * those of another country the story named before by the same word, not the side's own (a
   * state's officials aside: "the foreign minister").
   */
  private Optional<Actor> foreignOnesNamedBefore(int head, String headLemma, Optional<String> sector) {
    boolean foreign = index.hasChildLemma(head, "amod", Set.of("foreign"));
    if (!foreign || sector.isEmpty() || sector.filter(ActorResolver.STATE_SECTORS::contains).isPresent()) {
      return Optional.empty();
    }
    Optional<String> actorsCountry = index.head(head).filter(h -> h.governor() >= 0 && !h.relation().startsWith("nsubj")).flatMap(h -> subjectOf(h.governor()))
        .flatMap(Actor::country);
    String word = index.token(head).text();
    Optional<Actor> namedBefore = actorsCountry.flatMap(own -> history.lastThingMentioned(m -> m.actor().sector().equals(sector)
        && m.actor().country().filter(c -> !c.equals(own)).isPresent() && (MentionHistory.hasWord(m, headLemma) || MentionHistory.hasWord(m, word))));
    // "attacked hostels housing foreign medical students …, injuring at least 14 Indian students":
    // else those its own sentence names by the same word with their nation.
    // ("Tunisia's president accused foreign investors", after "The German parent company said":
    // else the one other country whose people of that sector the story named before.)
    return namedBefore.or(() -> nationOfSameWordInSentence(head, headLemma).map(country -> states.stateActor(country, sector)))
        .or(() -> actorsCountry.flatMap(own -> oneOtherCountry(Set.of(own), a -> a.sector().equals(sector))).map(country -> states.stateActor(country, sector)));
  }

  /** The one country other than these whose actors of the kind the story named before, if only one. */
  private Optional<String> oneOtherCountry(Set<String> own, Predicate<Actor> kind) {
    Set<String> others = new java.util.HashSet<>();
    history.things().stream().map(ActorMention::actor).filter(kind).forEach(a -> a.country().filter(c -> !own.contains(c)).ifPresent(others::add));
    return others.size() == 1 ? others.stream().findFirst() : Optional.empty();
  }

  /** The country a nationality adjective gives another word of the same lemma in the head's sentence: "14 Indian students". */
  private Optional<String> nationOfSameWordInSentence(int head, String headLemma) {
    var sentence = index.text().sentences().get(index.token(head).sentence());
    for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
      if (t == head || !index.lemma(t).equalsIgnoreCase(headLemma)) {
        continue;
      }
      for (int adjective : index.children(t, Set.of("amod"))) {
        Optional<String> country = dictionary.match(index.token(adjective).text()).filter(m -> m.how() == NameMatch.How.COUNTRY_ADJECTIVE)
            .flatMap(m -> m.actor().country());
        if (country.isPresent()) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  /** How many sentences back "the visiting leader" looks for the visit. */
  private static final int VISIT_REACH = 3;
  /** Verbs that tell one came on a visit: "arrived in Santiago for a state visit", "visited Hanoi". */
  private static final Set<String> VISITING_VERBS = Set.of("visit", "arrive", "tour");

  /** Verbs of going somewhere, which tell a visit when the place gone to is of another country: "flew to Apia for talks". */
  private static final Set<String> GOING_VERBS = Set.of("fly", "travel", "go", "come");

  /** Verbs of a host taking in a guest: "welcomed the Czech prime minister to Seoul". */
  private static final Set<String> HOSTING_VERBS = Set.of("welcome", "receive", "host", "greet");

  /** Words for one on a visit, who is the one the story last told going abroad: "the visitor". */
  private static final Set<String> VISITOR_NOUNS = Set.of("visitor", "guest");

  /**
   * "Paraguay's president arrived in Santiago … The visiting leader thanked Chile": a state's
   * office or envoy called "visiting" is the state's whose official the story last told coming
   * on a visit, not the host's, whom the story names most around it. So is "the visitor" or "the
   * guest", and the story may tell that visit by talks held in a city of another country too:
   * "Myanmar's leader held talks with Russia's president in Moscow … The visitor thanked Moscow".
   */
  private Optional<Actor> visitingOne(int head, String headLemma, Optional<String> sector) {
    boolean visiting = phrases.hasThe(head) && index.children(head, Set.of("amod")).stream()
        .anyMatch(m -> index.token(m).text().equalsIgnoreCase("visiting"));
    boolean visitor = phrases.hasThe(head) && VISITOR_NOUNS.contains(headLemma) && index.children(head, Set.of("nmod:poss", "nmod:of", "amod", "compound")).isEmpty();
    if (!visitor && (!visiting || sector.filter(ActorResolver.STATE_SECTORS::contains).isEmpty())) {
      return Optional.empty();
    }
    int sentence = index.token(head).sentence();
    int first = index.text().sentences().get(Math.max(0, sentence - VISIT_REACH)).firstToken();
    for (int t = head - 1; t >= first; t--) {
      if (!index.token(t).isVerb()) {
        continue;
      }
      boolean cameToVisit = VISITING_VERBS.contains(index.lemma(t).toLowerCase(Locale.ROOT));
      boolean went = GOING_VERBS.contains(index.lemma(t).toLowerCase(Locale.ROOT));
      // "South Korea's president welcomed the Czech prime minister to Seoul … the visitor met
      // business leaders": one a host welcomes or receives is the guest.
      if (visitor && HOSTING_VERBS.contains(index.lemma(t).toLowerCase(Locale.ROOT))) {
        Optional<Actor> guest = actorOfSubjects(t, Set.of("obj")).filter(PhraseResolver::placedStateOrPerson);
        Optional<Actor> host = subjectOf(t).filter(PhraseResolver::placedStateOrPerson);
        if (guest.isPresent() && host.isPresent() && !guest.get().country().equals(host.get().country())) {
          return Optional.of(states.stateActor(guest.get().country().get(), guest.get().sector().or(() -> Optional.of(GOVERNMENT))));
        }
      }
      Optional<Actor> who = cameToVisit || visitor || went ? subjectOf(t).filter(PhraseResolver::placedStateOrPerson) : Optional.empty();
      if (who.isPresent() && !cameToVisit && !(went ? goesToAnotherCountry(t, who.get().country().get()) : actsInAnotherCountry(t, who.get().country().get()))) {
        continue;
      }
      if (who.isPresent()) {
        Optional<String> visitorsSector = visitor ? who.get().sector().or(() -> Optional.of(GOVERNMENT)) : sector;
        return Optional.of(states.stateActor(who.get().country().get(), visitorsSector));
      }
    }
    return Optional.empty();
  }

  /** Whether the verb goes "to" a city or country of another state than {@code own}: "flew to Apia". */
  private boolean goesToAnotherCountry(int verb, String own) {
    return namesAnotherCountry(index.children(verb, Set.of("obl:to")).stream(), own);
  }

  /** Whether the verb, or its object, is placed "in" a city or country of another state than {@code own}: "held talks … in Moscow". */
  private boolean actsInAnotherCountry(int verb, String own) {
    java.util.stream.Stream<Integer> placed = java.util.stream.Stream.concat(java.util.stream.Stream.of(verb), index.children(verb, Set.of("obj")).stream());
    return namesAnotherCountry(placed.flatMap(p -> index.children(p, Set.of("obl:in", "nmod:in")).stream()), own);
  }

  /** Whether one of the places names a state, or its city, of another country than {@code own}. */
  private boolean namesAnotherCountry(java.util.stream.Stream<Integer> places, String own) {
    return places.flatMap(place -> heads.resolve(place).stream()).map(ActorMention::actor)
        .anyMatch(a -> a.kind() == ActorKind.STATE && a.country().filter(c -> !c.equals(own)).isPresent());
  }

  /** A state, or one who holds a state's office, with its country known: whose state a speaker may speak for. */
  private static boolean placedStateOrPerson(Actor actor) {
    return (actor.kind() == ActorKind.STATE || actor.kind() == ActorKind.PERSON) && actor.country().isPresent();
  }

  /** The actor of the verb's subject, active or passive, if it names one. */
  private Optional<Actor> subjectOf(int verb) {
    return actorOfSubjects(verb, Set.of("nsubj", "nsubj:pass"));
  }

  /** The first actor the verb's subjects of these relations name. */
  private Optional<Actor> actorOfSubjects(int verb, Set<String> relations) {
    for (int subject : index.children(verb, relations)) {
      Optional<Actor> doer = heads.resolve(subject).stream().map(ActorMention::actor).findFirst();
      if (doer.isPresent()) {
        return doer;
      }
    }
    return Optional.empty();
  }

  /** Those who speak or act for a person: "a spokesman for Yasser Arafat" speaks for his side. */
  private static final Set<String> SPEAKING_FOR_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor");

  /** Words for the state next door. */
  private static final Set<String> NEIGHBOUR_NOUNS = Set.of("neighbour", "neighbor");

  /** The actor of the nearest subject above the word: its clause's, or the clause its participle or infinitive serves. */
  private Optional<Actor> doerAbove(int word) {
    Optional<Integer> at = index.head(word).filter(h -> h.governor() >= 0).map(h -> h.governor());
    for (int step = 0; step < 4 && at.isPresent(); step++) {
      int verb = at.get();
      Optional<Actor> doer = actorOfSubjects(verb, Set.of("nsubj"));
      if (doer.isPresent()) {
        return doer;
      }
      at = index.head(verb).filter(h -> h.governor() >= 0).map(h -> h.governor());
    }
    return Optional.empty();
  }

  /** The state (at country level) mentioned most often so far other than {@code country}, the later among equals. */
  private Optional<Actor> mostToldStateBesides(String country) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    java.util.Map<String, Integer> last = new java.util.HashMap<>();
    for (ActorMention m : history.namedSoFar()) {
      m.actor().country().filter(c -> !c.equals(country)).filter(c -> m.actor().kind() == ActorKind.STATE || m.actor().kind() == ActorKind.PERSON).ifPresent(c -> {
        counts.merge(c, 1, Integer::sum);
        last.merge(c, m.span().start(), Math::max);
      });
    }
    return counts.keySet().stream()
        .max(java.util.Comparator.<String>comparingInt(counts::get).thenComparingInt(last::get))
        .map(c -> states.stateActor(c, Optional.empty()));
  }

  /** A sector with its owner, its span widened to the owner's words. */
  private ActorMention ownedMention(int head, Span span, Actor owned) {
    // "Somalia's government", "the army of Sudan"; with an appositive name, that person:
    // "Brazil's foreign minister, Mauro Vieira".
    Optional<Actor> named2 = appositivePerson(head, owned);
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
    return new ActorMention(withOwner, withOwner.of(index.text().text()), named2.orElse(owned));
  }

  /** A group of people of no country yet, named by the sector of the phrase's head. */
  /** The first word of the head's possessor phrase, right before its "'s": "UN" of "the UN children's agency". */
  private Optional<Integer> possessor(int head) {
    return index.children(head, Set.of("nmod:poss")).stream().findFirst()
        .map(owner -> index.subtree(owner, Set.of()).stream().filter(t -> !index.token(t).tag().equals("DT")).mapToInt(Integer::intValue).min().orElse(owner));
  }

  /**
   * An organisation whose name runs through a possessive up to the head: "the UN children's
   * agency" (UNICEF), which the parser splits into an owner ("UN children") and a head ("agency");
   * its mention spans the owner and the phrase.
   */
  private Optional<ActorMention> nameThroughPossessive(int head, Span phrase) {
    Optional<Integer> first = possessor(head);
    if (first.isEmpty() || first.get() > head || !index.token(head).isNoun()) {
      return Optional.empty();
    }
    Span whole = new Span(index.token(first.get()).span().start(), phrase.end());
    Optional<NameMatch> match = dictionary.match(index.textOf(first.get(), head), when).filter(m -> m.how() == NameMatch.How.ORGANISATION);
    if (match.isEmpty() && BRANCH_NOUNS.contains(index.lemma(head).toLowerCase(Locale.ROOT)) && head - 1 > first.get()) {
      // "Islamic State's Khorasan branch": a branch named after its parent and its own name is
      // the group of both names ("Islamic State Khorasan"), without the possessive.
      // (Its first word may hang on the head: "Islamic" as an adjective of "branch".)
      int start = index.children(head, Set.of("amod", "compound")).stream().filter(t -> t < first.get()).mapToInt(Integer::intValue).min().orElse(first.get());
      String named = IntStream.range(start, head).filter(t -> !index.token(t).tag().equals("POS"))
          .mapToObj(t -> index.token(t).text()).collect(Collectors.joining(" "));
      match = dictionary.match(named, when).filter(m -> m.how() == NameMatch.How.ORGANISATION);
    }
    return match.map(m -> new ActorMention(whole, whole.of(index.text().text()), m.actor()));
  }

  /** Words for a part of a group that has a name of its own: "Islamic State's Khorasan branch". */
  private static final Set<String> BRANCH_NOUNS = Set.of("branch", "affiliate", "wing", "chapter", "franchise", "offshoot", "faction");

  /** Nouns for those who rule a state, which "military" makes its armed forces: "the military government", "the military rulers". */
  private static final Set<String> RULING_NOUNS = Set.of("government", "ruler", "leader", "leadership", "authority", "regime", "council", "administration");
  /** Words that make rulers military: "military", "military-led", "army-backed". */
  private static final Set<String> MILITARY_WORDS = Set.of("military", "military-led", "military-backed", "army-led", "army-backed");

  /**
   * The state a phrase for military rulers with no country of its own stands for: "the junta",
   * "the military government", among the states the article has named, the one ruled by its
   * armed forces on the article's day (actors/military-rule.tsv), when there is just one.
   */
  private Optional<Actor> militaryRulers(int head, String headLemma, String sector) {
    boolean military = headLemma.equals("junta") || (RULING_NOUNS.contains(headLemma)
        && index.children(head, Set.of("amod", "compound")).stream().anyMatch(m -> MILITARY_WORDS.contains(index.lemma(m).toLowerCase(Locale.ROOT))));
    if (!military) {
      return Optional.empty();
    }
    Set<String> ruled = new java.util.TreeSet<>();
    java.util.stream.Stream.concat(history.things().stream(), history.people().stream()).map(m -> m.actor().country()).flatMap(Optional::stream)
        .filter(country -> dictionary.militaryRuled(country, when)).forEach(ruled::add);
    return ruled.size() == 1 ? Optional.of(states.stateActor(ruled.iterator().next(), Optional.of(sector))) : Optional.empty();
  }

  /**
   * "A coast guard vessel shadowed the icebreaker", "a navy ship": a craft that words before it
   * give to an armed force or the police is that force acting.
   */
  private boolean craftOfAForce(int head, String headLemma, Optional<String> sector) {
    return sector.filter(FORCES_WITH_CRAFT::contains).isPresent() && NounAnaphora.isCraft(headLemma)
        && !index.children(head, Set.of("compound", "amod")).isEmpty();
  }

  /** The sectors whose craft act for them: the armed forces and the police. */
  private static final Set<String> FORCES_WITH_CRAFT = Set.of("MIL", "COP");

  /** Whether a word is what its verb acts on: its object, or the subject of its passive. */
  private boolean isActedOn(int word) {
    return index.head(word).filter(d -> d.relation().equals("obj") || d.relation().equals("nsubj:pass")).isPresent();
  }

  private Optional<Actor> group(int head, String headLemma, Optional<String> sector) {
    Token headToken = index.token(head);
    // Groups without a country are coded only as groups: "rebels", "protesters", "riot police",
    // not "the new person". One of a state's sectors ("the army") is kept here only to be
    // placed in a country later (by the event's place or the article's home country).
    // "give each returnee a resettlement grant": a word for one of a kind taken each in turn
    // stands for them all.
    boolean eachOfThem = sector.isPresent() && headToken.tag().equals("NN")
        && index.children(head, Set.of("det")).stream().anyMatch(d -> DISTRIBUTIVES.contains(index.lemma(d).toLowerCase(Locale.ROOT)));
    // "Fishermen's groups in the Natuna Islands", "the farmers' association": a body its members'
    // word names is a group of them.
    boolean membersBody = membersSector(head, headLemma).isPresent();
    boolean ownerOfThing = !headToken.isProperNoun() && titleOfPossessor(head).isPresent();
    // "arrested the owner of a berry-picking company": one who heads or owns a body of a sector
    // stands for that sector, as the building's owner does.
    boolean headOfBody = !headToken.isProperNoun() && titleWithOf(head).isPresent();
    boolean groupNoun = headToken.tag().equals("NNS") || COLLECTIVE_NOUNS.contains(headLemma) || eachOfThem || membersBody
        || (ActorResolver.STATE_SECTORS.contains(sector.orElse("")) && headToken.isNoun() && !headToken.isProperNoun())
        // "A suicide bomber rammed a car into the convoy", "a gunman opened fire": one armed
        // attacker of no name acts as a group does.
        || (ActorResolver.NAMELESS_ATTACKER_SECTORS.contains(sector.orElse("")) && headToken.isNoun() && !headToken.isProperNoun())
        // "A rebel faction loyal to Salif Sadio accused Bissau", "a rebel commander said": a body
        // of people called by a word for a body, and one of the rebels, speak for a group.
        || (GROUP_WORDS.contains(headLemma) && !headToken.isProperNoun())
        || (sector.equals(Optional.of(REBELS)) && headToken.isNoun() && !headToken.isProperNoun())
        // "The opposition leader accused the government": the opposition's one person of no name
        // speaks for the opposition, as a rebel commander does for the rebels.
        || (sector.equals(Optional.of(OPPOSITION)) && headToken.isNoun() && !headToken.isProperNoun())
        // "A presidential candidate accused the EU observers": so does a party's candidate.
        || (sector.equals(Optional.of(PARTY)) && CANDIDATES.contains(headLemma) && !headToken.isProperNoun())
        // "Police charged a 24-year-old man with murder": one person of no name, told as "a man",
        // stands for the people of the place, as ICEWS codes a lone citizen.
        || (ONE_OF_THE_PEOPLE.contains(headLemma) && headToken.tag().equals("NN")
            && index.children(head, Set.of("det")).stream().anyMatch(d -> Set.of("a", "an").contains(index.lemma(d).toLowerCase(Locale.ROOT))))
        // "police arrested the suspect and two alleged accomplices", "arrested a thief": so does
        // one criminal of no name whom an act befalls, the criminals of the place. (Not one who
        // owns or speaks: "the suspect's lawyer said"; nor one an appositive tells more of: "the
        // suspect, an Uzbek citizen"; nor a body a criminal's word only qualifies: "the Gang
        // Suppression Force".)
        || (sector.equals(Optional.of(CRIMINALS)) && dictionary.sector(headLemma).equals(sector) && headToken.tag().equals("NN") && !headToken.isProperNoun()
            && isActedOn(head) && index.children(head, Set.of("appos")).isEmpty())
        // "a Revolutionary Court", "the National Assembly": a state body called by a name Annals
        // does not know, whose head is the body's own word, is of the country it is placed in later.
        || (ActorResolver.STATE_SECTORS.contains(sector.orElse("")) && headToken.isProperNoun() && dictionary.sector(headLemma).equals(sector)
            && !headToken.entity().equals("PERSON"))
        // "Police arrested the building's owner": one who owns or runs the thing named stands for
        // its business.
        || ownerOfThing || headOfBody
        // "an investigation into the Vancouver-based exporter": one business its own words base
        // in a place is a named body of that place's country, not a stranger of no country.
        || (BUSINESS_BODIES.contains(headLemma) && headToken.tag().equals("NN") && countryOfBase(head).isPresent());
    // The head itself must name the group: "riot police", not "defence cooperation".
    // "300 foreigners jailed for smuggling": people of no sector word whom the law seeks or has condemned.
    boolean headNamesGroup = dictionary.sector(headLemma).isPresent() || membersBody || followersSector(head, headLemma).isPresent() || ownerOfThing || headOfBody || soughtPeople(head, headLemma).isPresent()
        || committeesBody(head, headLemma).isPresent() || groupOfACause(head, headLemma).isPresent() || craftOfAForce(head, headLemma, sector)
        || (head > 0 && dictionary.sector(index.token(head - 1).lemma().toLowerCase(Locale.ROOT) + " " + headLemma).isPresent())
        // ("Rights groups condemned …": the lexicon's term keeps the word's plural, "rights group", which its lemma, "right", loses.)
        || (head > 0 && dictionary.sector(index.token(head - 1).text().toLowerCase(Locale.ROOT) + " " + headLemma).isPresent());
    if (namedArmedGroup(head, headLemma, sector)) {
      return Optional.of(learnOwnName(head, ActorDictionary.unplacedGroup(REBELS)));
    }
    if (sector.isPresent() && namesOwnGroup(head, headLemma, sector.get()) && phrases.tokens(head).stream().anyMatch(t -> index.token(t).isProperNoun())) {
      // "The Viv Ansanm gang coalition", "the opposition United Civic Movement": a group
      // Annals has no entry for, called by its own name, is of the sector its words name.
      return Optional.of(learnOwnName(head, ActorDictionary.unplacedGroup(sector.get())));
    }
    Optional<Actor> armedGroup = sector.filter(ARMED_GROUP_SECTORS::contains).isPresent() && headToken.tag().equals("NNS") && headNamesGroup
        && index.children(head, Set.of("amod", "compound", "nmod:poss")).isEmpty()
        ? lastCalled(headToken.text(), a -> a.kind() == ActorKind.ORGANISATION) : Optional.empty();
    if (armedGroup.isPresent()) {
      // "Islamic State militants abducted two engineers … four militants were killed": armed men
      // of no side the phrase names, called by the word that named an armed group's men before,
      // are that group's.
      return armedGroup;
    }
    if (sector.isPresent() && groupNoun && headNamesGroup) {
      // "the farmers" after "Polish farmers", "the government" after "the Polish government":
      // a definite group is the last one of its sector that had a country.
      boolean definite = phrases.hasThe(head);
      // "Party leaders said …" after "the opposition Patriotic Front": the party's people are
      // the party named before, as "the party" is.
      boolean partyPeople = sector.get().equals("PTY") && headToken.tag().equals("NNS")
          && index.children(head, Set.of("compound")).stream().anyMatch(c -> index.lemma(c).equals("party"));
      // "China's foreign ministry said … A ministry spokeswoman denied", "The Sri Lankan navy
      // seized a trawler …, a navy spokesman said": a person of an institution of no country
      // named is of the one of its sector the article named last by that word (none named, none
      // known).
      Optional<String> institutionWord = definite || !index.children(head, Set.of("amod", "nmod:poss")).isEmpty() ? Optional.empty()
          : index.children(head, Set.of("compound")).stream().map(c -> index.lemma(c).toLowerCase(Locale.ROOT)).filter(INSTITUTION_WORDS::contains).findFirst();
      if (institutionWord.isPresent()) {
        // ("Gunmen kidnapped three engineers, the Taliban's interior ministry said … a ministry
        // spokesman told reporters": a ruling movement's ministry is the movement's.)
        return lastCalled(institutionWord.get(), a -> a.country().isPresent() && a.kind() != ActorKind.ORGANISATION && a.sector().equals(sector))
            .or(() -> lastCalled(institutionWord.get(), a -> a.kind() == ActorKind.ORGANISATION))
            .or(() -> Optional.of(ActorDictionary.unplacedGroup(sector.get())));
      }
      if (definite || partyPeople) {
        // "Niger recalled its ambassador from Algiers … The military government accused Algeria":
        // the junta is the one of the article's states its armed forces ruled on the day.
        Optional<Actor> ruled = definite ? militaryRulers(head, headLemma, sector.get()) : Optional.empty();
        if (ruled.isPresent()) {
          return ruled;
        }
        // An opposition party is a party: "the party" after "the opposition Citizens Coalition".
        // A party of parties.tsv is its country's government or opposition: "the party" after
        // "the ruling ANC" is the ANC.
        Predicate<Actor> sameGroup = a -> a.country().isPresent() && a.kind() != ActorKind.ORGANISATION
            && (a.sector().equals(sector) || (sector.get().equals("PTY") && (a.sector().equals(Optional.of("OPP")) || dictionary.isParty(a))));
        // "the 400 settlers" after "Israeli settlers" and then "the rioters", "the officials" after
        // "two Haitian consular officials": people called by a plural are those called by the same
        // word before, then the last of their sector. An institution ("the government", "the
        // army") is the last one of its sector named.
        boolean people = headToken.tag().equals("NNS");
        // "Sri Lanka's main opposition party accused the government": a country's own people
        // deal with their own state's institution, whichever state was named last; so with "the
        // authorities" ("The Mauritanian Association for Human Rights accused the authorities").
        boolean institution = !people || GENERIC_INSTITUTIONS.contains(headLemma);
        // (Not a court: "Survivors who had travelled from Kigali for the trial held a vigil outside
        // the courthouse" after "A Paris court sentenced …" is the court that tried the case.)
        boolean court = sector.get().equals(JUDICIARY) && lastCalledStem(headLemma, sameGroup).isPresent();
        // "Israel summoned Japan's ambassador … The envoy told Israeli officials": the head of a
        // mission called so is the one the article named last by any word for one.
        Optional<Actor> envoy = definite && !people ? envoyNamedBefore(headLemma, sameGroup) : Optional.empty();
        if (envoy.isPresent()) {
          return envoy;
        }
        Optional<Actor> ownState = definite && institution && !court ? stateOfDomesticSubject(head, sector.get()).or(() -> stateHostingSubject(head, sector.get()))
            .or(() -> headLemma.equals("government") ? governmentOfItsOfficialTeller(head) : Optional.empty())
            .or(() -> GENERIC_INSTITUTIONS.contains(headLemma) ? stateOfPlaceAfter(head, sector.get()) : Optional.empty()) : Optional.empty();
        if (ownState.isPresent()) {
          return ownState;
        }
        // "The Dutch foreign ministry summoned Russia's ambassador … 'This was a deliberate
        // attack,' the foreign minister told reporters": the minister of a portfolio is of the state
        // whose ministry or minister of that portfolio the article named last, not of the last
        // government named (the summoned envoy's).
        Optional<Actor> ofPortfolio = definite && !people ? portfolioNamedBefore(head, headLemma, sameGroup) : Optional.empty();
        if (ofPortfolio.isPresent()) {
          return ofPortfolio;
        }
        // "The ministry called the move unjustified" after "Uzbekistan's energy ministry said":
        // a word named before finds what it named, whatever the topic.
        // ("The navy said" after "A Nigerian navy frigate freed the sailors": an institution's
        // word that named what it sent, before that thing's own word, named the institution.)
        Optional<Actor> calledBefore = people ? lastCalled(headToken.text(), sameGroup) : lastCalledOrCalledBy(headToken.text(), sameGroup);
        boolean namedBefore = calledBefore.isPresent();
        Optional<Actor> topic = definite && !people && !namedBefore ? stateOfLastTopic(head, sector.get()).or(() -> stateOfSentenceTopic(head, sector.get()))
            : Optional.empty();
        if (topic.isPresent()) {
          return topic;
        }
        // "The foreign ministry demanded … Iraq's prime minister telephoned … the ministry said":
        // an institution called by a word named before is what that word named, not the last
        // government named.
        // A word every state's institution bears ("the government") is the last one named.
        boolean ownWord = namedBefore && !GENERIC_INSTITUTIONS.contains(headLemma);
        // ("China's embassy … lodged a protest with Papua New Guinea's foreign ministry, the
        // embassy said. It accused the government": a mission is no state's government.)
        // Nor is it a state's ministry: "China's embassy in Harare criticised the arrests … The
        // mines ministry said" is the host's.
        boolean noMission = GENERIC_INSTITUTIONS.contains(headLemma) || (!people && MINISTRY_NOUNS.contains(headLemma));
        // "Colombia's government and the Clan del Golfo resumed talks …, Qatar's foreign ministry
        // said … the government said it would suspend air strikes": the government is the one
        // called so before, not the ministry that told of it.
        // (A bare "the government" only: "the defeated Nationalist government fled" is no one
        // named "government" before.)
        boolean calledSoBefore = headLemma.equals("government") && index.children(head, Set.of("amod", "compound")).isEmpty();
        Optional<Actor> earlier = (people || ownWord || calledSoBefore ? calledBefore : Optional.<Actor>empty())
            .or(() -> noMission ? history.lastThingMentioned(m -> sameGroup.test(m.actor()) && !namesAMission(m)) : history.lastThing(sameGroup));
        if (earlier.isPresent()) {
          return earlier;
        }
      }
      return Optional.of(ActorDictionary.unplacedGroup(sector.get()));
    }
    return Optional.empty();
  }

  /** The head of a mission the article named last by any word for one ("ambassador", "envoy"). */
  private Optional<Actor> envoyNamedBefore(String headLemma, Predicate<Actor> sameGroup) {
    if (!ActorResolver.ENVOY_NOUNS.contains(headLemma)) {
      return Optional.empty();
    }
    return history.lastThingMentioned(m -> sameGroup.test(m.actor())
        && ActorResolver.ENVOY_NOUNS.stream().anyMatch(word -> m.surface().toLowerCase(Locale.ROOT).contains(word)));
  }

  /**
   * The state whose ministry or minister of the title's portfolio ("foreign", "interior") the
   * article named last: "the foreign minister" after "The Dutch foreign ministry". So with the
   * president's own offices: "President Marcos is due to meet Prime Minister Carney in Ottawa,
   * the presidential palace said" is told by the palace of the president named last.
   */
  private Optional<Actor> portfolioNamedBefore(int head, String headLemma, Predicate<Actor> sameGroup) {
    boolean presidential = index.children(head, Set.of("amod")).stream().anyMatch(a -> index.lemma(a).equalsIgnoreCase("presidential"));
    if (presidential) {
      return history.lastPerson(m -> sameGroup.test(m.actor()) && m.surface().matches("(?s).*\\bPresident\\b.*") && !m.surface().contains("Vice President"))
          .map(ActorMention::actor);
    }
    if (!headLemma.equals("minister")) {
      return Optional.empty();
    }
    for (int modifier : index.children(head, Set.of("amod", "compound"))) {
      Token word = index.token(modifier);
      if (word.isProperNoun() || dictionary.match(word.text()).isPresent()) {
        continue;
      }
      String portfolio = word.lemma().toLowerCase(Locale.ROOT) + " ministr";
      Optional<Actor> named = history.lastThingMentioned(m -> sameGroup.test(m.actor()) && m.surface().toLowerCase(Locale.ROOT).contains(portfolio));
      if (named.isPresent()) {
        return named;
      }
    }
    return Optional.empty();
  }

  /**
   * "the Radaa militia … Radaa accused the government": the name a group Annals has no entry for
   * is called by finds the group again later in the article.
   */
  private Actor learnOwnName(int head, Actor group) {
    String name = String.join(" ", phrases.tokens(head).stream().filter(t -> t != head && index.token(t).isProperNoun()).map(t -> index.token(t).text()).toList());
    if (!name.isEmpty()) {
      people.learn(name, group);
    }
    return group;
  }

  /** Sectors of a country's own people, not its state: the opposition, parties, civilians, workers, business, media. */
  private static final Set<String> DOMESTIC_SECTORS = Set.of("OPP", "PTY", "CVL", "LAB", "EDU", "BUS", "MED", "HRI", "REL", "AGR", "HLH", "LEG", "JUD");

  /**
   * The state institution of the subject's country, when the subject of the verb taking the
   * phrase is a country's own people rather than a state ("Protesters in Lima urged the
   * government", "the opposition accused the government").
   */
  private Optional<Actor> stateOfDomesticSubject(int head, String sector) {
    if (!ActorResolver.STATE_SECTORS.contains(sector)) {
      return Optional.empty();
    }
    // "The farmers rejected an offer of talks from the agriculture ministry": the phrase may
    // hang on the noun the verb takes.
    Optional<Integer> verb = index.verbTaking(head);
    for (int noun = head, depth = 0; verb.isEmpty() && depth < 3; depth++) {
      Optional<Integer> owner = index.head(noun).filter(d -> d.baseRelation().equals("nmod") && d.governor() >= 0).map(Dependency::governor);
      if (owner.isEmpty()) {
        break;
      }
      noun = owner.get();
      verb = index.verbTaking(noun);
    }
    if (verb.isEmpty()) {
      return Optional.empty();
    }
    for (int subject : index.children(verb.get(), Set.of("nsubj"))) {
      if (subject >= head) {
        continue;
      }
      // "a group of environmental activists urged the government": a group is of its members.
      List<Integer> speakers = new java.util.ArrayList<>(List.of(subject));
      if (GROUP_WORDS.contains(index.lemma(subject).toLowerCase(Locale.ROOT))) {
        speakers.addAll(index.children(subject, Set.of("nmod:of")));
      }
      for (ActorMention who : speakers.stream().flatMap(s -> heads.resolve(s).stream()).toList()) {
        Actor actor = who.actor();
        // (A country's own rights group too, not one of the world's: "The Mauritanian Association
        // for Human Rights accused the authorities".)
        boolean ownGroup = actor.sector().filter(NON_GOVERNMENTAL::equals).isPresent() && actor.country().isPresent();
        // "Somali police said they had arrested three officials of the education ministry": a
        // state's police act within it, on its own institutions.
        boolean ownPolice = actor.sector().filter(POLICE::equals).isPresent() && actor.country().isPresent();
        if (actor.sector().filter(DOMESTIC_SECTORS::contains).isPresent() || ownGroup || ownPolice) {
          // "The main opposition party accused the government": people of no country yet have
          // a state of no country yet, both placed later in the same country.
          return Optional.of(actor.country().map(c -> states.stateActor(c, Optional.of(sector))).orElse(ActorDictionary.unplacedGroup(sector)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "China's embassy in Lima had asked the government to guarantee the safety of the mine's
   * workers": the state institution a foreign mission, or its head, deals with is the one of the
   * state it is posted in, not its own; a mission that names no place is posted in the one other
   * country whose state the story named before.
   */
  private Optional<Actor> stateHostingSubject(int head, String sector) {
    Optional<Integer> verb = index.verbTaking(head);
    if (!ActorResolver.STATE_SECTORS.contains(sector) || verb.isEmpty()) {
      return Optional.empty();
    }
    for (int subject : index.children(verb.get(), Set.of("nsubj"))) {
      if (subject >= head || !ActorResolver.isMissionOrItsHead(index, subject)) {
        continue;
      }
      Set<String> own = new java.util.HashSet<>();
      heads.resolve(subject).forEach(m -> m.actor().country().ifPresent(own::add));
      List<Integer> places = index.children(subject, Set.of("nmod:in"));
      for (int place : places) {
        Optional<String> host = heads.resolve(place).stream().map(m -> m.actor().country()).flatMap(Optional::stream).filter(c -> !own.contains(c)).findFirst();
        if (host.isPresent()) {
          return Optional.of(states.stateActor(host.get(), Optional.of(sector)));
        }
      }
      // "A Zambian court halted the handover … Turkey's embassy criticised the ruling and urged the
      // government to appeal": a mission that names no place is posted in the one other country
      // whose state the story named before. (Not among several: "Canberra sent police … China's
      // embassy urged the government" in a story of riots in Honiara.)
      Optional<String> host = places.isEmpty() && !own.isEmpty()
          ? oneOtherCountry(own, ActorResolver::isStateOrBranch) : Optional.empty();
      if (host.isPresent()) {
        return Optional.of(states.stateActor(host.get(), Optional.of(sector)));
      }
    }
    return Optional.empty();
  }

  /**
   * "Spain's tourism minister said that holidaymakers had nothing to fear, but that the government
   * would not restrict the right to protest": a bare "the government" that does what a state's own
   * official says it will is that official's government (not one of a mission abroad, whose
   * "government" may be its host's).
   */
  private Optional<Actor> governmentOfItsOfficialTeller(int head) {
    if (!index.children(head, Set.of("amod", "compound", "nmod:of", "nmod:poss")).isEmpty()) {
      return Optional.empty();
    }
    for (Dependency subjectOf : index.parents(head)) {
      if (!subjectOf.relation().equals("nsubj") || subjectOf.governor() < 0) {
        continue;
      }
      for (Dependency told : index.parents(subjectOf.governor())) {
        if (!told.relation().equals("ccomp") || told.governor() < 0) {
          continue;
        }
        for (int teller : index.children(told.governor(), Set.of("nsubj"))) {
          if (teller >= head || ActorResolver.isMissionOrItsHead(index, teller)) {
            continue;
          }
          Optional<Actor> official = heads.resolve(teller).stream().map(ActorMention::actor)
              .filter(a -> a.kind() == ActorKind.STATE && a.country().isPresent() && a.sector().filter(GOVERNMENT::equals).isPresent()).findFirst();
          if (official.isPresent()) {
            return official;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the mention is of a mission or its head: "the embassy", "China's ambassador". */
  private boolean namesAMission(ActorMention mention) {
    return index.lastTokenIn(mention.span()).filter(t -> ActorResolver.isMissionOrItsHead(index, t)).isPresent();
  }

  /**
   * "urged the authorities in Mbabane to stop harassing reporters": the parser hangs the place
   * that names whose authorities they are on the verb; a place right after the phrase, in a
   * country, places the state's institution the phrase names.
   */
  private Optional<Actor> stateOfPlaceAfter(int head, String sector) {
    Optional<Integer> verb = index.verbTaking(head);
    if (!ActorResolver.STATE_SECTORS.contains(sector) || verb.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> words = phrases.tokens(head);
    int after = words.get(words.size() - 1) + 1;
    for (Dependency d : index.children(verb.get())) {
      if (!d.relation().equals("obl:in") || !index.token(d.dependent()).isProperNoun()) {
        continue;
      }
      List<Integer> place = phrases.tokens(d.dependent());
      if (place.get(0) != after + 1 || !index.lemma(after).equalsIgnoreCase("in")) {
        continue;
      }
      Optional<String> country = states.countryOfPlace(phrases.span(d.dependent()).of(index.text().text()));
      if (country.isPresent()) {
        return Optional.of(states.stateActor(country.get(), Optional.of(sector)));
      }
    }
    return Optional.empty();
  }

  /**
   * "Papua New Guinea protested to Jakarta on Thursday … The foreign minister said the incursion
   * was a breach": a state's office named with no country, opening a sentence as its subject,
   * carries on the story of the state that was the subject of the sentence before, rather than
   * of the state last named (Jakarta, the one protested to).
   */
  private Optional<Actor> stateOfLastTopic(int head, String sector) {
    if (!ActorResolver.STATE_SECTORS.contains(sector) || index.head(head).filter(d -> d.relation().equals("nsubj")).isEmpty()) {
      return Optional.empty();
    }
    int sentence = index.token(head).sentence();
    var words = index.text().sentences().get(sentence);
    if (sentence == 0 || words.firstToken() != phrases.tokens(head).stream().mapToInt(Integer::intValue).min().orElse(-1)) {
      return Optional.empty();
    }
    return index.sentenceRoot(sentence - 1).flatMap(root -> stateOfSubjectOf(root, sector));
  }

  /**
   * The sector's actor of the state that is the verb's subject, by itself or by one of its bodies.
   * Not a mission's: "China's embassy in Harare said … The mines ministry said it had suspended
   * the mine's permit": a mission speaks for its state abroad; the next ministry is the host's.
   */
  private Optional<Actor> stateOfSubjectOf(int verb, String sector) {
    for (int subject : index.children(verb, Set.of("nsubj"))) {
      for (ActorMention who : heads.resolve(subject)) {
        Actor actor = who.actor();
        if (ActorResolver.isStateOrBranch(actor) && actor.country().isPresent() && !namesAMission(who)) {
          return Optional.of(states.stateActor(actor.country().get(), Optional.of(sector)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Iraq's prime minister telephoned the Emirati foreign minister …, while the interior ministry
   * opened an investigation": a state's office named with no country, the subject of a clause the
   * sentence adds with "while" (or "whereas"), acts alongside the state the sentence is about, its
   * main subject, rather than the state last named (the one telephoned).
   */
  private Optional<Actor> stateOfSentenceTopic(int head, String sector) {
    Optional<Integer> verb = index.head(head).filter(d -> d.relation().equals("nsubj") && d.governor() >= 0).map(Dependency::governor);
    if (!ActorResolver.STATE_SECTORS.contains(sector) || verb.isEmpty() || !index.hasChildLemma(verb.get(), "mark", ALONGSIDE_MARKS)) {
      return Optional.empty();
    }
    return index.sentenceRoot(index.token(head).sentence()).filter(r -> r != verb.get().intValue()).flatMap(root -> stateOfSubjectOf(root, sector));
  }

  /** Words that add a clause of something done alongside the main one. */
  private static final Set<String> ALONGSIDE_MARKS = Set.of("while", "whereas");

  /** The last mention other than a person that passes the test and ends in a word this word begins with ("court" for "courthouse"). */
  private Optional<Actor> lastCalledStem(String word, Predicate<Actor> test) {
    return lastEndingIn(last -> {
      String stem = last.toLowerCase(Locale.ROOT);
      return stem.length() >= 4 && word.startsWith(stem);
    }, test);
  }

  /** The last mention other than a person that ends in the word or has it before its last word ("a Nigerian navy frigate" for "navy"). */
  private Optional<Actor> lastCalledOrCalledBy(String word, Predicate<Actor> test) {
    return history.lastThingMentioned(mention -> MentionHistory.hasWord(mention, word) && test.test(mention.actor()));
  }

  /** The last mention other than a person that passes the test and ends in this word. */
  private Optional<Actor> lastCalled(String word, Predicate<Actor> test) {
    return lastEndingIn(last -> last.equalsIgnoreCase(word), test);
  }

  /** The last mention other than a person that passes the test and whose last word is one wanted. */
  private Optional<Actor> lastEndingIn(Predicate<String> wanted, Predicate<Actor> test) {
    return history.lastThingMentioned(mention -> {
      String surface = mention.surface();
      return wanted.test(surface.substring(surface.lastIndexOf(' ') + 1)) && test.test(mention.actor());
    });
  }

  /**
   * Whether the phrase is a group's own name: its head is a word for an organisation ("coalition",
   * "movement") or a name that is not a person's or a place's, and its sector is not one of a
   * state's (a state's sector without its state is "the army", placed later) nor the media's.
   */
  /** CAMEO's rebels. */
  private static final String REBELS = "REB";
  /** CAMEO's opposition. */
  private static final String OPPOSITION = "OPP";
  /** Words of a state's own army's name: "the Royal Army", "the National Army", not an armed group's. */
  private static final Set<String> STATE_ARMY_WORDS = Set.of("royal", "national", "regular", "federal", "imperial", "red", "continental",
      "territorial", "standing", "salvation");

  /**
   * "The Kachin Independence Army", "the Arakan Army": an army called by a name Annals does not
   * know, whose words name no state (a state's army would be named by it: "the Pakistan Army"),
   * is an armed group's, placed later like any group.
   */
  private boolean namedArmedGroup(int head, String headLemma, Optional<String> sector) {
    Token headToken = index.token(head);
    if (!headLemma.equals("army") || !sector.equals(Optional.of("MIL")) || !headToken.isProperNoun() || headToken.entity().equals("PERSON")) {
      return false;
    }
    List<Integer> nameWords = phrases.tokens(head).stream().filter(t -> t < head && index.token(t).isProperNoun()).toList();
    // "the West Papua National Liberation Army": a name that sets out to free or resist is a
    // rebel army's, though it calls itself national.
    boolean insurgent = nameWords.stream().anyMatch(t -> INSURGENT_ARMY_WORDS.contains(index.lemma(t).toLowerCase(Locale.ROOT)));
    return !nameWords.isEmpty() && (insurgent || nameWords.stream().noneMatch(t -> STATE_ARMY_WORDS.contains(index.lemma(t).toLowerCase(Locale.ROOT))));
  }

  private static final Set<String> INSURGENT_ARMY_WORDS = Set.of("liberation", "resistance", "revolutionary", "freedom", "independence");

  private boolean namesOwnGroup(int head, String headLemma, String sector) {
    Token headToken = index.token(head);
    boolean organisationHead = ORGANISATION_NOUNS.contains(headLemma) || COLLECTIVE_NOUNS.contains(headLemma)
        || (headToken.isProperNoun() && !headToken.entity().equals("PERSON") && !headToken.entity().equals("LOCATION"));
    // A news agency that reports is where the news came from, not an actor in it.
    return organisationHead && !ActorResolver.STATE_SECTORS.contains(sector) && !sector.equals("MED");
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
        heads.settle(d.dependent(), List.of(new ActorMention(index.spanOf(run.get()[0], run.get()[1]), name, person)));
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
      if (t < personRun[0] && properAdjective && modifiers.modifierActor(token).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
