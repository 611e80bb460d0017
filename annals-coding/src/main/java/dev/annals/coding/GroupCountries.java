package dev.annals.coding;

import dev.annals.coding.actors.ActorResolver;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import dev.annals.model.PlaceMention;
import dev.annals.model.Span;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * "Thousands of protesters rallied in Tbilisi": a group named without a country belongs to the
 * country where the event happened, as GDELT codes it, or else to the country the article is
 * about. "The army" of no country that neither place nor article could place names no one.
 */
final class GroupCountries {
  /** The actor of a country's state sector: "CHN", GOV is China's government. */
  private final BiFunction<String, Optional<String>, Actor> states;

  GroupCountries(BiFunction<String, Optional<String>, Actor> states) {
    this.states = states;
  }

  /** The mention, its group given the country of the event's place or else the article's home country. */
  ActorMention locate(ActorMention mention, Optional<Place> place, Optional<String> home) {
    return locate(mention, place, Optional.empty(), home);
  }

  /**
   * Besides the event's place, what else places a group: the country of the state official who
   * tells the event ("Security forces fired tear gas, Mali's government said" are Mali's, in a
   * story mostly of Algeria), the article's home country, for police the one country whose police
   * the article names ({@link #namedPolice}: "Israeli police released two settlers ... Police
   * officials said") or else where the story opens ({@link #sceneOfLead}), where its earlier
   * events placed it, for a deed's target the country the article names most, and for an
   * opposition the state whose act the sentence before told, when it shares the article equally
   * with the home country ({@code topic}).
   */
  record Cues(Optional<String> toldBy, Optional<String> home, Optional<String> scene, Optional<ActorMention> police, Optional<ActorMention> military,
      Optional<ActorMention> criminals, Optional<String> leading, GroupPlacements earlier, List<String> byMentions, Optional<String> topic) {
    /**
     * For the target of an event: what a state's official tells of its own side's deed places
     * whom it is done to ("police fired at protesters, Kenya's government said"); not another
     * state's act ("Italy is expected to provide 2,000 soldiers; France said ...") nor words
     * ("The United States supports ... the democratic forces in Serbia", a State Department
     * spokesman said).
     */
    Cues forTargetOf(Actor source, String code, boolean intergovernmental) {
      boolean ownDeed = toldBy.isPresent() && toldBy.equals(source.country()) && DONE_TO_ROOTS.contains(code.substring(0, 2));
      // "The UN peacekeeping mission called on the government to open an investigation", in a
      // story opening in Bambari that names Russia's soldiers most: the unnamed state a body of
      // states addresses is the one where the story happens.
      Optional<String> addressedHome = intergovernmental && scene.isPresent() ? scene : home;
      return ownDeed ? this : new Cues(Optional.empty(), addressedHome, scene, police, military, criminals, leading, earlier, byMentions, topic);
    }
  }

  private static final String OPPOSITION = "OPP";
  /** Police keep order where the story happens, whichever country the article names most. */
  private static final String POLICE = "COP";
  private static final String MILITARY = "MIL";
  /** Soldiers named by that word alone, with no side or kind of their own: "Soldiers", "the troops". */
  private static final Pattern SOLDIERS_ALONE = Pattern.compile("(?i)(the )?(soldiers?|troops)");
  /** Words of a region's or a town's offices: "the regional governor", "the provincial police chief". */
  private static final Set<String> REGIONAL_WORDS = Set.of("regional", "provincial", "municipal", "local", "governor", "mayor");
  /** Criminals: pirates, smugglers, suspects. */
  private static final String CRIMINALS = "CRM";
  /** Civilians of no country told are the people of where the story happens, too. */
  private static final String CIVILIANS = "CVL";
  private static final Set<String> CROWDS = ActorResolver.CROWD_SECTORS;
  /** Places that say less of where a story is told than a town or site does. */
  private static final Set<PlaceKind> WIDE_PLACES = Set.of(PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.SEA);
  /** A title and a name, every word capitalised: "Foreign Minister Javier Martinez-Acha". */
  private static final Pattern NAMED_OFFICIAL = Pattern.compile("\\p{Lu}[\\p{L}.'-]*( \\p{Lu}[\\p{L}.'-]*)+");
  /** Roots of deeds done to a target: yielding (sanctions eased), reduced relations, coercion, assault, force. */
  private static final Set<String> DONE_TO_ROOTS = Set.of("08", "16", "17", "18", "19", "20");

  /**
   * As {@link #locate(ActorMention, Optional, Optional)}: by the event's place, else where the
   * article placed the same words before, or this kind of group (in one country only), else by
   * its teller's state, else by the home country.
   */
  ActorMention locate(ActorMention mention, Optional<Place> place, Cues cues) {
    return locate(mention, place, cues, true);
  }

