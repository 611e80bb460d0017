package dev.annals.coding.actors;

import dev.annals.coding.knowledge.Names;
import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import dev.annals.coding.petrarch.PetrarchActor;
import dev.annals.coding.petrarch.PetrarchAgent;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every actor Annals knows by name: countries (names, adjectives, seats of government), regions,
 * organisations, political parties, states' named institutions, sector words and office holders,
 * loaded from the files in {@code actors/}.
 * Immutable after loading; safe to share between threads.
 */
public final class ActorDictionary {
  private static final String BASE = "dev/annals/coding/actors/";

  private final List<Country> countries;
  private final Map<String, Country> countryByIso3 = new HashMap<>();
  private final Map<String, NameMatch> byKey = new HashMap<>();
  private final Map<String, NameMatch> byAcronym = new HashMap<>();
  private final Map<String, String> sectorByTerm = new HashMap<>();
  private final Map<String, List<OfficeHolder>> peopleByKey = new HashMap<>();
  private final Map<String, Organisation> organisationByCode = new HashMap<>();
  private final Map<String, Region> regionByCode = new HashMap<>();
  private final Parties parties;
  private final Institutions institutions;
  private final int longestSectorTerm;
  /** Worked out on first use: 0 until then (a benign race: every thread computes the same number). */
  private volatile int longestNameWords;
  /** Actors from a PETRARCH-format dictionary; they take precedence over the built-in names. */
  private final Map<String, PetrarchActor> petrarchByKey = new HashMap<>();

  private ActorDictionary(
      List<Country> countries, List<Region> regions, List<Organisation> organisations, Map<String, String> sectors, List<OfficeHolder> people, Parties parties,
      Institutions institutions) {
    this.countries = List.copyOf(countries);
    this.parties = parties;
    this.institutions = institutions;
    for (Country country : countries) {
      countryByIso3.put(country.iso3(), country);
      Actor state = new Actor(country.iso3(), country.name(), Optional.of(country.iso3()), Optional.empty(), ActorKind.STATE);
      Actor government = governmentOf(country);
      put(country.name(), new NameMatch(state, NameMatch.How.COUNTRY_NAME));
      country.names().forEach(n -> put(n, new NameMatch(state, NameMatch.How.COUNTRY_NAME)));
      country.adjectives().forEach(n -> putIfAbsent(n, new NameMatch(state, NameMatch.How.COUNTRY_ADJECTIVE)));
      country.metonyms().forEach(n -> putIfAbsent(n, new NameMatch(government, NameMatch.How.GOVERNMENT_METONYM)));
    }
    for (Region region : regions) {
      regionByCode.put(region.code(), region);
      Actor actor = new Actor(region.code(), region.name(), Optional.empty(), Optional.empty(), ActorKind.REGION);
      putIfAbsent(region.name(), new NameMatch(actor, NameMatch.How.REGION));
      region.names().forEach(n -> putIfAbsent(n, new NameMatch(actor, NameMatch.How.REGION)));
      region.adjectives().forEach(n -> putIfAbsent(n, new NameMatch(actor, NameMatch.How.REGION)));
    }
    for (Organisation organisation : organisations) {
      organisationByCode.put(organisation.code(), organisation);
      Actor actor = new Actor(organisation.code(), organisation.name(), Optional.empty(), Optional.of(sectorOfKind(organisation.kind())), ActorKind.ORGANISATION);
      putIfAbsent(organisation.name(), new NameMatch(actor, NameMatch.How.ORGANISATION));
      organisation.names().forEach(n -> putIfAbsent(n, new NameMatch(actor, NameMatch.How.ORGANISATION)));
    }
    this.sectorByTerm.putAll(sectors);
    this.longestSectorTerm = sectors.keySet().stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
    for (OfficeHolder person : people) {
      peopleByKey.computeIfAbsent(Names.key(person.name()), k -> new ArrayList<>()).add(person);
      for (String alias : person.aliases()) {
        List<OfficeHolder> list = peopleByKey.computeIfAbsent(Names.key(alias), k -> new ArrayList<>());
        if (!list.contains(person)) {
          list.add(person);
        }
      }
    }
  }

