package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ActorResolver;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whom a verb's event is aimed at: the actors in its lexicon line's target slot, else whom the
 * kind of act concerns (the actor its object names, what a protest is against, the people of
 * the place an easing applies in, the other side of an intent, investigation, broken pledge,
 * ultimatum or demand, the opponents of a show of force).
 */
final class VerbTargets {
  /** Mediation (045). */
  private static final String MEDIATION = "045";
  /** Prepositions that name whom the content of a threat or promise concerns. */
  private static final Set<String> CONTENT_TARGET_RELATIONS = Set.of("on", "against", "with", "to", "from");
  /** Nouns of what is known and told: "intelligence on gang members" is about them. */
  private static final Set<String> INFORMATION_NOUNS = Set.of("intelligence", "information", "data", "datum", "detail", "evidence", "record", "file");
  /** Nouns for a promise made to someone: going back on one is aimed at them. */
  /** Host a visit: the code whose lines may name the place of the visit instead of the guest. */
  private static final String HOSTING = "043";
  /** Seize or destroy property (1711, 1712). */
  private static final String SEIZING_OR_DESTROYING_PROPERTY = "171";
  /** Verbs of handing something over to someone: their object is what is given. */
  /** Verbs of saying again what was said before: "renewed its demand", "reiterated the call". */
  static final Set<String> REPEATING = Set.of("renew", "reiterate", "repeat", "restate", "echo");
  private static final Set<String> TRANSFER_VERBS = Set.of("hand", "give", "supply", "deliver", "send", "ship", "transfer", "donate", "provide", "sell", "lend", "lease");
  private static final Set<String> PLEDGE_NOUNS = Set.of("commitment", "promise", "pledge", "undertaking", "assurance", "guarantee", "obligation", "vow");

  /** Reduce relations (16): restrictions, embargoes, sanctions. */
  private static final String CUTTING_TIES = "16";
  /** Administrative sanctions (172): permits, licences and visas suspended or withheld. */
  private static final String ADMINISTRATIVE_SANCTION = "172";

  /**
   * "would require export permits for chips shipped to South Africa": where the goods a measure
   * is for are sent is whom it is aimed at (the object's "for" or "on" noun, its participle's "to").
   */
  private List<Integer> destinationsOfGoods(List<Integer> objects) {
    List<Integer> destinations = new ArrayList<>();
    for (int object : objects) {
      for (int goods : index.children(object, Set.of("nmod:for", "nmod:on"))) {
        for (int sent : index.children(goods, Set.of("acl"))) {
          destinations.addAll(index.children(sent, Set.of("obl:to")));
        }
        // "suspended labour permits for new jobs in Malaysian factories": where the work a permit
        // is for is done.
        destinations.addAll(index.children(goods, Set.of("nmod:in")));
      }
    }
    return destinations;
  }

  /** Verbs of going to a place, by which a mission's relative clause tells where it was to go. */
  private static final Set<String> GOING_VERBS = Set.of("visit", "travel", "go", "fly");
  /** Clauses of their own inside a noun's words: not where the mission was to go. */
  private static final Set<String> OTHER_CLAUSES = Set.of("ccomp", "parataxis", "conj");
  /** A state's legislature and government, the sectors a protest at a parliament is aimed between. */
  private static final String LEGISLATURE = "LEG";
  private static final String GOVERNMENT = "GOV";
  /** A country's emblems, which a protest burns or tears in its stead. */
  private static final Set<String> EMBLEMS = Set.of("flag", "banner", "emblem");
  /** Verbs of sending goods on their way: where they were sent from is whose they were. */
  private static final Set<String> SHIPPING_VERBS = Set.of("ship", "send", "export", "smuggle", "transport", "dump", "truck");
  /** Sign or approve a formal agreement (057). */
  private static final String AGREEMENT = "057";
  /** Verbs by which a deal lets its other party do something. */
  private static final Set<String> LETTING_VERBS = Set.of("allow", "let", "permit", "enable", "authorize", "authorise", "grant", "give");
  /** Words for a change in an amount or rule: "a rise in its fees", "the tightening of its visa rules". */
  private static final Set<String> CHANGE_NOUNS = Set.of("rise", "increase", "hike", "jump", "surge", "cut", "reduction", "drop", "change", "shift",
      "tightening", "expansion", "extension", "doubling", "tripling");
  /** Words for how people are kept: "conditions in Kuwaiti prisons", "the treatment of detainees". */
  private static final Set<String> KEEPING_NOUNS = Set.of("condition", "treatment");
  /** Places where a state holds people: "conditions in Kuwaiti prisons" are the state's doing. */
  private static final Set<String> CUSTODY_PLACES = Set.of("prison", "jail", "gaol", "camp", "centre", "center", "facility", "cell");
  /** Disapproval (11): criticism, accusations, complaints. */
  private static final String DISAPPROVAL = "11";
  /** Rejections (12), among them a meeting or visit called off or put off (125). */
  private static final String REJECTION = "12";