  /**
   * As above; {@code doer} tells whether the group acts (a crowd that acts is of the scene's
   * country) or is acted on ("talk about this to the public" is the speaker's own public).
   */
  private ActorMention locate(ActorMention mention, Optional<Place> place, Cues cues, boolean doer) {
    if (!isUnplacedGroup(mention.actor())) {
      return mention;
    }
    boolean police = mention.actor().sector().filter(POLICE::equals).isPresent();
    // "Israeli police released two settlers ... Police officials said", in Hebron: the one
    // country's police the article named before are its police, wherever they act. Not police
    // named only later: "police arrested two Swedes" in Oslo, before "Sweden would send police
    // liaison officers to Oslo", are Norway's.
    Optional<String> namedBefore = countryNamedBefore(cues.police(), mention);
    if (police && namedBefore.isPresent()) {
      return inCountry(mention, namedBefore.get());
    }
    // "Myanmar's army raided a scam compound … Soldiers also detained more than 200 workers": so
    // are soldiers, after the one country's armed forces the article named before.
    // Only soldiers named by that word alone: "government forces" are the scene's government's.
    boolean military = mention.actor().sector().filter(MILITARY::equals).isPresent() && SOLDIERS_ALONE.matcher(mention.surface()).matches();
    Optional<String> armyBefore = countryNamedBefore(cues.military(), mention);
    if (military && armyBefore.isPresent()) {
      return inCountry(mention, armyBefore.get());
    }
    Optional<ActorMention> criminals = criminalsNamedBefore(mention, cues);
    if (criminals.isPresent()) {
      return criminals.get();
    }
    Optional<Actor> before = cues.earlier().sameMention(mention).or(() -> cues.earlier().sameKind(mention));
    if (place.isEmpty() && before.isPresent()) {
      return new ActorMention(mention.span(), mention.surface(), before.get());
    }
    // "Police arrested three suspects" in a story of a bombing in Karachi that names China most;
    // "mobs attacked shops owned by foreigners in Durban" in a story told from Harare.
    boolean crowd = doer && mention.actor().sector().filter(CROWDS::contains).isPresent();
    // "opposition leaders accused the prime minister", in a story of riots in Honiara that names
    // Australia and China as often: an opposition is of the country the article is about, else of
    // where the story happens. When two countries share the article equally, of the one the story
    // has just turned to: "Ireland pledged aid … Malawi's health minister thanked Dublin. On
    // Tuesday, the main opposition party accused the government of hiding the true number of
    // deaths" is Malawi's opposition, in a story that names each five times.
    boolean opposition = doer && mention.actor().sector().filter(OPPOSITION::equals).isPresent();
    // "A gas explosion at a Chinese-owned cement plant in Uzbekistan's Jizzakh region killed six
    // workers … Prosecutors opened a criminal investigation": prosecutors, as police, act where
    // the story happens.
    boolean prosecutors = doer && mention.actor().sector().filter(JUDICIARY::equals).isPresent();
    // "…, the regional governor said", "demanded that local officials move them": the officials of a
    // region or a town, where the story happens.
    boolean regional = namesAny(mention, REGIONAL_WORDS);
    return locate(mention, place, cues.toldBy(), police || crowd || prosecutors || regional ? cues.scene().or(cues::home)
        : opposition ? cues.topic().or(cues::home).or(cues::scene) : cues.home());
  }

  /**
   * As {@link #locate(ActorMention, Optional, Cues)} for the target of an event of this code:
   * "ended travel bans on members of the former junta", in a story of Guinea that names four other
   * states: a state's branch that a deed is done to (a sanction eased or imposed, force used) is of
   * the country the article names most, rather than of none. Not one spoken to ("told Congress").
   */
  ActorMention locateTarget(ActorMention mention, Optional<Place> place, Cues cues, String code) {
    ActorMention located = locate(mention, place, cues, false);
    if (isUnplacedStateSector(located) && cues.leading().isPresent() && DONE_TO_ROOTS.contains(code.substring(0, 2))) {
      return inCountry(mention, cues.leading().get());
    }
    return located;
  }

  private ActorMention locate(ActorMention mention, Optional<Place> place, Optional<String> toldBy, Optional<String> home) {
    var actor = mention.actor();
    if (!isUnplacedGroup(actor)) {
      return mention;
    }
    Optional<String> iso3 = place.flatMap(Place::country).or(() -> toldBy).or(() -> home);
    if (iso3.isEmpty()) {
      return mention;
    }
    return inCountry(mention, iso3.get());
  }