  /**
   * A copy of this dictionary for a user's PETRARCH-format actor and agent dictionaries. Each
   * one given replaces its part of Annals' own knowledge (actors: countries, regions,
   * organisations and office holders; agents: sector words), so that coding follows the user's
   * scheme; a part not given stays Annals' own.
   */
  public ActorDictionary withPetrarch(List<PetrarchActor> actors, List<PetrarchAgent> agents) {
    // An agent dictionary is a coding scheme of its own: its words replace Annals' sector words,
    // so that no code outside the user's scheme (CVL for "activists") appears.
    Map<String, String> sectors = agents.isEmpty() ? new LinkedHashMap<>(sectorByTerm) : new LinkedHashMap<>();
    for (PetrarchAgent agent : agents) {
      for (List<String> name : agent.names()) {
        // Agent words are matched against lemmas; plural spellings are listed separately.
        sectors.put(String.join(" ", name), agent.prefix() ? agent.code() + PREFIX_MARK : agent.code());
      }
    }
    // Likewise an actor dictionary is the user's list of who is who: Annals' own countries,
    // organisations, parties and office holders would code names the user chose not to code ("Swiss").
    ActorDictionary extended = actors.isEmpty()
        ? new ActorDictionary(countries, regionByCode.values().stream().toList(), organisationByCode.values().stream().toList(), sectors, List.of(), parties, institutions)
        : new ActorDictionary(List.of(), List.of(), List.of(), sectors, List.of(), Parties.NONE, Institutions.NONE);
    if (actors.isEmpty()) {
      extended.peopleByKey.putAll(peopleByKey);
    } else {
      // Country names for display stay available by code.
      extended.countryByIso3.putAll(countryByIso3);
    }
    extended.petrarchByKey.putAll(petrarchByKey);
    for (PetrarchActor actor : actors) {
      for (List<String> name : actor.names()) {
        extended.petrarchByKey.put(Names.key(String.join(" ", name)), actor);
      }
    }
    return extended;
  }

  /** Marks an agent code written {@code [NGO~]}: it goes before the actor's code (NGOARN). */
  public static final String PREFIX_MARK = "~";

  /**
   * The code of an actor with an agent: RUS + GOV is RUSGOV, ARN + NGO~ is NGOARN, and USAGOV
   * + GOV stays USAGOV.
   */
  public static String withAgent(String actorCode, String agent) {
    if (agent.endsWith(PREFIX_MARK)) {
      return agent.substring(0, agent.length() - PREFIX_MARK.length()) + actorCode;
    }
    return actorCode.endsWith(agent) ? actorCode : actorCode + agent;
  }

  /** An agent code without its placement mark: NGO~ is NGO. */
  public static String agentCode(String agent) {
    return agent.endsWith(PREFIX_MARK) ? agent.substring(0, agent.length() - PREFIX_MARK.length()) : agent;
  }

  /** A group of a sector and of no country yet ("the army", "the opposition"), placed later by the event's place or the article's country. */
  public static Actor unplacedGroup(String sector) {
    String code = agentCode(sector);
    return new Actor(code, SectorNames.of(code), Optional.empty(), Optional.of(code), ActorKind.GROUP);
  }

  private void put(String name, NameMatch match) {
    if (Names.isAcronym(name)) {
      byAcronym.put(name, match);
    } else {
      byKey.put(Names.key(name), match);
    }
  }

  private void putIfAbsent(String name, NameMatch match) {
    if (Names.isAcronym(name)) {
      byAcronym.putIfAbsent(name, match);
    } else {
      byKey.putIfAbsent(Names.key(name), match);
    }
  }

  /** The CAMEO sector an organisation's kind implies: armed groups are rebels, NGOs NGO, the rest IGO. */
  private static String sectorOfKind(String kind) {
    return switch (kind) {
      case "armed-group" -> "REB";
      case "ngo" -> "NGO";
      default -> "IGO";
    };
  }

