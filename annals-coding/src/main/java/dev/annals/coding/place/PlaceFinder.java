package dev.annals.coding.place;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ActorDictionary;
import dev.annals.coding.actors.NameMatch;
import dev.annals.model.Dependency;
import dev.annals.model.Place;
import dev.annals.model.PlaceMention;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where an event happened: a place named after a locative preposition on the event's clause
 * ("was held in Samarkand, Uzbekistan", "exercises in the East China Sea"), looked up in the
 * gazetteer. A capital used as a subject or object is an actor (metonymy), never a place.
 */
public final class PlaceFinder {
  /** Prepositions of where: "through" too, for what a march or convoy passes ("marched through Cusco"). */
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "off", "outside", "inside", "across", "on", "into", "within", "over", "through");
  /** Nouns for a kind of place, named by their "of" noun: "the town of Samarra". */
  private static final Set<String> PLACE_KIND_NOUNS = Set.of("town", "city", "village", "province", "region", "district", "port", "island", "county", "municipality",
      "state", "governorate", "prefecture", "territory");
  /**
   * Prepositions that put a thing at a place ("at a summit in Abuja"), unlike those of a topic or
   * target ("agreed on talks in Jeddah", "an investigation into the attack on Kharkiv").
   */
  private static final Set<String> LOCATING = Set.of("in", "at", "near", "outside", "inside", "off");
  /** A country's own space at sea or in the air: "Brunei's exclusive economic zone", "Philippine waters". */
  private static final Set<String> SOVEREIGN_SPACE_NOUNS = Set.of("waters", "water", "zone", "airspace", "shelf");
  /** Nouns of a distance from a thing: "within two nautical miles of the platform". */
  private static final Set<String> DISTANCE_NOUNS = Set.of("mile", "kilometre", "kilometer", "km", "metre", "meter", "yard");
  private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "amod");
  /**
   * Verbs of taking people or things away from where they were: "kidnapped three engineers from
   * a mine in Logar province", "rescued the crew from a village near Eyl". What they were taken
   * from is where the taking happened, unlike the "from" of travel ("flew from Beijing").
   */
  private static final Set<String> TAKING_AWAY = Set.of("kidnap", "abduct", "seize", "snatch", "steal", "loot", "rescue", "evacuate");

  private final Gazetteer gazetteer;
  private final ActorDictionary dictionary;

  public PlaceFinder(Gazetteer gazetteer, ActorDictionary dictionary) {
    this.gazetteer = gazetteer;
    this.dictionary = dictionary;
  }

  public Optional<Place> placeOf(DependencyIndex index, List<Integer> anchors) {
    return placeOf(index, anchors, List.of());
  }

  /**
   * As {@link #placeOf(DependencyIndex, List)}, a name the article's toponyms resolved taking
   * that reading ("Paris" in a story from Lamar County is Paris, Texas, in the article's places
   * and in its events alike); any other name the gazetteer's first reading.
   */
  public Optional<Place> placeOf(DependencyIndex index, List<Integer> anchors, List<PlaceMention> resolved) {
    List<Integer> heads = new ArrayList<>();
    for (int anchor : anchors) {
      heads.add(anchor);
      // "drills - including naval exercises in the East China Sea"
      for (Dependency d : index.children(anchor)) {
        if (d.relation().startsWith("nmod:including") || d.relation().startsWith("conj") || d.relation().equals("appos")) {
          heads.add(d.dependent());
        }
      }
    }
    Optional<Place> own = locativeOf(index, heads, resolved).or(() -> placeOfWhereClause(index, anchors, resolved));
    return own.isPresent() ? own : clauseOfParticiple(index, anchors).or(() -> arrivalJoinedTo(index, anchors)).flatMap(clause -> placeOf(index, List.of(clause), resolved));
  }

  /** Verbs of arriving somewhere, whose place is the scene of what the arrival then does. */
  private static final Set<String> ARRIVING = Set.of("arrive", "land");

  /**
   * "South Korea's foreign minister arrived in Vientiane on Tuesday and pledged 30 million
   * dollars": what one does, joined to one's arrival, one does where one arrived.
   */
  private static Optional<Integer> arrivalJoinedTo(DependencyIndex index, List<Integer> anchors) {
    for (int anchor : anchors) {
      Optional<Integer> arrival = index.head(anchor).filter(h -> h.governor() >= 0 && h.relation().startsWith("conj") && h.governor() < anchor)
          .map(Dependency::governor).filter(g -> ARRIVING.contains(index.lemma(g).toLowerCase(java.util.Locale.ROOT)));
      if (arrival.isPresent()) {
        return arrival;
      }
    }
    return Optional.empty();
  }

  /** "gathered in Seoul, where they demanded an apology": a "where" clause happens at its place. */
  private Optional<Place> placeOfWhereClause(DependencyIndex index, List<Integer> anchors, List<PlaceMention> resolved) {
    for (int anchor : anchors) {
      boolean where = index.children(anchor, Set.of("advmod")).stream().anyMatch(a -> index.lemma(a).equals("where"));
      Optional<Integer> noun = index.head(anchor).filter(h -> h.governor() >= 0 && h.relation().equals("acl:relcl")).map(Dependency::governor);
      if (where && noun.isPresent()) {
        Optional<Place> place = placeAt(index, noun.get(), resolved);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "attacked the embassy in Bamako, smashing windows": a participle that goes on with its
   * clause's doing happens where the clause does. The verb its participle hangs on, joined to it
   * (the parser's "conj") or as an adverbial clause.
   */
  private static Optional<Integer> clauseOfParticiple(DependencyIndex index, List<Integer> anchors) {
    for (int anchor : anchors) {
      if (!index.token(anchor).tag().equals("VBG")) {
        continue;
      }
      Optional<Integer> clause = index.head(anchor)
          .filter(h -> h.governor() >= 0 && (h.relation().startsWith("conj") || h.relation().equals("advcl")))
          .map(Dependency::governor)
          .filter(g -> index.token(g).isVerb() && !index.token(g).tag().equals("VBG"));
      if (clause.isPresent()) {
        return clause;
      }
    }
    return Optional.empty();
  }

  /**
   * Where a verb sends something: "would send more aid to the provinces of Badakhshan and Takhar",
   * "flew aid to Kabul" (the place of the "to" noun, or of the noun its "of" names).
   */
  public Optional<Place> placeGoneTo(DependencyIndex index, List<Integer> anchors, List<PlaceMention> resolved) {
    for (int anchor : anchors) {
      for (int destination : index.children(anchor, Set.of("obl:to"))) {
        Optional<Place> place = placeAt(index, destination, resolved);
        for (int named : index.children(destination, Set.of("nmod:of"))) {
          place = place.or(() -> placeAt(index, named, resolved));
        }
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /** Words for a journey to a place. */
  private static final Set<String> VISIT_NOUNS = Set.of("visit", "trip", "tour", "stopover");

  /**
   * Where one was "during a visit to Bridgetown": the place a visit the clause is done during
   * goes to, wherever the parser hung the visit in the clause.
   */
  public Optional<Place> placeVisitedDuring(DependencyIndex index, List<Integer> anchors, List<PlaceMention> resolved) {
    List<Integer> clauses = new ArrayList<>(anchors);
    // "expressed regret … during a visit to Bridgetown but did not offer an apology": a verb joined
    // to another was done on the same visit.
    anchors.forEach(a -> index.head(a).filter(h -> h.relation().startsWith("conj") && h.governor() >= 0).ifPresent(h -> clauses.add(h.governor())));
    for (int anchor : clauses) {
      for (int visit : index.subtree(anchor, Set.of("conj", "ccomp", "parataxis", "advcl", "acl:relcl"))) {
        boolean during = VISIT_NOUNS.contains(index.lemma(visit).toLowerCase(java.util.Locale.ROOT))
            && index.children(visit, Set.of("case")).stream().anyMatch(c -> index.token(c).text().equalsIgnoreCase("during"));
        if (!during) {
          continue;
        }
        for (int destination : index.children(visit, Set.of("nmod:to"))) {
          Optional<Place> place = placeAt(index, destination, resolved);
          if (place.isPresent()) {
            return place;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * As {@link #placeOf(DependencyIndex, List, List)} for a deed done to a thing: "attacked
   * Algeria's embassy in Bamako", "hit a camp in Kachin State" happened where the thing stands.
   * (Not for words: "discussed the conflict in Ukraine" was not said in Ukraine.)
   */
  public Optional<Place> placeOfDeed(DependencyIndex index, List<Integer> anchors, List<PlaceMention> resolved) {
    Optional<Place> found = placeOf(index, anchors, resolved);
    if (found.isPresent()) {
      return found;
    }
    List<Integer> objects = new ArrayList<>();
    for (int anchor : anchors) {
      if (index.token(anchor).isVerb()) {
        objects.addAll(index.children(anchor, Set.of("obj", "nsubj:pass")));
        // "marched to the French embassy in Brazzaville": a march ends where it went.
        if (GOING_TO.contains(index.lemma(anchor).toLowerCase(java.util.Locale.ROOT))) {
          objects.addAll(index.children(anchor, Set.of("obl:to")));
        }
      }
    }
    Optional<Place> ofObjects = locativeOf(index, objects, resolved);
    if (ofObjects.isPresent()) {
      return ofObjects;
    }
    // "Gunmen killed five workers and wounded two others in an attack near Bozoum": a deed joined
    // to a later one of the same doers, the place hung on the last, was done in the same place.
    List<Integer> joinedDeeds = new ArrayList<>();
    for (int anchor : anchors) {
      if (index.token(anchor).isVerb()) {
        index.children(anchor).stream().filter(d -> d.relation().startsWith("conj") && d.dependent() > anchor && index.token(d.dependent()).isVerb()
            && sameSubjects(index, anchor, d.dependent())).forEach(d -> joinedDeeds.add(d.dependent()));
      }
    }
    Optional<Place> ofJoined = locativeOf(index, joinedDeeds, resolved);
    if (ofJoined.isPresent()) {
      return ofJoined;
    }
    // "raided stalls run by Ghanaian traders in Johannesburg": the participle that describes the
    // thing may tell where it is.
    for (int object : objects) {
      for (int participle : index.children(object, Set.of("acl"))) {
        Optional<Place> ofParticiple = index.token(participle).tag().equals("VBN") ? placeOf(index, List.of(participle), resolved) : Optional.empty();
        if (ofParticiple.isPresent()) {
          return ofParticiple;
        }
      }
    }
    // "Fishermen blocked the port of Kigoma": a deed done to a place called by its kind and name
    // is done there.
    for (int object : objects) {
      Optional<Place> named = PLACE_KIND_NOUNS.contains(index.lemma(object)) ? placeAt(index, object, resolved) : Optional.empty();
      if (named.isPresent()) {
        return named;
      }
    }
    // "a crowd attacked the bus … as it left a stadium in Baghdad": a deed done as, when or while
    // something else happened was done where that happened.
    for (int anchor : anchors) {
      for (int clause : index.children(anchor).stream().filter(d -> d.relation().startsWith("advcl")).map(Dependency::dependent).toList()) {
        if (index.children(clause, Set.of("mark")).stream().noneMatch(mark -> AT_THE_TIME_OF.contains(index.lemma(mark).toLowerCase(java.util.Locale.ROOT)))) {
          continue;
        }
        Optional<Place> there = placeOf(index, List.of(clause), resolved).or(() -> locativeOf(index, index.children(clause, Set.of("obj")), resolved));
        if (there.isPresent()) {
          return there;
        }
      }
    }
    // "Hundreds of farmers blocked a road near Nampula …, and police arrested 14 of them": a deed
    // joined to an earlier one and done to "them" of it was done where the earlier one was.
    for (int anchor : anchors) {
      Optional<Integer> earlier = index.head(anchor).filter(h -> h.governor() >= 0 && h.governor() < anchor && h.relation().startsWith("conj"))
          .map(Dependency::governor).filter(g -> index.token(g).isVerb());
      if (earlier.isPresent() && index.token(anchor).isVerb() && doneToThem(index, anchor)) {
        Optional<Place> there = placeOfDeed(index, List.of(earlier.get()), resolved);
        if (there.isPresent()) {
          return there;
        }
      }
    }
    return clauseOfParticiple(index, anchors).flatMap(clause -> placeOfDeed(index, List.of(clause), resolved));
  }

  /** Whether the two verbs have the same subjects, and some: "Gunmen killed … and wounded". */
  private static boolean sameSubjects(DependencyIndex index, int verb, int joined) {
    Set<Integer> subjects = Set.copyOf(index.children(verb, Set.of("nsubj")));
    return !subjects.isEmpty() && subjects.equals(Set.copyOf(index.children(joined, Set.of("nsubj"))));
  }

  /** Whether the verb's object is "them", or some "of them": "arrested 14 of them". */
  private static boolean doneToThem(DependencyIndex index, int verb) {
    return index.children(verb, Set.of("obj")).stream().anyMatch(o -> isThem(index, o) || index.children(o, Set.of("nmod:of")).stream().anyMatch(of -> isThem(index, of)));
  }

  private static boolean isThem(DependencyIndex index, int token) {
    return index.token(token).text().equalsIgnoreCase("them");
  }

  /** Verbs of going somewhere on foot or in a column, as crowds and convoys do. */
  private static final Set<String> GOING_TO = Set.of("march", "walk", "drive", "parade", "head", "move", "proceed", "converge");

  /** Conjunctions of a clause that happened at the deed's time, and so at its place. */
  private static final Set<String> AT_THE_TIME_OF = Set.of("as", "when", "while");

  /**
   * The place a group's own phrase puts it in or brings it from: "protesters in Bamako", "migrants
   * from Venezuela", "gunmen who crossed from Afghanistan". The nouns of the phrase with an "in",
   * "at" or "from" modifier, or a relative clause come "from" a place, that names one.
   */
  /** Verbs of coming over from somewhere: "crossed from", "came from", "infiltrated from". */
  private static final Set<String> COMING_OVER = Set.of("cross", "come", "enter", "infiltrate", "slip", "sneak", "move", "arrive");

  public Optional<Place> placeOfPhrase(DependencyIndex index, dev.annals.model.Span phrase, List<PlaceMention> resolved) {
    // The phrase's own sentence, not the whole article, for each mention placed.
    var sentence = index.text().sentences().stream().filter(s -> s.span().contains(phrase)).findFirst();
    int first = sentence.map(dev.annals.model.Sentence::firstToken).orElse(0);
    int end = sentence.map(dev.annals.model.Sentence::endToken).orElse(index.text().tokens().size());
    for (int t = first; t < end; t++) {
      Token token = index.token(t);
      if (!phrase.contains(token.span()) || !token.isNoun()) {
        continue;
      }
      List<Integer> named = new ArrayList<>(index.children(t, Set.of("nmod:in", "nmod:at", "nmod:from")));
      for (int clause : index.children(t, Set.of("acl:relcl"))) {
        named.addAll(index.children(clause, Set.of("obl:from")));
      }
      // "insurgents crossed the Ruvuma river from Mozambique's Cabo Delgado province and attacked
      // a village": a group that came over from a place is of that place, wherever it acts.
      for (Dependency subject : index.parents(t)) {
        if (subject.relation().equals("nsubj") && subject.governor() >= 0 && COMING_OVER.contains(index.lemma(subject.governor()).toLowerCase(java.util.Locale.ROOT))) {
          named.addAll(index.children(subject.governor(), Set.of("obl:from")));
          // (or on what it crossed: "crossed the river from Tacna", parsed nmod:from(river, Tacna))
          for (int crossed : index.children(subject.governor(), Set.of("obj"))) {
            named.addAll(index.children(crossed, Set.of("nmod:from")));
          }
        }
      }
      // "residents of nearby Belgian towns", "farmers from Polish villages": people of places
      // of a kind, unnamed, are of the country the places' adjective names.
      named.addAll(index.children(t, Set.of("nmod:of")).stream().filter(p -> PLACE_KIND_NOUNS.contains(index.lemma(p).toLowerCase(java.util.Locale.ROOT))).toList());
      for (int place : named) {
        Optional<Place> found = placeAt(index, place, resolved)
            .or(() -> PLACE_KIND_NOUNS.contains(index.lemma(place).toLowerCase(java.util.Locale.ROOT)) ? countryOfAdjective(index, place) : Optional.empty());
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The first place named by a locative phrase ("in", "near" ...) on one of the heads. */
  private Optional<Place> locativeOf(DependencyIndex index, List<Integer> heads, List<PlaceMention> resolved) {
    for (int head : heads) {
      for (Dependency d : index.children(head)) {
        String base = d.baseRelation();
        boolean takenFrom = base.equals("obl") && d.suffix().equals("from") && TAKING_AWAY.contains(index.lemma(head).toLowerCase(java.util.Locale.ROOT));
        if ((base.equals("obl") || base.equals("nmod")) && (LOCATIVE.contains(d.suffix()) || takenFrom)) {
          Optional<Place> place = placeAt(index, d.dependent(), resolved);
          if (place.isPresent()) {
            return place;
          }
          // "sailed within two nautical miles of a gas platform in Brunei's exclusive economic
          // zone": a distance from a thing is where that thing is.
          int near = d.dependent();
          if (DISTANCE_NOUNS.contains(index.lemma(near).toLowerCase(java.util.Locale.ROOT))) {
            for (int thing : index.children(near, Set.of("nmod:of"))) {
              Optional<Place> there = placeAt(index, thing, resolved).or(() -> placeOfItsLocative(index, thing, resolved));
              if (there.isPresent()) {
                return there;
              }
            }
          }
          // "at a funeral near Mambasa in Congo's Ituri province", "at a meeting in Geneva": a
          // locative noun that is no place of its own is where its own locative says.
          Optional<Place> within = LOCATING.contains(d.suffix()) || takenFrom ? placeOfItsLocative(index, d.dependent(), resolved) : Optional.empty();
          if (within.isPresent()) {
            return within;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The first place a locative phrase ("in", "near" ...) on the noun names: "a funeral near Mambasa". */
  private Optional<Place> placeOfItsLocative(DependencyIndex index, int noun, List<PlaceMention> resolved) {
    for (Dependency inner : index.children(noun)) {
      if (inner.baseRelation().equals("nmod") && LOCATING.contains(inner.suffix())) {
        Optional<Place> place = placeAt(index, inner.dependent(), resolved);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    // "in an attack on a gold mine near Bozoum in the Central African Republic": an attack
    // happens where what it hit stands.
    if (ATTACK_NOUNS.contains(index.lemma(noun).toLowerCase(java.util.Locale.ROOT))) {
      for (int hit : index.children(noun, Set.of("nmod:on", "nmod:against"))) {
        Optional<Place> place = placeAt(index, hit, resolved).or(() -> placeOfItsLocative(index, hit, resolved));
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /** Nouns of an assault, done "on" or "against" what it hits. */
  private static final Set<String> ATTACK_NOUNS = Set.of("attack", "raid", "assault", "strike", "ambush", "bombing");

  /** The country a place noun's possessor names: "Congo's Ituri province". */
  private Optional<String> countryOfPossessor(DependencyIndex index, int placeNoun) {
    for (int owner : index.children(placeNoun, Set.of("nmod:poss"))) {
      Optional<String> iso3 = dictionary.match(index.token(owner).text()).filter(m -> m.how() == NameMatch.How.COUNTRY_NAME).flatMap(m -> m.actor().country());
      if (iso3.isPresent()) {
        return iso3;
      }
    }
    return Optional.empty();
  }

  /** The country itself, as a place. */
  private Optional<Place> countryPlace(String iso3) {
    return dictionary.country(iso3).flatMap(c -> gazetteer.lookup(c.name(), iso3).stream().filter(p -> p.kind() == dev.annals.model.PlaceKind.COUNTRY).findFirst());
  }

  /** The country a place noun's adjective names ("the Haitian town"), as a place. */
  private Optional<Place> countryOfAdjective(DependencyIndex index, int placeNoun) {
    for (int adjective : index.children(placeNoun, Set.of("amod"))) {
      Optional<NameMatch> match = dictionary.match(index.token(adjective).text());
      Optional<String> iso3 = match.filter(m -> m.how() == NameMatch.How.COUNTRY_ADJECTIVE).flatMap(m -> m.actor().country());
      if (iso3.isPresent()) {
        return gazetteer.lookup(match.get().actor().name(), iso3.get()).stream().filter(p -> p.kind() == dev.annals.model.PlaceKind.COUNTRY).findFirst();
      }
    }
    return Optional.empty();
  }

  /** The place named by the noun phrase headed at {@code head}, if the gazetteer knows it. */
  public Optional<Place> placeAt(DependencyIndex index, int head) {
    return placeAt(index, head, List.of());
  }

  private Optional<Place> placeAt(DependencyIndex index, int head, List<PlaceMention> resolved) {
    Token token = index.token(head);
    // "deployed a rig on March 7": a word of a time expression is no place (March, Cambridgeshire).
    if (index.text().timexes().stream().anyMatch(x -> x.covers(head) && x.isPointInTime())) {
      return Optional.empty();
    }
    // "outside the Philippine zone", the tagger calling "zone" a location too: a word written in
    // lower case names no place.
    boolean capitalisedLocation = token.entity().equals("LOCATION") && Character.isUpperCase(token.text().charAt(0));
    if (!token.isProperNoun() && !capitalisedLocation) {
      // "in Brunei's exclusive economic zone", "into Philippine waters": a country's own waters,
      // zone or airspace are in that country, as a place.
      if (SOVEREIGN_SPACE_NOUNS.contains(index.lemma(head).toLowerCase(java.util.Locale.ROOT))) {
        Optional<Place> sovereign = countryOfPossessor(index, head).flatMap(this::countryPlace).or(() -> countryOfAdjective(index, head));
        if (sovereign.isPresent()) {
          return sovereign;
        }
      }
      // "near the town of Samarra": the kind of place, then its name.
      if (PLACE_KIND_NOUNS.contains(index.lemma(head))) {
        for (int named : index.children(head, Set.of("nmod:of"))) {
          if (index.token(named).isProperNoun()) {
            // "near the Haitian town of Pont-Sonde": a town the gazetteer does not know is at
            // least in the country its adjective names.
            return placeAt(index, named, resolved).or(() -> countryOfAdjective(index, head));
          }
        }
        // "in Congo's Ituri province", "in Borno state": the name before the kind of place; a
        // region the gazetteer does not know is at least in the country its possessor or
        // adjective names.
        List<Integer> nameWords = new ArrayList<>(index.children(head, Set.of("compound")).stream().filter(c -> index.token(c).isProperNoun()).toList());
        // "North Kivu province": the name's own compounds too.
        List.copyOf(nameWords).forEach(w -> index.children(w, Set.of("compound")).stream().filter(c -> index.token(c).isProperNoun()).forEach(nameWords::add));
        if (!nameWords.isEmpty()) {
          int first = nameWords.stream().mapToInt(Integer::intValue).min().getAsInt();
          int last = nameWords.stream().mapToInt(Integer::intValue).max().getAsInt();
          String name = index.textOf(first, last);
          Optional<String> owner = countryOfPossessor(index, head);
          List<Place> known = List.of();
          if (WorldDivisions.DIVISION_WORDS.contains(index.lemma(head))) {
            // "in Guangdong province", "a court in Bolivar state": the division of that name (not
            // Bolivar, Missouri), in the possessor's country or, where several countries have one
            // of that name, in a country the article places something in.
            String division = name + " " + index.token(head).text();
            known = owner.map(iso3 -> gazetteer.lookup(division, iso3)).orElseGet(() -> gazetteer.lookup(division));
            for (int i = 0; known.isEmpty() && i < resolved.size(); i++) {
              Optional<String> country = resolved.get(i).place().country();
              known = country.isPresent() ? gazetteer.lookup(division, country.get()) : List.of();
            }
          }
          if (known.isEmpty()) {
            known = owner.map(iso3 -> gazetteer.lookup(name, iso3)).orElseGet(() -> gazetteer.lookup(name));
          }
          return known.stream().findFirst().or(() -> owner.flatMap(this::countryPlace)).or(() -> countryOfAdjective(index, head));
        }
      }
      return Optional.empty();
    }
    int first = head;
    int last = head;
    for (Dependency d : index.children(head)) {
      if (NAME_PARTS.contains(d.relation()) && index.token(d.dependent()).isProperNoun()) {
        first = Math.min(first, d.dependent());
        last = Math.max(last, d.dependent());
      }
    }
    Optional<Integer> ofName = index.children(head, Set.of("nmod:of")).stream()
        .filter(n -> n > head + 1 && index.token(head + 1).text().equals("of") && index.token(n).isProperNoun()).findFirst();
    if (ofName.isPresent()) {
      // "in the Gulf of Honduras": the whole name, or else the country named after "of" (not a
      // town: "the Gulf of Fonseca" is not Fonseca in Colombia), never the first word alone (the
      // Gulf: the Persian Gulf).
      List<Place> whole = gazetteer.lookup(index.textOf(first, ofName.get()));
      return whole.stream().findFirst()
          .or(() -> placeAt(index, ofName.get(), resolved).filter(p -> p.kind() == dev.annals.model.PlaceKind.COUNTRY));
    }
    dev.annals.model.Span nameSpan = index.spanOf(first, last);
    for (PlaceMention mention : resolved) {
      if (mention.span().start() < nameSpan.end() && nameSpan.start() < mention.span().end()) {
        return Optional.of(mention.place());
      }
    }
    String name = index.textOf(first, last);
    Optional<String> country = Optional.empty();
    for (Dependency d : index.children(head)) {
      if (d.relation().equals("appos") || d.relation().startsWith("conj")) {
        Optional<NameMatch> match = dictionary.match(index.token(d.dependent()).text());
        if (match.isPresent() && match.get().how() == NameMatch.How.COUNTRY_NAME) {
          country = match.get().actor().country();
        }
      }
    }
    List<Place> candidates = country.isPresent() ? gazetteer.lookup(name, country.get()) : gazetteer.lookup(name);
    if (candidates.isEmpty() && country.isPresent()) {
      candidates = gazetteer.lookup(name);
    }
    return candidates.stream().findFirst().or(() -> placeOfItsAppositive(index, head, resolved));
  }

  /**
   * "a market in Am Dafok, a town in the Central African Republic": a name the gazetteer does not
   * know, which an appositive calls a place of a kind in a known place, is at least there.
   */
  private Optional<Place> placeOfItsAppositive(DependencyIndex index, int name, List<PlaceMention> resolved) {
    for (int kind : index.children(name, Set.of("appos"))) {
      if (!PLACE_KIND_NOUNS.contains(index.lemma(kind).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (int within : index.children(kind, Set.of("nmod:in"))) {
        Optional<Place> place = placeAt(index, within, resolved);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }
}