  /** The mention of a group of no country as that country's group of the same sector. */
  private ActorMention inCountry(ActorMention mention, String iso3) {
    return new ActorMention(mention.span(), mention.surface(), states.apply(iso3, mention.actor().sector()));
  }

  /**
   * "The Solomon Islands government said the officers had detained two local men": people called
   * local are of where the event happened, or, with no place known, of the state that tells of
   * them, not of whoever acted on them. A side that tells of its own act on locals tells of the
   * people where it acts, the story's scene ("India's embassy said the Indian contractor had paid
   * every bill and accused local subcontractors", in a story opening in Ulaanbaatar, accuses
   * Mongolian firms).
   */
  ActorMention placeLocals(ActorMention target, Optional<Place> place, Cues cues, Actor source) {
    boolean local = namesAny(target, Set.of(LOCAL));
    if (!local || !isUnplacedGroup(target.actor())) {
      return target;
    }
    Optional<String> otherTeller = cues.toldBy().filter(teller -> source.country().isEmpty() || !source.country().get().equals(teller));
    return place.flatMap(Place::country).or(() -> otherTeller).or(cues::scene).or(cues::toldBy).map(country -> inCountry(target, country)).orElse(target);
  }

  private static final String LOCAL = "local";

  /**
   * "Hundreds of job seekers protested outside the South Korean embassy", in a story opening in
   * Seoul: an embassy stands abroad, so a crowd of no country that acts at a state's embassy or
   * consulate is not that state's people, whatever the scene or home country said; it goes to
   * the country the article names most besides.
   */
  ActorMention placeCrowdAwayFromMission(ActorMention unplaced, ActorMention located, Optional<ActorMention> target, Cues cues) {
    boolean crowd = isUnplacedGroup(unplaced.actor()) && unplaced.actor().sector().filter(CROWDS::contains).isPresent();
    Optional<String> missionOf = target.filter(GroupCountries::isMission).flatMap(t -> t.actor().country());
    if (!crowd || missionOf.isEmpty() || !missionOf.equals(located.actor().country())) {
      return located;
    }
    return cues.byMentions().stream().filter(c -> !c.equals(missionOf.get())).findFirst().map(c -> inCountry(unplaced, c)).orElse(located);
  }

  /** A state's post abroad: "the South Korean embassy", "Japan's consulate", "the British High Commission". */
  private static final Pattern MISSION = Pattern.compile("(?i)\\b(embass(y|ies)|consulates?|high commissions?)\\b");

  /** Whether the mention names a state's post abroad: "the embassy", "Japan's consulate". */
  static boolean isMission(ActorMention mention) {
    return MISSION.matcher(mention.surface()).find();
  }

  /** Whether one of the words of the mention's text is one of these. */
  private static boolean namesAny(ActorMention mention, Set<String> words) {
    return wordsOf(mention.surface()).anyMatch(words::contains);
  }