  /** Loads the dictionary shipped with Annals. */
  public static ActorDictionary load() {
    List<Country> countries = new ArrayList<>();
    for (Row row : TsvFile.readResource(BASE + "countries.tsv", 9)) {
      countries.add(
          new Country(
              row.field(0).strip(),
              row.field(1).strip(),
              row.field(2).strip(),
              row.values(3),
              row.values(4),
              row.optional(5).orElse(""),
              row.values(6),
              row.number(7),
              row.number(8)));
    }
    List<Region> regions = new ArrayList<>();
    for (Row row : TsvFile.readResource(BASE + "regions.tsv", 5)) {
      regions.add(new Region(row.field(0).strip(), row.field(1).strip(), row.values(2), row.values(3), row.values(4)));
    }
    List<Organisation> organisations = new ArrayList<>();
    for (Row row : TsvFile.readResource(BASE + "organisations.tsv", 6)) {
      organisations.add(
          new Organisation(row.field(0).strip(), row.field(1).strip(), row.values(2), row.optional(3).orElse(""), row.optional(4).orElse(""), row.values(5)));
    }
    Map<String, String> sectors = new LinkedHashMap<>();
    for (Row row : TsvFile.readResource(BASE + "sectors.tsv", 2)) {
      sectors.putIfAbsent(row.field(0).strip().toLowerCase(Locale.ROOT), row.field(1).strip());
    }
    List<OfficeHolder> people = new ArrayList<>();
    for (Row row : TsvFile.readResource(BASE + "people.tsv", 7)) {
      int from;
      Optional<Integer> to;
      try {
        from = Integer.parseInt(row.field(5).strip());
        to = row.optional(6).map(Integer::parseInt);
      } catch (NumberFormatException e) {
        throw row.error("years must be four digits or '-': " + row.field(5) + ", " + row.field(6));
      }
      people.add(new OfficeHolder(row.field(0).strip(), row.values(1), row.optional(2), row.field(3).strip(), row.field(4).strip(), from, to));
    }
    ActorDictionary withoutParties = new ActorDictionary(countries, regions, organisations, sectors, people, Parties.NONE, Institutions.NONE);
    return withoutParties.withParties(BASE + "parties.tsv", resource(BASE + "parties.tsv"))
        .withInstitutions(BASE + "institutions.tsv", resource(BASE + "institutions.tsv"));
  }

  /**
   * This dictionary with the political parties of a parties.tsv file. A party's name may not be
   * a name this dictionary already has: the loader stops at such a line, naming it.
   */
  public ActorDictionary withParties(String file, java.io.InputStream in) {
    Parties read = Parties.read(file, in, iso3 -> country(iso3).isPresent(),
        name -> match(name).filter(m -> m.how() != NameMatch.How.PERSON).isPresent());
    ActorDictionary extended = new ActorDictionary(countries, regionByCode.values().stream().toList(), organisationByCode.values().stream().toList(),
        sectorByTerm, List.of(), read, institutions);
    extended.peopleByKey.putAll(peopleByKey);
    extended.petrarchByKey.putAll(petrarchByKey);
    return extended;
  }

  /**
   * This dictionary with the named state institutions of an institutions.tsv file, in place of
   * any it had. An institution's name may not be a name this dictionary already has (a country's
   * name, adjective or seat of government, a region's, an organisation's, a party's or an office
   * holder's): the loader stops at such a line, naming it.
   */
  public ActorDictionary withInstitutions(String file, java.io.InputStream in) {
    ActorDictionary without = new ActorDictionary(countries, regionByCode.values().stream().toList(), organisationByCode.values().stream().toList(),
        sectorByTerm, List.of(), parties, Institutions.NONE);
    without.peopleByKey.putAll(peopleByKey);
    Institutions read = Institutions.read(file, in, iso3 -> country(iso3).isPresent(), without::whatNames);
    ActorDictionary extended = new ActorDictionary(countries, regionByCode.values().stream().toList(), organisationByCode.values().stream().toList(),
        sectorByTerm, List.of(), parties, read);
    extended.peopleByKey.putAll(peopleByKey);
    extended.petrarchByKey.putAll(petrarchByKey);
    return extended;
  }