  /**
   * "Canada postponed a trade mission that was due to visit Hanoi in January": where a mission or
   * visit put off was to go, told in a clause on it, is whom putting it off is aimed at.
   */
  private List<Integer> destinationsOfVisits(List<Integer> objects) {
    List<Integer> destinations = new ArrayList<>();
    // (The parser may hang the clause on the noun loosely: "dep(mission, that)".)
    for (int object : objects) {
      for (int verb : index.subtree(object, OTHER_CLAUSES)) {
        if (verb != object && index.token(verb).isVerb() && GOING_VERBS.contains(lemma(verb))) {
          destinations.addAll(index.children(verb, Set.of("obj", "obl:to")));
        }
      }
    }
    return destinations;
  }

  /** An embargo or boycott: trade stopped. */
  private static final String EMBARGO = "163";

  /** The states the goods' adjectives name: "Uruguayan beef", "Russian oil". */
  private List<ActorMention> goodsOrigins(List<Integer> goods) {
    List<ActorMention> origins = new ArrayList<>();
    for (int thing : goods) {
      for (int adjective : index.children(thing, Set.of("amod", "compound"))) {
        dev.annals.model.Token word = index.token(adjective);
        resolver.modifierActor(word).filter(a -> a.kind() == dev.annals.model.ActorKind.STATE && a.country().isPresent() && a.sector().isEmpty())
            .ifPresent(a -> origins.add(new ActorMention(word.span(), word.text(), a)));
      }
    }
    return origins;
  }

  private final DependencyIndex index;
  private final EventLexicon lexicon;
  private final ActorResolver resolver;
  private final NounActors nounActors;
  private final AttackNouns attacks;
  private final Sending sending;
  private final ProtestAims protestAims;

  VerbTargets(DependencyIndex index, EventLexicon lexicon, ActorResolver resolver, NounActors nounActors, AttackNouns attacks, Sending sending) {
    this.index = index;
    this.lexicon = lexicon;
    this.resolver = resolver;
    this.nounActors = nounActors;
    this.attacks = attacks;
    this.sending = sending;
    this.protestAims = new ProtestAims(index);
  }