  /** The words of a mention's text, in lower case. */
  private static java.util.stream.Stream<String> wordsOf(String surface) {
    return java.util.Arrays.stream(surface.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
  }

  /**
   * "... had detained two local men … the men had been released": a group an earlier event of
   * the article placed stays where it was placed, before any guess from who acts on it.
   */
  Optional<ActorMention> placeAsBefore(ActorMention target, Cues cues) {
    return cues.earlier().sameMention(target).or(() -> cues.earlier().sameKind(target)).map(a -> new ActorMention(target.span(), target.surface(), a));
  }

  /**
   * "Ugandan police arrested opposition leader Bobi Wine", "Nicaragua freed 22 political
   * prisoners": whom a state arrests, bans or frees, when no country of theirs is told, are its
   * own people. "Army chief al-Burhan visited troops in Gallabat": the troops a state's man
   * visits, when no country of theirs is told, are his own.
   */
  /**
   * "Cameroon rejected an offer by Canada to host talks between the government and separatist
   * groups": those a state offers to mediate between are not its own; groups of no country placed
   * in the mediator's country go to the country the article names most after it.
   */
  ActorMention placeApartFromMediator(ActorMention unplaced, ActorMention placed, Actor source, String code, Cues cues) {
    if (!code.startsWith(GoodOffices.MEDIATION) || !isUnplacedGroup(unplaced.actor()) || source.country().isEmpty() || !placed.actor().country().equals(source.country())) {
      return placed;
    }
    return cues.byMentions().stream().filter(c -> !source.country().get().equals(c)).findFirst().map(c -> inCountry(unplaced, c)).orElse(placed);
  }

  /**
   * "Separatist leaders welcomed the Canadian offer and urged Yaounde to free jailed activists":
   * rebels or an opposition of no country that ask something of a state's government in their own
   * sentence are that state's own, wherever else the story is told from. So are farmers,
   * landowners and workers ("Landowners blocked the only road into the valley, demanding
   * compensation from the provincial government"): what they ask a government for is their own
   * state's to give.
   */
  static Optional<String> countryOfGovernmentAddressed(ActorMention source, List<dev.annals.coding.cameo.CodedMention> coded, Set<String> placesInSentence) {
    boolean challengers = source.actor().sector().filter(DOMESTIC_CHALLENGERS::contains).isPresent();
    boolean askers = source.actor().sector().filter(ASKERS_OF_THEIR_OWN::contains).isPresent();
    boolean legislators = source.actor().sector().filter(LEGISLATURE::equals).isPresent();
    if (!isUnplacedGroup(source.actor()) || !challengers && !askers && !legislators) {
      return Optional.empty();
    }
    // Farmers' and workers' government is only one named plainly ("the provincial government"),
    // not an agency of another state read as what is asked of. Legislators of no country hold to
    // account a government named so too ("several lawmakers accused it of signing too many foreign
    // arms deals", "it" the ministry): they are its own, where "lawmakers accused Russia" are not.
    List<String> addressed = coded.stream().filter(c -> c.source().span().equals(source.span())
            && (ADDRESSING_ROOTS.contains(c.type().rootCode()) || (legislators && HOLDING_TO_ACCOUNT_ROOTS.contains(c.type().rootCode()))))
        .flatMap(c -> c.target().stream()).filter(t -> challengers || isPlainGovernment(t.surface()) || (legislators && isOfficeNamedPlainly(t.surface())))
        .map(ActorMention::actor)
        .filter(a -> a.sector().filter("GOV"::equals).isPresent() && a.country().isPresent()).map(a -> a.country().get()).distinct().toList();
    // ("Coca growers in the Chapare region blocked the highway between Cochabamba and Santa Cruz,
    // demanding that the government keep the US Drug Enforcement Administration out", with "the
    // government" read as Washington's: farmers whose sentence places them in another country
    // are not that government's.)
    boolean placedElsewhere = !challengers && addressed.size() == 1 && placesInSentence.stream().anyMatch(c -> !c.equals(addressed.get(0)));
    return addressed.size() == 1 && !placedElsewhere ? Optional.of(addressed.get(0)) : Optional.empty();
  }

  /**
   * "Opposition lawmakers walked out of Uganda's parliament and accused the government": lawmakers
   * of no country whose own act names a country's legislature as where it was done (a phrase of
   * their verb: "out of", "in", "at") sit in it, wherever else the story is told from.
   */
  static Optional<String> countryOfChamberLeft(DependencyIndex index, dev.annals.coding.actors.ArticleActors actors, ActorMention source,
      List<dev.annals.coding.cameo.CodedMention> coded) {
    if (!isUnplacedGroup(source.actor()) || source.actor().sector().filter(LEGISLATURE::equals).isEmpty()) {
      return Optional.empty();
    }
    List<String> chambers = coded.stream().filter(c -> c.source().span().equals(source.span()))
        .flatMap(c -> index.children(c.trigger()).stream()).filter(d -> d.baseRelation().equals("obl"))
        .flatMap(d -> actors.at(d.dependent()).stream()).map(ActorMention::actor)
        .filter(a -> a.sector().filter(LEGISLATURE::equals).isPresent() && a.country().isPresent()).map(a -> a.country().get()).distinct().toList();
    return chambers.size() == 1 ? Optional.of(chambers.get(0)) : Optional.empty();
  }

  /**
   * Rebels and an opposition, who challenge their own state; farmers and workers, who ask theirs
   * (not civilians at large: protesters outside an embassy ask a foreign state).
   */
  private static final Set<String> DOMESTIC_CHALLENGERS = Set.of("REB", OPPOSITION);
  private static final Set<String> ASKERS_OF_THEIR_OWN = Set.of("AGR", "LAB");
  private static final String LEGISLATURE = "LEG";
  private static final String BUSINESS = "BUS";
  /** A firm named by its owners' country: "a Chinese-owned company", "a Canadian-run mine operator". */
  private static final Pattern OWNED_BY = Pattern.compile("(?i)\\b\\p{L}+ ?- ?(owned|run|operated|controlled)\\b");
  /** Roots of holding a government to account: accusing and criticising it. */
  private static final Set<String> HOLDING_TO_ACCOUNT_ROOTS = Set.of("11");
  /** Words of a government named with no country: "the provincial government", "local authorities", "the outgoing government". */
  private static final Set<String> PLAIN_GOVERNMENT_WORDS = Set.of("the", "government", "authorities", "provincial", "regional", "local", "state", "federal",
      "national", "central", "district", "municipal", "county", "ministry", "it", "outgoing", "incoming", "current", "interim", "caretaker", "transitional");

  private static boolean isPlainGovernment(String surface) {
    return wordsOf(surface).allMatch(PLAIN_GOVERNMENT_WORDS::contains);
  }

  /** Words for a member of a government named by office: "the transport minister", "the interior secretary". */
  private static final Set<String> OFFICE_WORDS = Set.of("minister", "secretary", "ministry", "department", "cabinet");

  /**
   * "Opposition lawmakers accused the transport minister of hiding the terms of the deal": a
   * minister or ministry named by office alone, in words of no name (no capital), is the
   * government of the lawmakers who hold it to account.
   */
  private static boolean isOfficeNamedPlainly(String surface) {
    List<String> words = wordsOf(surface).toList();
    return !words.isEmpty() && OFFICE_WORDS.contains(words.get(words.size() - 1)) && !ActorResolver.namesByName(surface);
  }

  /**
   * Roots of asking something of a side: appeals and demands. (Not accusations: "A rebel faction
   * loyal to Salif Sadio accused Bissau" are Senegal's rebels blaming a neighbour.)
   */
  private static final Set<String> ADDRESSING_ROOTS = Set.of("02", "10");

  ActorMention placeBesideSource(ActorMention target, dev.annals.model.Actor source, String code) {
    var actor = target.actor();
    boolean ownTroops = code.equals("042") && actor.sector().filter("MIL"::equals).isPresent()
        && source.sector().filter(ActorResolver.STATE_SECTORS::contains).isPresent();
    boolean domestic = code.startsWith("17") || code.startsWith("084") || ownTroops;
    if (!domestic || actor.kind() != ActorKind.GROUP || actor.country().isPresent() || source.country().isEmpty()) {
      return target;
    }
    return inCountry(target, source.country().get());
  }

  /**
   * "The Central African government … blamed an armed group active near the border with
   * Cameroon", in a story that opens in Bozoum but names China most: armed men of no country and
   * no place that a state blames or condemns in a story set in its own land are its own
   * country's. (Men placed by the event or their own phrase, "armed groups in the town of
   * Ghadames", are of that place; a state that blames men in a story set abroad leaves them to
   * the other cues.)
   */
  ActorMention placeArmedGroupBlamedByState(ActorMention target, Optional<Place> place, Actor source, String code, Cues cues) {
    boolean blamedArmed = code.startsWith("11") && target.actor().sector().filter(ActorResolver.ARMED_GROUP_SECTORS::contains).isPresent()
        && source.sector().filter(ActorResolver.STATE_SECTORS::contains).isPresent();
    if (!blamedArmed || place.isPresent() || !isUnplacedGroup(target.actor()) || source.country().isEmpty() || !cues.scene().equals(source.country())) {
      return target;
    }
    return inCountry(target, source.country().get());
  }

  /**
   * "Thousands of students marched on the National Assembly to demand that lawmakers reject the
   * accord": a state's branch of no country that a country's own people (students, workers, the
   * opposition, not its state) act on is their country's.
   */
  ActorMention placeStateBesidePeople(ActorMention target, Actor source) {
    boolean people = source.country().isPresent() && source.sector().filter(s -> !ActorResolver.STATE_SECTORS.contains(s)).isPresent();
    if (!people || !isUnplacedStateSector(target)) {
      return target;
    }
    return inCountry(target, source.country().get());
  }

  /** Roots of words put to another side: appeals, demands, accusations, rejections, threats. */
  private static final Set<String> WORDS_TO_ANOTHER_SIDE = Set.of("02", "10", "11", "12", "13");
  /** Words that set a group apart from those the story names. */
  private static final Set<String> OTHERS = Set.of("other", "another");

  /**
   * "The Philippine foreign secretary … urged the generals to free political prisoners", in a
   * story of Manila and Naypyitaw that no one country dominates: a known state branch of no country that
   * a state's side appeals to, demands of, accuses, rejects or threatens, left unplaced by
   * {@link #locateTarget}, is of the country the article names most after the source's own.
   */
  ActorMention placeStateAcrossFromSource(ActorMention target, Actor source, String code, Cues cues) {
    boolean state = source.country().isPresent() && source.sector().filter(ActorResolver.STATE_SECTORS::contains).isPresent();
    // "the generals": a branch the story takes as known. Not "other governments hosting the
    // missions", of no country named.
    boolean known = target.surface().toLowerCase(java.util.Locale.ROOT).startsWith("the ") && !namesAny(target, OTHERS);
    if (!state || cues.home().isPresent() || !isUnplacedStateSector(target) || !WORDS_TO_ANOTHER_SIDE.contains(code.substring(0, 2)) || !known) {
      return target;
    }
    return cues.byMentions().stream().filter(c -> !source.country().get().equals(c)).findFirst().map(c -> inCountry(target, c)).orElse(target);
  }

  /**
   * "President Jose Raul Mulino ... accused opposition groups of spreading lies": the opposition a
   * state's authorities act on, left of no country by {@link #locateTarget} (neither the event's
   * place nor the article's home country placed it), is their own.
   */
  ActorMention placeOppositionBesideState(ActorMention target, Actor source) {
    var actor = target.actor();
    boolean opposition = actor.sector().filter(OPPOSITION::equals).isPresent() && actor.country().isEmpty();
    boolean state = source.country().isPresent() && source.sector().filter(ActorResolver.STATE_SECTORS::contains).isPresent();
    if (!opposition || !state) {
      return target;
    }
    return inCountry(target, source.country().get());
  }

  /** Arrest or detention (173), abduction (181), seizure (1711): holding someone or something. */
  private static final Set<String> HOLDING = Set.of("173", "181", "1711");
  /**
   * What a court or prosecutor does to those held: charge or arrest (173), convict (116), sue
   * (115), or free them by its order ("A court on the Colombian island of San Andres ... ordered
   * the crew released", read as a demand for release, 1053, until sector-fitted codes make it the
   * release it is, 0841).
   */
  private static final Set<String> LEGAL_PROCESS = Set.of("173", "116", "115", "1053", "0841");
  private static final String JUDICIARY = "JUD";

  /**
   * "Liberian police detained 14 Sierra Leonean gold miners … A magistrate's court in Grand Cape
   * Mount County charged them": a court of no country placed that charges, convicts or sues
   * foreigners a state's forces held is that state's court, wherever the article's other cues
   * would put it. By the country of those held: each country whose people one other state held.
   *
   * @return for the country of those held, the country that held them
   */
  static Map<String, String> holdersOfForeigners(List<dev.annals.coding.cameo.CodedMention> coded) {
    Map<String, String> holders = new java.util.HashMap<>();
    Set<String> contested = new java.util.HashSet<>();
    for (var m : coded) {
      Optional<String> holder = m.source().actor().country();
      Optional<String> held = m.target().flatMap(t -> t.actor().country());
      if (!HOLDING.contains(m.type().code()) || m.negated() || holder.isEmpty() || held.isEmpty() || holder.equals(held)) {
        continue;
      }
      String before = holders.putIfAbsent(held.get(), holder.get());
      if (before != null && !before.equals(holder.get())) {
        contested.add(held.get());
      }
    }
    contested.forEach(holders::remove);
    return holders;
  }

  /** Whether the event is a court's or prosecutor's of no country, acting on people of a country. */
  private static boolean isUnplacedLegalProcess(dev.annals.coding.cameo.CodedMention m) {
    Actor source = m.source().actor();
    return LEGAL_PROCESS.contains(m.type().code()) && isUnplacedGroup(source) && source.sector().equals(Optional.of(JUDICIARY))
        && m.target().flatMap(t -> t.actor().country()).isPresent();
  }

  /** Each court of no country that charges, convicts or sues foreigners a state held, placed in that state. */
  static List<dev.annals.coding.cameo.CodedMention> courtsOfHolders(List<dev.annals.coding.cameo.CodedMention> coded,
      java.util.function.BiFunction<String, Optional<String>, Actor> states) {
    Map<String, String> holders = holdersOfForeigners(coded);
    return coded.stream().map(m -> {
      Optional<String> holder = isUnplacedLegalProcess(m) ? m.target().flatMap(t -> t.actor().country()).map(holders::get) : Optional.empty();
      return holder.map(c -> m.withSource(new ActorMention(m.source().span(), m.source().surface(), states.apply(c, Optional.of(JUDICIARY))))).orElse(m);
    }).toList();
  }

  /**
   * "Prime Minister Inga Ruginiene accused Minsk": an office holder of no country whom the
   * article's home country would place in the state they accuse would accuse themselves. Such a
   * person is placed, for every event of theirs, in the article's most named other country. With
   * no home country, one who deals with another state is placed in the country named most.
   *
   * @return the placement of each such unplaced actor
   */
  static Map<Actor, Actor> apartFromTheirTargets(List<dev.annals.coding.cameo.CodedMention> coded, Optional<String> home, List<String> countriesByMentions,
      BiFunction<String, Optional<String>, Actor> states) {
    Map<Actor, Actor> placed = new HashMap<>();
    Optional<String> wouldBe = home.or(() -> countriesByMentions.stream().findFirst());
    for (var m : coded) {
      Actor unplaced = m.source().actor();
      // "A coalition of armed gangs warned that foreign police would be treated as enemy
      // combatants": any group of no country that deals with those its own words call foreign is
      // not of their country.
      boolean againstForeigners = isUnplacedGroup(unplaced) && m.target().filter(t -> FOREIGNERS.matcher(t.surface()).find()).isPresent();
      if (!(isUnplacedStateSector(m.source()) || againstForeigners) || m.target().isEmpty() || placed.containsKey(unplaced) || wouldBe.isEmpty()) {
        continue;
      }
      Actor target = m.target().get().actor();
      boolean ofState = target.sector().map(ActorResolver.STATE_SECTORS::contains).orElse(target.kind() == ActorKind.STATE);
      if (ofState && target.country().equals(wouldBe)) {
        countriesByMentions.stream().filter(c -> !c.equals(wouldBe.get())).findFirst()
            .ifPresent(other -> placed.put(unplaced, states.apply(other, unplaced.sector())));
      } else if (ofState && home.isEmpty() && target.country().isPresent() && NAMED_OFFICIAL.matcher(m.source().surface()).matches()) {
        // "The agreement, signed by Foreign Minister Javier Martinez-Acha and U.S. Secretary of
        // State Marco Rubio": with no home country to place them, an official of no country named
        // by title and name who deals with another state's is of the country the article names
        // most; not "diplomats" or "governments" of many countries.
        placed.put(unplaced, states.apply(wouldBe.get(), unplaced.sector()));
      }
    }
    return placed;
  }

  /**
   * "foreign police", "foreign troops": a side its own words set apart as another country's (not
   * a state's office for foreign affairs: "Italy's foreign ministry").
   */
  private static final Pattern FOREIGNERS = Pattern.compile("(?i)\\bforeign (?!minist|affairs|office|secretar|policy|service|relations|trade|exchange|currenc|aid|investment)");

  /** The countries of the article's actor mentions, most mentioned first. */
  static List<String> countriesByMentions(List<ActorMention> mentions) {
    return mostMentionedFirst(mentionsByCountry(mentions));
  }

  /** The country the article's actors name more often than any other, when one does. */
  static Optional<String> leadingCountry(List<ActorMention> mentions) {
    Map<String, Integer> counts = mentionsByCountry(mentions);
    List<String> ranked = mostMentionedFirst(counts);
    boolean ahead = ranked.size() == 1 || (ranked.size() > 1 && counts.get(ranked.get(0)) > counts.get(ranked.get(1)));
    return ahead ? Optional.of(ranked.get(0)) : Optional.empty();
  }

  private static List<String> mostMentionedFirst(Map<String, Integer> counts) {
    return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
  }

  private static Map<String, Integer> mentionsByCountry(List<ActorMention> mentions) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (ActorMention mention : mentions) {
      mention.actor().country().ifPresent(c -> counts.merge(c, 1, Integer::sum));
    }
    return counts;
  }