  /** What a name already names, in words for a loader's error ("the organisation NATO"), if anything. */
  private Optional<String> whatNames(String name) {
    Optional<NameMatch> match = match(name);
    if (match.isPresent()) {
      Actor actor = match.get().actor();
      return Optional.of(switch (match.get().how()) {
        case COUNTRY_NAME -> "the country " + actor.name() + " in actors/countries.tsv";
        case COUNTRY_ADJECTIVE -> "an adjective of " + actor.country().flatMap(this::country).map(Country::name).orElse(actor.name()) + " in actors/countries.tsv";
        case GOVERNMENT_METONYM -> "a seat of government of " + actor.country().flatMap(this::country).map(Country::name).orElse(actor.name()) + " in actors/countries.tsv";
        case REGION -> "the region " + actor.name() + " in actors/regions.tsv";
        case ORGANISATION -> "the organisation " + actor.name() + " in actors/organisations.tsv";
        case PARTY -> "the party " + actor.name() + " (" + actor.country().orElse("-") + ") in actors/parties.tsv";
        case INSTITUTION -> "the institution " + actor.name();
        case PERSON, PETRARCH_ACTOR -> "the actor " + actor.name();
      });
    }
    List<OfficeHolder> holders = peopleByKey.getOrDefault(Names.key(name), List.of());
    return holders.isEmpty() ? Optional.empty() : Optional.of("the office holder " + holders.get(0).name() + " in actors/people.tsv");
  }