  /** The targets of the verb read by the chosen line, whose objects and slot tokens are given, done by the sources. */
  List<ActorMention> of(int verb, VerbPattern chosen, List<Integer> objects, List<Integer> targetTokens, List<ActorMention> sources) {
    List<ActorMention> targets = nounActors.of(withOtherSides(targetTokens));
    if (targets.isEmpty() && BuyingVerbs.LEMMAS.contains(lemma(verb)) && chosen.code().startsWith("06")) {
      // "was ready to buy more Uruguayan beef": goods named by a country's adjective, bought from
      // no one named, are bought from that country.
      targets = ActorMentions.otherSides(goodsOrigins(objects), sources);
    }
    if (chosen.code().startsWith(HOSTING) && chosen.target().kind() == TargetSlot.Kind.PREPOSITION && ActorMentions.otherSides(targets, sources).isEmpty()) {
      // "Xi welcomed Putin to Beijing": the place a guest is welcomed to is the host's own; the
      // guest, the object, is the one hosted.
      targets = ActorMentions.otherSides(nounActors.of(objects), sources);
    }
    // "The army and the SDF exchanged 146 prisoners": two sides that do it to each other are
    // each other's target; the prisoners are what is exchanged.
    boolean eachOther = chosen.reciprocal() && sources.stream().map(ActorMention::actor).distinct().count() >= 2;
    if (eachOther && chosen.target().kind() == TargetSlot.Kind.NONE) {
      // "the two ministers agreed to share intelligence on the militants' movements": a line
      // that names no target slot, done by two sides, is done to each other, not to whom the
      // shared thing is about.
      return List.of();
    }
    // ("handed over two patrol boats": what a verb of handing over moves is the gift, not whom it
    // is for, unless the object names a country: "send Tajikistan drones" sends them to Tajikistan.)
    // ("would buy a third drone": what is bought is the goods, not whom they are bought from,
    // unless the object names a country: "bought Russian jets" buys them from Russia.)
    boolean handedOver = (TRANSFER_VERBS.contains(lemma(verb)) && chosen.code().startsWith("07"))
        || (BuyingVerbs.LEMMAS.contains(lemma(verb)) && chosen.code().startsWith("06"));
    if (targets.isEmpty() && chosen.target().kind() == TargetSlot.Kind.NONE && !chosen.objects().isEmpty() && !chosen.speech() && !eachOther) {
      // "expelled a Russian diplomat": an object that names an actor is the target.
      Set<String> required = chosen.objects();
      // "expelled inspectors of the IAEA": the owner of the object is the target too.
      // "blocked a Philippine supply boat": the object word may be the head's compound; in
      // "unfroze $6 billion in Iranian funds" it is a noun inside the object.
      List<Integer> named = new ArrayList<>();
      // "renewed the Caribbean Community's demand for reparations": a demand one repeats is one's
      // own as well as its owner's, made of a third side, not of its owner.
      boolean repeated = REPEATING.contains(lemma(verb));
      for (int o : objects) {
        if (repeated) {
          continue;
        }
        if (required.contains(lemma(o)) || index.hasChildLemma(o, "compound", required)) {
          named.add(o);
        }
        index.children(o).stream().filter(d -> d.baseRelation().equals("nmod") && required.contains(lemma(d.dependent()))).forEach(d -> named.add(d.dependent()));
      }
      targets = nounActors.of(named).stream().filter(t -> !handedOver || t.actor().country().isPresent()).toList();
      if (targets.isEmpty()) {
        // "staged a strike against Milei's measures", "held protests against the government".
        // Also "carried out killings of civilians", "a campaign of sabotage against Poland",
        // "used tear gas to disperse the crowd".
        List<Integer> opposed = new ArrayList<>();
        List<Integer> objectNouns = new ArrayList<>(objects);
        for (int object : objects) {
          index.children(object).stream().filter(d -> d.relation().equals("nmod:of")).forEach(d -> objectNouns.add(d.dependent()));
        }
        for (int object : objectNouns) {
          for (Dependency d : index.children(object)) {
            boolean eventNoun = !lexicon.nounPatterns(lemma(object)).isEmpty();
            // "demanded the release of detained opposition figures": those freed are not whom it is asked of.
            boolean freed = ReleaseNouns.contains(lemma(object)) && d.relation().equals("nmod:of");
            if (d.relation().equals("nmod:against") || (eventNoun && !freed && (d.relation().equals("nmod:of") || d.relation().equals("nmod:on")))) {
              opposed.add(d.dependent());
            }
            // "boycott all contact with the United States": the other side of a mutual noun.
            if (d.relation().equals("nmod:with") && lexicon.isMutualNoun(lemma(object))) {
              opposed.add(d.dependent());
            }
          }
        }
        for (Dependency d : index.children(verb)) {
          if (d.relation().equals("obl:against")) {
            opposed.add(d.dependent());
          }
        }
        opposed.addAll(contentTargets(verb));
        if (chosen.code().startsWith(CUTTING_TIES) || chosen.code().startsWith(ADMINISTRATIVE_SANCTION)) {
          opposed.addAll(destinationsOfGoods(objects));
          opposed.addAll(sellersBarred(verb));
        }
        if (chosen.code().startsWith(CUTTING_TIES) || chosen.code().startsWith(REJECTION)) {
          opposed.addAll(destinationsOfVisits(objects));
        }
        targets = nounActors.of(opposed);
      }
    }
    boolean objectOrNone = chosen.target().kind() == TargetSlot.Kind.OBJECT || chosen.target().kind() == TargetSlot.Kind.NONE;
    if (targets.isEmpty() && objectOrNone && !chosen.speech() && !eachOther) {
      // "opposed any official contact with Taiwan": what two sides do together, opposed or
      // welcomed, concerns the side named with it; the one acting is not the target of itself.
      List<Integer> otherSide = new ArrayList<>();
      for (int object : objects) {
        if (lexicon.isMutualNoun(lemma(object))) {
          otherSide.addAll(index.children(object, Set.of("nmod:with")));
        }
      }
      targets = ActorMentions.otherSides(nounActors.of(otherSide), sources);
    }
    if (targets.isEmpty() && chosen.code().startsWith("08") && !eachOther) {
      // "shortened the curfew imposed in Sudan", "lifted restrictions in Kashmir": easing is
      // for the people of the place where it applies, its country's civilians (so that a
      // government easing at home is no act on itself: "Sudan's government lifted a state of
      // emergency in Darfur" is SDNGOV on SDNCVL).
      List<Integer> places = new ArrayList<>(index.children(verb, Set.of("obl:in")));
      for (int object : objects) {
        places.addAll(index.children(object, Set.of("nmod:in")));
        for (int clause : index.children(object, Set.of("acl"))) {
          places.addAll(index.children(clause, Set.of("obl:in")));
        }
      }
      // A military retreat ("left the base in western Iraq") is from the place's state, not an
      // easing for its people.
      Optional<String> sector = chosen.code().startsWith("087") ? Optional.empty() : Optional.of("CVL");
      // (A region of several states is no people the act is for: "would not accept any change of
      // borders in the South Caucasus".)
      targets = nounActors.of(places.stream().filter(p -> index.token(p).isProperNoun()).toList()).stream()
          .filter(place -> place.actor().kind() != ActorKind.REGION)
          .map(place -> place.actor().kind() == ActorKind.STATE && place.actor().sector().isEmpty() && place.actor().country().isPresent()
              ? new ActorMention(place.span(), place.surface(), resolver.stateActor(place.actor().country().get(), sector))
              : place)
          .toList();
    }
    if (targets.isEmpty() && chosen.code().startsWith(SEIZING_OR_DESTROYING_PROPERTY) && !eachOther) {
      // "demolished about 200 homes in a Haitian shanty town": property taken or destroyed in a
      // place its people's adjective names is theirs, that people's civilians (not a named
      // town's state: "in Abaco" names no owner).
      List<Integer> places = new ArrayList<>(index.children(verb, Set.of("obl:in")));
      objects.forEach(object -> places.addAll(index.children(object, Set.of("nmod:in"))));
      List<Integer> placesOfPeoples = places.stream().filter(p -> !index.token(p).isProperNoun() && lexicon.isProxyNoun(lemma(p))).toList();
      Set<Integer> peopleAdjectives = new HashSet<>();
      placesOfPeoples.forEach(p -> peopleAdjectives.addAll(index.children(p, Set.of("amod"))));
      List<ActorMention> peoples = nounActors.of(placesOfPeoples).stream()
          .filter(people -> peopleAdjectives.stream().anyMatch(a -> index.token(a).span().equals(people.span())))
          .filter(people -> people.actor().kind() == ActorKind.STATE && people.actor().sector().isEmpty() && people.actor().country().isPresent())
          .map(people -> new ActorMention(people.span(), people.surface(), resolver.stateActor(people.actor().country().get(), Optional.of("CVL"))))
          .toList();
      targets = ActorMentions.otherSides(peoples, sources);
    }
    if (targets.isEmpty() && chosen.code().startsWith(CUTTING_TIES) && !eachOther) {
      // "froze payments to two projects run by church groups in Nicaragua": what is cut for
      // things of no side of their own is cut for the country they are in.
      List<Integer> places = new ArrayList<>();
      List<Integer> holders = new ArrayList<>(targetTokens);
      objects.forEach(o -> holders.addAll(index.children(o, Set.of("acl", "nmod:to", "nmod:for"))));
      for (int holder : holders) {
        places.addAll(index.children(holder, Set.of("nmod:in")));
        index.children(holder, Set.of("acl")).forEach(clause -> places.addAll(index.children(clause, Set.of("obl:in"))));
        places.addAll(index.children(holder, Set.of("obl:in")));
      }
      targets = ActorMentions.otherSides(nounActors.of(places.stream().filter(p -> index.token(p).isProperNoun()).toList()), sources);
    }
    if (targets.isEmpty() && chosen.code().startsWith(SEIZING_OR_DESTROYING_PROPERTY) && !eachOther) {
      // "seized 32 containers of plastic waste that had been shipped from Canada": goods of no
      // named owner, which their own clause says came from a country, are taken from it.
      targets = ActorMentions.otherSides(nounActors.of(shippedFrom(objects)), sources);
    }
    if (targets.isEmpty() && chosen.code().startsWith("03")) {
      // "pledged to reopen transport links with Armenia": an intent is aimed at whom the
      // intended act concerns, even when that act is no event of its own; a promise to the
      // source's own people ("vowed to bring the students home") is no relation between actors.
      targets = ActorMentions.otherSides(nounActors.of(contentTargets(verb)), sources);
      if (targets.isEmpty() && chosen.undertaking()) {
        targets = ActorMentions.otherSides(nounActors.of(undertakenNounActors(verb)), sources);
      }
    }
    if (targets.isEmpty() && (chosen.code().startsWith("03") || chosen.code().startsWith("07"))) {
      // "pledged 500 million euros in military aid to Ukraine": the recipient told inside the
      // object's phrase.
      targets = ActorMentions.otherSides(nounActors.of(recipientsInside(objects)), sources);
    }
    if (targets.isEmpty() && chosen.code().startsWith("12")) {
      // "refused to let inspectors from the IAEA return": a refusal is aimed at whom the refused
      // act concerns, as an intent is.
      targets = ActorMentions.otherSides(nounActors.of(contentTargets(verb)), sources);
    }
    if (targets.isEmpty() && chosen.code().startsWith(AGREEMENT) && !eachOther) {
      // "approved an agreement allowing Russia to set up a naval base": a deal that names no
      // other party is made with the side it lets do something.
      targets = ActorMentions.otherSides(nounActors.of(partiesLetIn(objects)), sources);
    }
    if (targets.isEmpty() && (chosen.code().startsWith(DISAPPROVAL) || chosen.code().startsWith(REJECTION)) && !chosen.speech() && !eachOther) {
      // "criticised a rise in New Zealand's student visa fees": a change criticised in what a
      // side owns is that side's doing; a step blocked in a side's process ("blocked the closing
      // of two chapters in Montenegro's accession talks") is refused to that side. (Criticism of an
      // act done to what one owns is not aimed at the owner: "condemned foreign interference in
      // Jordan's affairs".)
      boolean refusal = chosen.code().startsWith(REJECTION);
      List<Integer> owners = new ArrayList<>();
      for (int object : objects) {
        if (refusal || CHANGE_NOUNS.contains(lemma(object))) {
          index.children(object, Set.of("nmod:in", "nmod:of", "nmod:to")).forEach(thing -> owners.addAll(index.children(thing, Set.of("nmod:poss"))));
        }
      }
      targets = ActorMentions.otherSides(nounActors.of(owners), sources);
      // "criticised conditions in Kuwaiti prisons": how people are kept in a state's prisons or
      // camps is that state's doing.
      List<Integer> custody = objects.stream().filter(o -> !refusal && KEEPING_NOUNS.contains(lemma(o)))
          .flatMap(o -> index.children(o, Set.of("nmod:in")).stream()).filter(place -> CUSTODY_PLACES.contains(lemma(place))).toList();
      if (targets.isEmpty() && !custody.isEmpty()) {
        List<Integer> keepers = custody.stream().flatMap(place -> index.children(place, Set.of("nmod:poss")).stream()).toList();
        targets = ActorMentions.otherSides(keepers.isEmpty() ? goodsOrigins(custody) : nounActors.of(keepers), sources);
      }
    }
    if (targets.isEmpty() && chosen.code().startsWith("09")) {
      // "will send experts to Pakistan to investigate a polio outbreak": an investigation whose
      // matter names no actor, done by those sent somewhere, is aimed at where they are sent.
      targets = nounActors.of(sending.sentTo(verb));
    }
    boolean onlyItself = targets.stream().allMatch(t -> sources.stream().anyMatch(src -> ActorMentions.sameActor(src, t)));
    if (onlyItself && chosen.code().startsWith("12")) {
      // "reneged on his commitment to the Zambian people": going back on a pledge (its owner is
      // the source itself) is aimed at whom it was made to, one's own people too.
      targets = nounActors.of(pledgeAddressees(verb, objects)).stream()
          .filter(t -> sources.stream().noneMatch(src -> src.actor().code().equals(t.actor().code()))).toList();
    }
    if (targets.isEmpty() && chosen.code().startsWith("13")) {
      // "threatened to launch an offensive unless Baghdad accepted": an ultimatum is addressed
      // to whoever must meet its condition.
      targets = nounActors.of(conditionSubjects(verb));
    }
    if (targets.isEmpty() && (chosen.code().startsWith("02") || chosen.code().startsWith("10"))) {
      // "demanded that Algeria release Sansal": whoever is asked is the complement's subject.
      for (Dependency d : index.children(verb)) {
        if (d.relation().equals("ccomp")) {
          targets = nounActors.of(index.children(d.dependent(), Set.of("nsubj")));
        }
      }
      // "summoned Iran's ambassador to demand his release": the purpose's demand is made of whom
      // the act it serves was done to.
      for (Dependency purpose : index.parents(verb)) {
        if (targets.isEmpty() && purpose.governor() >= 0 && (purpose.relation().equals("xcomp") || purpose.relation().equals("advcl:to")
            || purpose.relation().equals("advcl"))) {
          targets = ActorMentions.otherSides(nounActors.of(index.children(purpose.governor(), Set.of("obj"))), sources);
        }
      }
    }
    if (targets.isEmpty() && (chosen.code().startsWith("02") || chosen.code().startsWith("10") || chosen.code().equals(APOLOGY))) {
      // "China's embassy in Bishkek demanded that those responsible be punished": a mission's
      // demand or appeal that names no one is made of the state it is posted to; so is an
      // envoy's apology ("Britain's high commissioner in Nairobi apologised for the fire"). (Not
      // a mission's criticism: "China's embassy in Niamey condemned the attack" is aimed at the
      // attackers; tried in session 77.)
      targets = ActorMentions.otherSides(hostStates(verb), sources);
    }
    // "blocked the port of Rhodes to stop an Israeli cruise ship from docking": a place blocked
    // stands for its country only when the purpose names no one the protest is against.
    boolean placesOnly = !targets.isEmpty() && targets.stream().allMatch(t -> t.actor().kind() == ActorKind.STATE && t.actor().sector().isEmpty());
    if (targets.isEmpty() && chosen.code().startsWith(MEDIATION)) {
      // "Qatar brokered the deal after months of talks with both sides": a mediation that names
      // no one it is between is between the sides its own phrases name.
      List<Integer> sides = index.subtree(verb, Set.of("nsubj", "ccomp", "advcl", "conj", "parataxis", "acl:relcl")).stream()
          .filter(t -> t != verb && dev.annals.coding.actors.ActorResolver.namesSidesOfADispute(index.token(t))).toList();
      targets = ActorMentions.otherSides(nounActors.of(sides), sources);
    }
    if ((targets.isEmpty() || placesOnly) && chosen.code().startsWith("14") && !eachOther) {
      // "blocked roads to press their demands for greater freedom from Bouteflika's government":
      // a protest whose own phrase names no one it is against opposes whom its purpose does, its
      // own country's government too.
      List<ActorMention> opposed = nounActors.of(protestAims.opposedIn(verb));
      targets = opposed.isEmpty() ? targets : opposed;
    }
    if (targets.isEmpty() && chosen.code().startsWith("14") && !eachOther) {
      // "burning Norwegian flags": a country's emblem burned or torn in protest stands for that
      // country; so it does for the march it is burned at ("marched in Lahore, burning Norwegian
      // flags").
      List<Integer> emblems = new ArrayList<>(objects.stream().filter(o -> EMBLEMS.contains(lemma(o))).toList());
      // (The parser may join the participle to the march as a verb of its own: conj(marched, burning).)
      index.children(verb).stream().filter(d -> (d.baseRelation().equals("advcl") || d.baseRelation().equals("conj")) && index.token(d.dependent()).tag().equals("VBG"))
          .flatMap(d -> index.children(d.dependent(), Set.of("obj")).stream()).filter(o -> EMBLEMS.contains(lemma(o))).forEach(emblems::add);
      targets = ActorMentions.otherSides(goodsOrigins(emblems), sources);
    }
    if (targets.isEmpty() && !eachOther) {
      // "telephoned President Tebboune on Wednesday to offer condolences": what one gets in touch
      // with someone to do, naming no one, is done to them.
      for (Dependency purpose : index.parents(verb)) {
        if (targets.isEmpty() && purpose.relation().equals("xcomp") && purpose.governor() >= 0 && SubjectActors.contactsFor(index, purpose.governor())) {
          targets = ActorMentions.otherSides(nounActors.of(index.children(purpose.governor(), Set.of("obj"))), sources);
        }
      }
    }
    if (chosen.code().equals(WITHDRAWAL)) {
      // "would pull its troops out of Lower Shabelle": what a withdrawal moves is the source's own
      // forces, not whom it is aimed at (another side's forces still are: "withdrew from the
      // positions of the rebels").
      targets = targets.stream().filter(t -> !ownForces(t, sources)).toList();
    }
    if (chosen.code().startsWith("14")) {
      // "Traders … shut their shops for the day in protest": what protesters own, and shut or
      // leave, is not whom they protest against. (A mission still is: "Kuwaiti students protested
      // outside their embassy in Amman" protest to their own government.)
      targets = targets.stream().filter(t -> !ownedByPronoun(t) || isMission(t)).toList();
      // "rallied outside parliament in support of the deployment": a rally in support of something
      // is against no one at the place it is held; whom it is addressed to is left to the
      // conventional target.
      boolean inSupport = index.children(verb, Set.of("obl:in")).stream().anyMatch(o -> SUPPORT_NOUNS.contains(lemma(o)));
      if (inSupport) {
        targets = List.of();
      }
      // "rallied outside Parliament in Wellington": a parliament's building, where a protest is
      // held, stands for the state whose policy it protests, its government; a protest "against
      // parliament" stays aimed at the legislature.
      boolean heldAtASite = Stream.of("obl:outside", "obl:at", "obl:in_front_of", "obl:near", "nmod:outside", "nmod:at", "nmod:in_front_of")
          .anyMatch(site -> !index.children(verb, Set.of(site)).isEmpty() || objects.stream().anyMatch(o -> !index.children(o, Set.of(site)).isEmpty()))
          && index.children(verb, Set.of("obl:against")).isEmpty() && objects.stream().allMatch(o -> index.children(o, Set.of("nmod:against")).isEmpty());
      if (heldAtASite) {
        targets = targets.stream().map(t -> t.actor().sector().filter(LEGISLATURE::equals).isEmpty() || t.actor().kind() == ActorKind.ORGANISATION ? t
            : new ActorMention(t.span(), t.surface(), t.actor().country().map(country -> resolver.stateActor(country, Optional.of(GOVERNMENT)))
                .orElseGet(() -> dev.annals.coding.actors.ActorDictionary.unplacedGroup(GOVERNMENT)))).toList();
      }
    }
    if (chosen.code().startsWith("15")) {
      // "Israel mobilised reserve troops": a show of force moves the source's own forces (troops
      // of no named country are the source's); they are not whom it is aimed at.
      targets = ActorMentions.otherSides(targets, sources);
      if (targets.isEmpty()) {
        targets = ActorMentions.otherSides(nounActors.of(opponentsInPurpose(verb)), sources);
      }
    }
    if (targets.isEmpty() && chosen.code().startsWith(EMBARGO)) {
      // "had suspended imports of Kenyan tea": trade in goods a country's adjective names, stopped
      // with no one otherwise named, is stopped with that country.
      List<Integer> goods = objects.stream().flatMap(o -> index.children(o, Set.of("nmod:of")).stream()).toList();
      targets = ActorMentions.otherSides(goodsOrigins(goods), sources);
    }
    return targets;
  }