  /**
   * "A suicide bomber rammed a car into a convoy carrying Chinese engineers near Karachi's airport":
   * the country of the first town or site the lead sentence names, where a wire story's dateline
   * would put it (or the country whose town, district or province it names, though the gazetteer
   * may not know it). Countries, regions and seas say less of where the story is told.
   */
  static Optional<String> sceneOfLead(Span lead, List<PlaceMention> places, String text) {
    return places.stream()
        .filter(p -> lead.contains(p.span()))
        .filter(p -> !WIDE_PLACES.contains(p.place().kind()) || isOwnerOfDivision(p, text))
        .findFirst()
        .flatMap(p -> p.place().country());
  }

  /**
   * "at a Chinese-owned mine in Zimbabwe's Goromonzi district": a country named as the owner of a
   * district, region or province the gazetteer may not know puts the scene in that country as
   * surely as a town would.
   */
  private static final Pattern OWNED_DIVISION = Pattern.compile("^['’]s (\\p{Lu}[\\p{L}'-]* ){1,3}(province|region|district|state|county|governorate|prefecture|municipality)\\b");

  /**
   * "near the Lithuanian town of Rukla": a country's adjective before a word for a town and its
   * name, which the gazetteer may not know, places the town in that country.
   */
  private static final Pattern TOWN_OF_COUNTRY = Pattern.compile("^ (town|city|village|port|district|province|region) of \\p{Lu}");