  private static java.io.InputStream resource(String name) {
    java.io.InputStream in = ActorDictionary.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new dev.annals.coding.knowledge.KnowledgeFileException("knowledge file " + name + " is missing from the class path");
    }
    return in;
  }

  /** Whether the actor is a political party's (coded as its country's government or opposition). */
  public boolean isParty(Actor actor) {
    return parties.isParty(actor);
  }

  public List<Country> countries() {
    return countries;
  }

  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(countryByIso3.get(iso3));
  }

  public Optional<Organisation> organisation(String code) {
    return Optional.ofNullable(organisationByCode.get(code));
  }

  /**
   * The bloc an organ without members of its own belongs to, by their shared CAMEO code: the
   * European Union for the European Commission.
   */
  public Optional<Organisation> blocOf(Organisation organ) {
    if (!organ.members().isEmpty()) {
      return Optional.empty();
    }
    return organisationByCode.values().stream().filter(o -> o.kind().equals("bloc") && !o.members().isEmpty() && o.cameoCode().equals(organ.cameoCode()))
        .min(java.util.Comparator.comparing(Organisation::code));
  }

  /** The periods of military rule (actors/military-rule.tsv), read on first use. */
  private volatile MilitaryRule militaryRule;

  /** Whether the country's armed forces ruled it on that day: a junta, a military council. */
  public boolean militaryRuled(String iso3, java.time.LocalDate day) {
    MilitaryRule rule = militaryRule;
    if (rule == null) {
      rule = MilitaryRule.load(code -> country(code).isPresent());
      militaryRule = rule;
    }
    return rule.ruled(iso3, day);
  }

  /** Whether a country is one of a region's or an organisation's members ("FRA" of "EUR", of "EU"). */
  public boolean hasMember(String groupCode, String country) {
    return region(groupCode).map(r -> r.members().contains(country)).orElse(false)
        || organisation(groupCode).map(o -> o.members().contains(country)).orElse(false);
  }

  public Optional<Region> region(String code) {
    return Optional.ofNullable(regionByCode.get(code));
  }

  /** The government of a country as an actor: RUSGOV. */
  public static Actor governmentOf(Country country) {
    return new Actor(country.iso3() + "GOV", country.name() + " government", Optional.of(country.iso3()), Optional.of("GOV"), ActorKind.STATE);
  }

  /** Country, region or organisation named exactly by {@code surface} ("Russia", "the Kremlin", "NATO"). */
  public Optional<NameMatch> match(String surface) {
    return match(surface, Optional.empty());
  }

  /**
   * As {@link #match(String)}, for a text of that day: actors of a PETRARCH dictionary may have
   * date-restricted codes ("HOBGOV from 1995 to 1999").
   */
  public Optional<NameMatch> match(String surface, LocalDate when) {
    return match(surface, Optional.of(when));
  }

  private Optional<NameMatch> match(String surface, Optional<LocalDate> when) {
    if (!petrarchByKey.isEmpty()) {
      PetrarchActor petrarch = petrarchByKey.get(Names.key(surface));
      if (petrarch != null) {
        // A known name with no code on that day (PETRARCH's [---]) names no actor at all.
        Optional<String> code = when.isPresent() ? petrarch.codeOn(when.get()) : petrarch.defaultCode();
        return code.map(c -> new NameMatch(petrarchActor(c, petrarch), NameMatch.How.PETRARCH_ACTOR));
      }
    }
    String trimmed = surface.strip();
    NameMatch acronym = byAcronym.get(trimmed.replace(".", ""));
    if (acronym == null) {
      acronym = byAcronym.get(trimmed);
    }
    if (acronym != null) {
      return Optional.of(acronym);
    }
    // A party's names are no country's or organisation's (the loader makes sure), so the order
    // of the two look-ups does not matter.
    Optional<NameMatch> party = parties.match(trimmed, when);
    if (party.isPresent()) {
      return party;
    }
    // Likewise an institution's names are no one else's.
    Optional<Institution> institution = institutions.match(trimmed);
    if (institution.isPresent()) {
      return Optional.of(new NameMatch(institutionActor(institution.get()), NameMatch.How.INSTITUTION));
    }
    if (Names.isAcronym(trimmed) && trimmed.length() <= 4) {
      // "WHO" must not match "who"; the converse holds too: an unknown acronym is not a word.
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(Names.key(trimmed)));
  }

  /** The state actor an institution stands for: the Knesset is ISRLEG, built as any country's sector is. */
  private Actor institutionActor(Institution institution) {
    String countryName = country(institution.country()).map(Country::name).orElse(institution.country());
    return StateActors.stateActor(institution.country(), countryName, Optional.of(institution.sector()));
  }

  private static Actor petrarchActor(String code, PetrarchActor entry) {
    String name = String.join(" ", entry.names().get(0));
    // PETRARCH codes begin with a country or group code of three letters: HOBGOV is of HOB.
    String owner = code.length() >= 3 ? code.substring(0, 3) : code;
    return new Actor(code, name, Optional.of(owner), Optional.empty(), ActorKind.STATE);
  }

  /** The sector of a title or noun ("foreign minister" → GOV), by lemma. */
  public Optional<String> sector(String lemmaPhrase) {
    String term = lemmaPhrase.toLowerCase(Locale.ROOT).strip();
    String found = sectorByTerm.get(term);
    if (found == null && term.endsWith("s") && term.length() > 3) {
      // The lemmatiser leaves some plurals ("troops"); the file lists singulars.
      found = sectorByTerm.get(term.substring(0, term.length() - 1));
    }
    return Optional.ofNullable(found);
  }

  /**
   * How many words the longest name has ("Organization for Security and Co-operation in
   * Europe": seven), so that a phrase is searched for names that long; worked out once, after a
   * user's PETRARCH names are in.
   */
  public int longestNameWords() {
    int longest = longestNameWords;
    if (longest == 0) {
      longest = java.util.stream.Stream.of(byKey.keySet().stream(), petrarchByKey.keySet().stream(), parties.names().stream(), institutions.names().stream())
          .flatMap(s -> s).mapToInt(k -> k.split(" ").length).max().orElse(1);
      longestNameWords = longest;
    }
    return longest;
  }

  public int longestSectorTerm() {
    return longestSectorTerm;
  }

  /**
   * The organisation an office of no country belongs to, read from its role ("Director General
   * of the IAEA" → IAEA, "Secretary-General of the United Nations" → UN).
   */
  public Optional<Actor> organisationOfRole(OfficeHolder holder) {
    String[] words = holder.role().replace(",", " ").split("\\s+");
    for (int length = Math.min(6, words.length); length >= 1; length--) {
      for (int i = 0; i + length <= words.length; i++) {
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + length));
        Optional<NameMatch> match = match(phrase);
        if (match.isPresent() && match.get().how() == NameMatch.How.ORGANISATION) {
          return Optional.of(match.get().actor());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Office holders known by this name ("Putin", "Sergei Lavrov"), those in office on the date
   * first, then the nearest terms.
   */
  public List<OfficeHolder> people(String name, LocalDate when) {
    List<OfficeHolder> found = peopleByKey.getOrDefault(Names.key(name), List.of());
    return found.stream().sorted(Comparator.comparingInt((OfficeHolder p) -> p.yearsAway(when))).toList();
  }
}