  /** Whether the mention's head is a word for a state's mission abroad: "their embassy". */
  private boolean isMission(ActorMention mention) {
    return index.lastTokenIn(mention.span()).filter(head -> ActorResolver.MISSION_NOUNS.contains(lemma(head))).isPresent();
  }

  /** Whether the mention's head has a possessive pronoun: "their shops", "its offices". */
  private boolean ownedByPronoun(ActorMention mention) {
    return index.lastTokenIn(mention.span()).filter(head -> index.children(head, Set.of("nmod:poss")).stream()
        .anyMatch(owner -> index.token(owner).tag().equals("PRP$"))).isPresent();
  }

  /** Withdraw troops, pull back. */
  private static final String WITHDRAWAL = "087";
  private static final Set<String> STATE_FORCES = Set.of("MIL", "GOV", "POL");

  /** A state's forces of a country the sources belong to. */
  private static boolean ownForces(ActorMention target, List<ActorMention> sources) {
    return target.actor().sector().filter(STATE_FORCES::contains).isPresent() && target.actor().country().isPresent()
        && sources.stream().anyMatch(s -> s.actor().country().equals(target.actor().country()));
  }

  /** Apologize (055). */
  private static final String APOLOGY = "055";

  /** The governments of the places the verb's subject, a mission or its head, is posted in: "China's embassy [in Bishkek]". */
  private List<ActorMention> hostStates(int verb) {
    List<Integer> places = new ArrayList<>();
    for (int subject : index.children(verb, Set.of("nsubj"))) {
      if (ActorResolver.isMissionOrItsHead(index, subject)) {
        places.addAll(index.children(subject, Set.of("nmod:in")).stream().filter(p -> index.token(p).isProperNoun()).toList());
      }
    }
    return nounActors.of(places).stream()
        .filter(place -> place.actor().kind() == ActorKind.STATE && place.actor().country().isPresent())
        .map(place -> new ActorMention(place.span(), place.surface(), resolver.stateActor(place.actor().country().get(), Optional.of("GOV"))))
        .toList();
  }