  private static boolean isOwnerOfDivision(PlaceMention place, String text) {
    return place.place().kind() == PlaceKind.COUNTRY && (OWNED_DIVISION.matcher(text).region(place.span().end(), text.length()).lookingAt()
        || TOWN_OF_COUNTRY.matcher(text).region(place.span().end(), text.length()).lookingAt());
  }

  /**
   * The first mention of police of a country, when the article names one country's police only,
   * leaving out police told as sent somewhere ("Canberra said it would send 80 federal police
   * officers … Police said they had arrested 46 people", in Honiara): police sent abroad are not
   * the police of where the story happens.
   */
  static Optional<ActorMention> namedPolice(List<ActorMention> mentions, java.util.function.Predicate<ActorMention> sent) {
    return namedOnlyOfOneCountry(mentions.stream().filter(m -> !sent.test(m)).toList(), POLICE);
  }

  /** The first mention of armed forces with a country, when the article names armed forces of one country only. */
  static Optional<ActorMention> namedMilitary(List<ActorMention> mentions) {
    return namedOnlyOfOneCountry(mentions, MILITARY);
  }

  /** The first mention of criminals with a country, when the article names criminals of one country only. */
  static Optional<ActorMention> namedCriminals(List<ActorMention> mentions) {
    return namedOnlyOfOneCountry(mentions, CRIMINALS);
  }

