package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.actors.SectorNames;
import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The state authorities that did an act the text tells in the passive without its doer ("five
 * officers had been arrested", "were deported from Khyber Pakhtunkhwa"), for the acts only a
 * state does (cameo/implied-authorities.tsv): the authorities of the place the clause names, or
 * else of the state whose official tells it. Nothing when neither is known: an agentless passive
 * in a text about no state stays uncoded.
 */
final class ImpliedAuthorities {
  static final String RESOURCE = "dev/annals/coding/cameo/implied-authorities.tsv";
  private static final Map<String, String> SECTOR_BY_CODE = load();
  /** Prepositions that place the act: "arrested in Tehran", "deported from Khyber Pakhtunkhwa". */
  private static final Set<String> PLACING = Set.of("obl:in", "obl:at", "obl:from", "obl:near", "obl:outside");

  /** Releasing people or property (0841, 0842): done by whoever holds them. */
  private static final String RELEASE = "084";
  /** Taking people: arresting or detaining (173), abducting (181). */
  private static final Set<String> TAKING = Set.of("173", "181");
  /** Considering a policy option (014): reviewing or reconsidering a measure. */
  private static final String CONSIDERING = "014";
  /** Summoning an envoy (114). */
  private static final String SUMMONS = "114";
  /** Expelling or deporting people (174). */
  private static final String DEPORTATION = "174";
  /** Where a taking verb names whom it took: "were detained", "detained seven farmers". */
  private static final Set<String> TAKEN = Set.of("nsubj:pass", "obj");
  /** Where it names who took them: "by Indonesian soldiers", "soldiers detained". */
  private static final Set<String> TAKER = Set.of("obl:agent", "nsubj");

  private final DependencyIndex index;
  private final ArticleActors actors;
  private final EventLexicon lexicon;
  private final ActorResolver resolver;
  private final StateTellers tellers;
  private final NounActors nounActors;

  ImpliedAuthorities(DependencyIndex index, ArticleActors actors, ActorResolver resolver, StateTellers tellers, EventLexicon lexicon, NounActors nounActors) {
    this.index = index;
    this.nounActors = nounActors;
    this.actors = actors;
    this.lexicon = lexicon;
    this.resolver = resolver;
    this.tellers = tellers;
  }

  /**
   * The authorities that did the passive verb's act of this code to the people its subjects name,
   * when the act is a state's and its state is known. Subjects that name no one ("elections will
   * be held") suffered no act of a state.
   */
  List<ActorMention> of(int verb, List<Integer> subjects, String code) {
    if (code.startsWith(RELEASE)) {
      return holderOf(verb, subjects).or(() -> placeOfHolding(subjects)).map(List::of).orElse(List.of());
    }
    Optional<String> sector = sectorOf(code, verbKeys(verb));
    if (sector.isPresent() && subjects.stream().allMatch(s -> actors.at(s).isEmpty())) {
      // "Finland asked Stockholm for consular access to the captain, which was granted the same
      // day": a thing asked of a state and then given was given by that state.
      List<ActorMention> asked = subjects.stream().flatMap(s -> askedOf(s).stream()).toList();
      if (asked.isEmpty() && code.startsWith(CONSIDERING)) {
        // "The ministry in Seoul said the suspension would be reviewed in September": a measure
        // to be reviewed by no one named is reviewed by the state that tells of it.
        return tellers.tellerOf(verb).filter(StateTellers::isOfAState)
            .map(t -> List.of(new ActorMention(t.span(), t.surface(), branchOf(t.actor(), sector.get())))).orElse(List.of());
      }
      return asked;
    }
    if (sector.isEmpty()) {
      return List.of();
    }
    // "five officers had been arrested": police who arrest police-officers of no country would be
    // read as arresting themselves.
    if (subjects.stream().flatMap(s -> actors.at(s).stream()).allMatch(m -> m.actor().sector().equals(sector) && m.actor().country().isEmpty())) {
      return List.of();
    }
    if (TAKING.stream().anyMatch(code::startsWith) && heldNow(verb) && holderOf(verb, subjects).isPresent()) {
      // "Surinamese soldiers arrested 31 Brazilian gold miners ... the miners, who are being held
      // in Paramaribo": people an earlier verb took, told as held now, are still held by that
      // taking, no new act.
      return List.of();
    }
    if (TAKING.stream().anyMatch(code::startsWith) && stillHeld(verb)) {
      // "asked Doha to help bring home hundreds more children still held in Russia": people told
      // as still held are in a state that lasts, taken by no act the text tells.
      return List.of();
    }
    Optional<ActorMention> place = placeOf(verb);
    // "six of its citizens arrested in Kampala … The men were detained in raids on Tuesday night,
    // Rwanda's foreign ministry said": people taken again in the telling were taken where the
    // first telling placed it, not by the state that tells of it.
    if (place.isEmpty() && TAKING.stream().anyMatch(code::startsWith)) {
      place = placeOfEarlierTaking(verb, subjects);
    }
    if (place.isEmpty() && code.startsWith(DEPORTATION)) {
      // "Israel's navy … detained the 14 activists on board, four of them Colombians … The four
      // Colombians were deported on Monday": people deported by no one named were sent away by
      // the state that held them.
      Optional<ActorMention> holder = holderOf(verb, subjects).filter(h -> h.actor().country().isPresent() && h.actor().kind() == ActorKind.STATE);
      if (holder.isPresent()) {
        ActorMention h = holder.get();
        return List.of(new ActorMention(h.span(), h.surface(), branchOf(h.actor(), sector.get())));
      }
    }
    if (place.isEmpty() && code.startsWith(DEPORTATION)) {
      // "Lao authorities granted consular access the next day, and the first 80 Indonesians were
      // deported on Friday": people deported by no one named, in a clause joined to a state's own
      // act, were sent away by that state.
      Optional<ActorMention> joinedDoer = index.parents(verb).stream().filter(d -> d.relation().startsWith("conj") && d.governor() >= 0)
          .flatMap(d -> index.children(d.governor(), Set.of("nsubj")).stream()).flatMap(subject -> actors.at(subject).stream())
          .filter(StateTellers::isOfAState).findFirst();
      if (joinedDoer.isPresent()) {
        ActorMention doer = joinedDoer.get();
        return List.of(new ActorMention(doer.span(), doer.surface(), branchOf(doer.actor(), sector.get())));
      }
    }
    if (place.isEmpty() && code.startsWith(SUMMONS)) {
      // "France's ambassador in Malabo was summoned on Friday": an envoy is summoned by the state
      // the text says he is posted in.
      place = subjects.stream().flatMap(s -> index.children(s, Set.of("nmod:in")).stream())
          .flatMap(p -> actors.at(p).stream().filter(StateTellers::isOfAState)).findFirst();
    }
    Optional<ActorMention> state = place.or(() -> tellerOf(verb, code, subjects));
    // "prosecutors said they would be charged": a teller of the law's own branches tells of its
    // own act, which police and courts alike may do.
    String branch = place.isEmpty() && state.isPresent() && LAW_BRANCHES.contains(sector.get())
        ? state.get().actor().sector().filter(LAW_BRANCHES::contains).orElse(sector.get()) : sector.get();
    return state.map(s -> List.of(new ActorMention(s.span(), s.surface(), branchOf(s.actor(), branch)))).orElse(List.of());
  }

  /** Verbs of asking someone for something. */
  private static final Set<String> ASKING = Set.of("ask", "request", "seek", "press", "petition");

  /** The states a thing was asked of in its own sentence: "asked Stockholm for consular access". */
  private List<ActorMention> askedOf(int thing) {
    return index.head(thing).filter(d -> d.relation().equals("obl:for") && d.governor() >= 0 && ASKING.contains(index.lemma(d.governor())))
        .map(d -> nounActors.of(index.children(d.governor(), Set.of("obj"))).stream()
            .filter(a -> a.actor().country().isPresent() && a.actor().kind() == ActorKind.STATE).toList())
        .orElse(List.of());
  }

  /** "are being held", "is held": a passive in the present, of a state that lasts. */
  private boolean heldNow(int verb) {
    return index.children(verb, Set.of("aux", "aux:pass", "cop")).stream()
        .anyMatch(a -> PRESENT_AUXILIARIES.contains(index.token(a).text().toLowerCase(java.util.Locale.ROOT)));
  }

  /** A verb of holding people that "still" makes a lasting state: "children still held in Russia". */
  private boolean stillHeld(int verb) {
    return HOLDING.contains(index.lemma(verb).toLowerCase(java.util.Locale.ROOT))
        && index.children(verb, Set.of("advmod")).stream().anyMatch(a -> index.token(a).text().equalsIgnoreCase("still"));
  }

  /** Words that put a passive in the present: "is held", "are being held". */
  private static final Set<String> PRESENT_AUXILIARIES = Set.of("is", "are", "am", "being");

  /** The branches that arrest, charge and try people. */
  private static final Set<String> LAW_BRANCHES = Set.of("COP", "JUD");

  /**
   * The branch of the state's own authorities; for an official of no country the text names
   * ("the Interior Ministry said"), the branch of no country, which the article's places then
   * place as they place "the police".
   */
  private Actor branchOf(Actor state, String sector) {
    return state.country().map(c -> resolver.stateActor(c, Optional.of(sector)))
        .orElseGet(() -> new Actor(sector, SectorNames.of(sector), Optional.empty(), Optional.of(sector), ActorKind.GROUP));
  }

  /** The branch of the state that does acts of this code, by the longest matching prefix. */
  static Optional<String> sectorOf(String code) {
    return sectorOf(code, List.of());
  }

  /**
   * How the table may name the verb: with the noun it puts its object in or on first ("put+trial"
   * for "would be put on trial", the courts' act, where "put in custody" is the police's), then
   * alone.
   */
  private List<String> verbKeys(int verb) {
    String lemma = index.lemma(verb);
    List<String> keys = new java.util.ArrayList<>();
    index.children(verb).stream().filter(d -> d.relation().startsWith("obl") || d.relation().equals("obj"))
        .forEach(d -> keys.add(lemma + "+" + index.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT)));
    keys.add(lemma);
    return keys;
  }

  /**
   * The branch of the state that does acts of this code told by this verb: a line for the verb
   * first ("tried" is the courts' though other 173 acts are the police's), then the code's, each by
   * the longest matching prefix.
   */
  static Optional<String> sectorOf(String code, List<String> verbKeys) {
    for (int length = code.length(); length >= 2; length--) {
      for (String verb : verbKeys) {
        String sector = SECTOR_BY_CODE.get(code.substring(0, length) + " " + verb);
        if (sector != null) {
          return Optional.of(sector);
        }
      }
    }
    for (int length = code.length(); length >= 2; length--) {
      String sector = SECTOR_BY_CODE.get(code.substring(0, length));
      if (sector != null) {
        return Optional.of(sector);
      }
    }
    return Optional.empty();
  }

  /**
   * "Seven farmers were detained by Indonesian soldiers ... the farmers were freed hours later":
   * who releases people is who took them, told earlier in the article by a verb of taking whose
   * object names the same people (the same actor, or the same noun).
   */
  private Optional<ActorMention> holderOf(int release, List<Integer> released) {
    for (int verb = release - 1; verb >= 0; verb--) {
      if (!index.token(verb).tag().startsWith("VB") || !takes(index.lemma(verb))) {
        continue;
      }
      boolean same = index.children(verb, TAKEN).stream().anyMatch(taken -> released.stream().anyMatch(r -> samePeople(taken, r)));
      if (!same) {
        continue;
      }
      for (int taker : index.children(verb, TAKER)) {
        Optional<ActorMention> holder = actors.at(taker).stream().findFirst();
        if (holder.isPresent()) {
          return holder;
        }
      }
    }
    return Optional.empty();
  }

  /** Participles that tell where people were held: "an engineer held in Dubai", "two sailors detained in Iran". */
  private static final Set<String> HOLDING = Set.of("hold", "jail", "imprison", "detain", "arrest", "keep");

  /**
   * "An Irish engineer held in Dubai for six weeks was released": whoever frees people is the
   * police of the state where the released were held, as the participle on them tells it.
   */
  private Optional<ActorMention> placeOfHolding(List<Integer> released) {
    for (int person : released) {
      for (int held : index.children(person, Set.of("acl"))) {
        if (HOLDING.contains(index.lemma(held))) {
          Optional<ActorMention> state = placeOf(held);
          if (state.isPresent()) {
            ActorMention s = state.get();
            return Optional.of(new ActorMention(s.span(), s.surface(), branchOf(s.actor(), sectorOf("173").orElse("GOV"))));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The state of the place where the same people were told taken before, by a participle on them ("citizens arrested in Kampala"). */
  private Optional<ActorMention> placeOfEarlierTaking(int verb, List<Integer> taken) {
    for (int earlier = verb - 1; earlier >= 0; earlier--) {
      int noun = earlier;
      if (taken.contains(noun) || taken.stream().noneMatch(t -> samePeople(noun, t))) {
        continue;
      }
      for (int participle : index.children(noun, Set.of("acl"))) {
        if (HOLDING.contains(index.lemma(participle)) && participle < verb) {
          Optional<ActorMention> state = placeOf(participle);
          if (state.isPresent()) {
            return state;
          }
        }
      }
      // "Dutch police arrested three Turkish nationals in Rotterdam ... One of the men was
      // charged": so is a verb of taking whose object they were.
      Optional<Integer> taking = index.head(noun).filter(h -> TAKEN.contains(h.relation()) && h.governor() >= 0 && h.governor() < verb
          && index.token(h.governor()).isVerb() && takes(index.lemma(h.governor()))).map(h -> h.governor());
      Optional<ActorMention> state = taking.flatMap(this::placeOf);
      if (state.isPresent()) {
        return state;
      }
    }
    return Optional.empty();
  }

  /**
   * The verb alone means taking people ("detain", "arrest", "abduct"), not only with some object
   * ("summoned the ambassador" is no arrest, though "summoned the suspect" is).
   */
  private boolean takes(String lemma) {
    return lexicon.verbPatterns(lemma).stream()
        .anyMatch(p -> p.objects().isEmpty() && p.particle().isEmpty() && TAKING.stream().anyMatch(p.code()::startsWith));
  }

  private boolean samePeople(int earlier, int later) {
    if (index.lemma(earlier).equals(index.lemma(later))) {
      return true;
    }
    Set<String> codes = actors.at(later).stream().map(m -> m.actor().code()).collect(Collectors.toSet());
    return !codes.isEmpty() && actors.at(earlier).stream().anyMatch(m -> codes.contains(m.actor().code()));
  }

  /** Places named by the town they serve: "Maputo airport", "Karachi port". */
  private static final Set<String> FACILITIES = Set.of("airport", "port", "harbour", "harbor", "station", "prison", "jail", "terminal", "checkpoint");

  /** The country of a place the clause names. */
  private Optional<ActorMention> placeOf(int verb) {
    for (Dependency d : index.children(verb)) {
      if (PLACING.contains(d.relation())) {
        Optional<ActorMention> state = actors.at(d.dependent()).stream().filter(StateTellers::isOfAState).findFirst();
        if (state.isEmpty() && actors.at(d.dependent()).isEmpty() && index.token(d.dependent()).isProperNoun()) {
          // "held in Dubai": a town no dictionary holds is placed by Annals' gazetteer.
          state = nounActors.townNamed(d.dependent());
        }
        if (state.isEmpty() && actors.at(d.dependent()).isEmpty() && FACILITIES.contains(index.lemma(d.dependent()))) {
          // "arrested at Maputo airport": so is the town a facility is named by.
          state = index.children(d.dependent(), Set.of("compound")).stream().filter(c -> index.token(c).isProperNoun())
              .map(nounActors::townNamed).flatMap(Optional::stream).findFirst();
        }
        if (state.isPresent()) {
          return state;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Pakistani officials said more than 12,000 Afghans had been deported": the teller's state. Not
   * when the clause takes its people to another state ("Kyiv says children have been deported
   * to Russia"): a state that tells of its people taken elsewhere is telling of another's act; but
   * suspects handed over to another state are the teller's to hand over.
   */
  private Optional<ActorMention> tellerOf(int verb, String code, List<Integer> subjects) {
    List<ActorMention> receivingStates = index.children(verb, Set.of("obl:to", "obl:into")).stream()
        .flatMap(to -> actors.at(to).stream()).filter(StateTellers::isOfAState).toList();
    if (receivingStates.isEmpty()) {
      return tellers.tellerOf(verb);
    }
    // "The suspects will be handed over to the Seychelles for trial, Spain's defence ministry
    // said": suspects are handed over by the state that holds them, which tells of it; only the
    // state they go to is no doer. So are people of another country sent away ("Kenya's interior
    // ministry said the two Rwandan men had been deported to Rwanda"); but a state's own people
    // taken to another state are that state's act ("Kyiv says 200 children have been deported to
    // Russia").
    return tellers.tellerOf(verb).filter(t -> t.actor().country().isPresent()
        && receivingStates.stream().noneMatch(r -> r.actor().country().equals(t.actor().country()))
        && (code.startsWith(HANDOVER) || subjects.stream().flatMap(s -> actors.at(s).stream())
            .anyMatch(people -> people.actor().country().isPresent() && !people.actor().country().equals(t.actor().country()))));
  }

  /** CAMEO's judicial cooperation: suspects handed over or extradited between states. */
  private static final String HANDOVER = "063";

  private static Map<String, String> load() {
    Map<String, String> byCode = new HashMap<>();
    for (Row row : TsvFile.readResource(RESOURCE, 2)) {
      String code = row.field(0).strip();
      String sector = row.field(1).strip();
      List<String> verbs = row.values(2);
      if (!code.matches("\\d{2,4}")) {
        throw row.error("code must be 2 to 4 digits of a CAMEO code, was '" + code + "'");
      }
      if (!ActorResolver.STATE_SECTORS.contains(sector)) {
        throw row.error("sector must be one of " + ActorResolver.STATE_SECTORS + ", was '" + sector + "'");
      }
      for (String key : verbs.isEmpty() ? List.of(code) : verbs.stream().map(v -> code + " " + v).toList()) {
        if (byCode.put(key, sector) != null) {
          throw row.error("code " + key + " appears twice");
        }
      }
    }
    return Map.copyOf(byCode);
  }
}