  /**
   * "would defend their trade pact with the United States": a mutual thing that names its other
   * side ("with", hung on the thing or, as the parser often does, on the verb) stands for that
   * side when it is the target, not for its owners ("their").
   */
  private List<Integer> withOtherSides(List<Integer> tokens) {
    List<Integer> found = new ArrayList<>();
    for (int token : tokens) {
      List<Integer> with = List.of();
      if (lexicon.isMutualNoun(lemma(token))) {
        with = index.children(token, Set.of("nmod:with"));
        if (with.isEmpty()) {
          with = index.head(token).filter(h -> h.relation().equals("obj") && h.governor() >= 0)
              .map(h -> index.children(h.governor(), Set.of("obl:with"))).orElse(List.of());
        }
      }
      found.addAll(with.isEmpty() || nounActors.of(with).isEmpty() ? List.of(token) : with);
    }
    return found;
  }

  /** The "to" nouns of a phrase's nouns, up to three "of"/"in"/"for" steps down ("euros in aid to Ukraine"). */
  private List<Integer> recipientsInside(List<Integer> objects) {
    List<Integer> found = new ArrayList<>();
    List<Integer> frontier = new ArrayList<>(objects);
    for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int noun : frontier) {
        for (Dependency d : index.children(noun)) {
          if (d.relation().equals("nmod:to")) {
            found.add(d.dependent());
          } else if (Set.of("nmod:of", "nmod:in", "nmod:for").contains(d.relation())) {
            next.add(d.dependent());
          }
        }
      }
      frontier = next;
    }
    return found;
  }

  /**
   * "threatened to impose tariffs on Canadian steel", "to break relations with Russia", "to
   * withdraw its force from Chad": whom the act a verb controls concerns.
   */
  /** Nouns of a rally held for someone or something: "in support of", "in solidarity with". */
  private static final Set<String> SUPPORT_NOUNS = Set.of("support", "solidarity");

  /** Verbs of building or mending a thing. */
  private static final Set<String> BUILDING_VERBS = Set.of("build", "rebuild", "repair", "reconstruct", "renovate", "restore", "refurbish", "construct");

  private List<Integer> contentTargets(int verb) {
    List<Integer> found = new ArrayList<>();
    for (Dependency d : index.children(verb)) {
      if (d.relation().equals("xcomp") || d.relation().equals("advcl:to")) {
        // "pledged 60 million dollars to rebuild schools and clinics in western Jamaica": what is
        // built or repaired is a thing, not the people who use it; the place it stands in names
        // whom the help is for.
        boolean building = BUILDING_VERBS.contains(index.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT));
        for (int inner : index.children(d.dependent(), Set.of("obj"))) {
          if (building) {
            index.children(inner, Set.of("nmod:in")).stream().filter(place -> index.token(place).isProperNoun()).forEach(found::add);
            continue;
          }
          // "signed a contract to buy dozens of K2 tanks … from South Korea": goods bought are
          // no one the deal is with, unless they name a country ("to buy Russian jets").
          boolean goodsOfNoCountry = BuyingVerbs.LEMMAS.contains(lemma(d.dependent()))
              && nounActors.of(List.of(inner)).stream().allMatch(goods -> goods.actor().country().isEmpty());
          if (!goodsOfNoCountry) {
            found.add(inner);
          }
          // ("offered to share intelligence on gang members": information "on" people is about them,
          // not aimed at them.)
          boolean information = INFORMATION_NOUNS.contains(index.lemma(inner).toLowerCase(java.util.Locale.ROOT));
          index.children(inner).stream().filter(c -> CONTENT_TARGET_RELATIONS.contains(c.suffix()) && c.baseRelation().equals("nmod") && !(information && c.suffix().equals("on")))
              .forEach(c -> found.add(c.dependent()));
        }
        index.children(d.dependent()).stream().filter(c -> CONTENT_TARGET_RELATIONS.contains(c.suffix()) && c.baseRelation().equals("obl")).forEach(c -> found.add(c.dependent()));
        // "offered to pay for evening classes run by Portugal's Camoes Institute": a thing the act
        // deals with, which a participle says someone runs or makes, is theirs.
        index.children(d.dependent(), Set.of("obj", "obl:for")).stream().flatMap(thing -> index.children(thing, Set.of("acl")).stream())
            .flatMap(participle -> index.children(participle, Set.of("obl:by")).stream()).forEach(found::add);
        // "refused to let inspectors return": whom the act lets do something.
        for (Dependency inner : index.children(d.dependent())) {
          if (inner.relation().equals("ccomp") || inner.relation().equals("xcomp")) {
            found.addAll(index.children(inner.dependent(), Set.of("nsubj")));
          }
        }
      }
    }
    return found;
  }

  /**
   * "agreed to an extension of the mandate for the force in Lebanon": the actors named inside the
   * undertaken thing's phrase (its chain of "of", "for", "in" ... nouns), the nearest first, are
   * whom it concerns.
   */
  private List<Integer> undertakenNounActors(int verb) {
    List<Integer> frontier = new ArrayList<>(index.children(verb, Set.of("obl:to")));
    for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int noun : frontier) {
        index.children(noun).stream().filter(d -> d.baseRelation().equals("nmod")).forEach(d -> next.add(d.dependent()));
      }
      if (!nounActors.of(next).isEmpty()) {
        return next;
      }
      frontier = next;
    }
    return List.of();
  }

  /**
   * Those a barred purchase would have been made from: "barred institutions from buying cameras
   * from Chinese manufacturers".
   */
  private List<Integer> sellersBarred(int verb) {
    List<Integer> found = new ArrayList<>();
    for (int buying : index.children(verb, Set.of("advcl:from"))) {
      if (!BuyingVerbs.LEMMAS.contains(lemma(buying)) && !MORE_BUYING.contains(lemma(buying))) {
        continue;
      }
      found.addAll(index.children(buying, Set.of("obl:from")));
      for (int goods : index.children(buying, Set.of("obj"))) {
        found.addAll(index.children(goods, Set.of("nmod:from")));
      }
      // (The parser may hang the sellers' "from" on the verb of barring, after the purchase.)
      index.children(verb, Set.of("obl:from")).stream().filter(seller -> seller > buying).forEach(found::add);
    }
    return found;
  }

  /** Verbs of getting goods from others besides buying: "importing", "sourcing". */
  private static final Set<String> MORE_BUYING = Set.of("import", "procure", "source");

  /** Where the objects' own clauses say they were sent from: "containers [that had been shipped] from Canada". */
  private List<Integer> shippedFrom(List<Integer> objects) {
    List<Integer> found = new ArrayList<>();
    for (int object : objects) {
      for (int clause : index.children(object, Set.of("acl", "acl:relcl"))) {
        if (SHIPPING_VERBS.contains(lemma(clause))) {
          index.children(clause, Set.of("obl:from")).stream().filter(place -> index.token(place).isProperNoun()).forEach(found::add);
        }
      }
    }
    return found;
  }

  /** Those an agreement's participle lets do something: "an agreement [allowing] Russia to set up a base". */
  private List<Integer> partiesLetIn(List<Integer> objects) {
    List<Integer> found = new ArrayList<>();
    for (int object : objects) {
      for (int clause : index.children(object, Set.of("acl"))) {
        if (LETTING_VERBS.contains(lemma(clause))) {
          found.addAll(index.children(clause, Set.of("obj", "iobj")));
        }
      }
    }
    return found;
  }

  /** The "to" actors of pledge nouns the verb acts on: "reneged on [its promise] to Kyiv". */
  private List<Integer> pledgeAddressees(int verb, List<Integer> objects) {
    List<Integer> pledges = new ArrayList<>(objects);
    index.children(verb).stream().filter(d -> d.baseRelation().equals("obl")).forEach(d -> pledges.add(d.dependent()));
    List<Integer> found = new ArrayList<>();
    for (int pledge : pledges) {
      if (PLEDGE_NOUNS.contains(lemma(pledge))) {
        found.addAll(index.children(pledge, Set.of("nmod:to")));
      }
    }
    return found;
  }

  /**
   * Subjects of "unless" and "if" clauses on a verb or on the verbs it controls or announces
   * ("warned that Pyongyang would use nuclear weapons if South Korea attacked").
   */
  private List<Integer> conditionSubjects(int verb) {
    List<Integer> found = new ArrayList<>();
    List<Integer> clauses = new ArrayList<>(List.of(verb));
    for (int complement : index.children(verb, Set.of("xcomp", "ccomp"))) {
      clauses.add(complement);
      clauses.addAll(index.children(complement, Set.of("xcomp")));
    }
    for (int clause : clauses) {
      for (Dependency d : index.children(clause)) {
        if (d.relation().equals("advcl:unless") || d.relation().equals("advcl:if")) {
          found.addAll(index.children(d.dependent(), Set.of("nsubj")));
        }
      }
    }
    return found;
  }

  /**
   * "mobilized reservists for a possible war against Iraq": a show of force is aimed at whom
   * the fighting it is for is aimed at.
   */
  private List<Integer> opponentsInPurpose(int verb) {
    List<Integer> found = new ArrayList<>();
    for (int purpose : index.children(verb, Set.of("obl:for"))) {
      if (attacks.pattern(purpose).isPresent()) {
        found.addAll(index.children(purpose, Set.of("nmod:against", "nmod:on", "nmod:with")));
      }
    }
    return found;
  }

  private String lemma(int token) {
    return index.lemma(token);
  }
}