  private static Optional<ActorMention> namedOnlyOfOneCountry(List<ActorMention> mentions, String sector) {
    Set<String> countries = new HashSet<>();
    Optional<ActorMention> first = Optional.empty();
    for (ActorMention mention : mentions) {
      if (mention.actor().sector().filter(sector::equals).isPresent() && mention.actor().country().isPresent()) {
        countries.add(mention.actor().country().get());
        if (first.isEmpty() || mention.span().start() < first.get().span().start()) {
          first = Optional.of(mention);
        }
      }
    }
    return countries.size() == 1 ? first : Optional.empty();
  }

  /**
   * "Somali pirates hijacked a bulk carrier … a Spanish frigate … detained seven suspects": criminals
   * of no country are those of the one country the article named criminals of before, not their
   * captor's.
   */
  Optional<ActorMention> criminalsNamedBefore(ActorMention mention, Cues cues) {
    if (!isUnplacedGroup(mention.actor()) || mention.actor().sector().filter(CRIMINALS::equals).isEmpty()) {
      return Optional.empty();
    }
    return countryNamedBefore(cues.criminals(), mention).map(country -> inCountry(mention, country));
  }

  /** The country of a side's one-country mention ({@link #namedOnlyOfOneCountry}), when the article named it before the mention. */
  private static Optional<String> countryNamedBefore(Optional<ActorMention> named, ActorMention mention) {
    return named.filter(n -> n.span().start() < mention.span().start()).flatMap(n -> n.actor().country());
  }

  /** A group named without a country ("protesters", "the army"), which the article may place. */
  static boolean isUnplacedGroup(Actor actor) {
    return actor.kind() == ActorKind.GROUP && actor.country().isEmpty();
  }

  /** A state sector ("the army", "police") that was left without a country. */
  static boolean isUnplacedStateSector(ActorMention mention) {
    var actor = mention.actor();
    return isUnplacedGroup(actor) && ActorResolver.STATE_SECTORS.contains(actor.sector().orElse(""));
  }

  /**
   * The country an article is about, when one clearly dominates: at least half of its mentions
   * of states (in a one-sentence report, the one country it names). Groups it names without a country ("the unions", "protesters") belong there.
   */
  static Optional<String> homeCountry(List<ActorMention> mentions) {
    return halfOfMentions(mentions).entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }

  /**
   * The countries that could be the article's home, each with at least half of its mentions of
   * states: one, or two that share the article equally.
   */
  static Set<String> homeContenders(List<ActorMention> mentions) {
    return halfOfMentions(mentions).keySet();
  }

  /** The countries with at least half of the article's mentions of states, with their counts. */
  private static Map<String, Integer> halfOfMentions(List<ActorMention> mentions) {
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    Set<Actor> ownedAbroad = mentions.stream().filter(m -> m.actor().sector().filter(BUSINESS::equals).isPresent() && OWNED_BY.matcher(m.surface()).find())
        .map(ActorMention::actor).collect(java.util.stream.Collectors.toSet());
    for (ActorMention mention : mentions) {
      // (Not a firm its owners' country names: "a Chinese-owned iron ore company … The company
      // rejected the claims … it" is a foreign firm in the country the story is about, however
      // often it is named.)
      if (mention.actor().country().isPresent() && !ownedAbroad.contains(mention.actor())) {
        counts.merge(mention.actor().country().get(), 1, Integer::sum);
        total++;
      }
    }
    int all = total;
    counts.values().removeIf(count -> count * 2 < all || all < 1);
    return counts;
  }
}
