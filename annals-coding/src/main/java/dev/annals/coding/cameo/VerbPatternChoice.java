package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.model.Actor;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses which of a verb's lexicon lines reads it here: the most specific whose object words,
 * particle, voice and target slot fit the verb's parse.
 */
final class VerbPatternChoice {
  /** Modals of a complement clause that tell what is to be done: "agreed that they should cooperate". */
  private static final Set<String> UNDERTAKING_MODALS = Set.of("should", "will", "would", "shall");

  /** Modals of an act still to come, or of one that may be: "would respond", "could act". */
  private static final Set<String> ANNOUNCING_MODALS = Set.of("will", "would", "shall", "could", "might", "may", "'ll", "wo", "'d");
  /** Clauses that set a condition: "if the two were not freed", "unless they withdraw". */
  private static final Set<String> CONDITION_CLAUSES = Set.of("advcl:if", "advcl:unless");

  /** The line that reads the verb, and the tokens in its target slot. */
  record Choice(VerbPattern pattern, List<Integer> targetTokens) {}

  private final DependencyIndex index;
  private final ArticleActors actors;
  private final EventLexicon lexicon;
  private final NounActors nounActors;
  private final VerbObjects verbObjects;
  private final TargetSlotTokens slotTokens;

  VerbPatternChoice(DependencyIndex index, ArticleActors actors, EventLexicon lexicon, NounActors nounActors, VerbObjects verbObjects, TargetSlotTokens slotTokens) {
    this.index = index;
    this.actors = actors;
    this.lexicon = lexicon;
    this.nounActors = nounActors;
    this.verbObjects = verbObjects;
    this.slotTokens = slotTokens;
  }

  /** The chosen line for the verb whose objects are given (the passive's subject for a passive verb), if any fits. */
  Optional<Choice> choose(int verb, List<Integer> objects, boolean passive) {
    Token token = index.token(verb);
    // "withdrew weapons inspectors": a line whose object word is the object itself goes before
    // an equally specific line that matches only a word compounded with it (weapons); a word
    // after a preposition ("a request for consultations", "with chlorine gas") still counts.
    List<VerbPattern> candidates = new ArrayList<>(lexicon.verbPatterns(token.lemma()));
    // "was struck down by the court", "hit out at": a phrasal verb the lexicon knows is read only
    // by its own lines, never as the bare verb ("strike", an attack).
    List<String> particles = index.children(verb, Set.of("compound:prt")).stream().map(this::lemma).toList();
    if (candidates.stream().anyMatch(p -> p.particle().isPresent() && particles.contains(p.particle().get()))) {
      candidates.removeIf(p -> p.particle().isEmpty());
    }
    // Likewise a line whose object word is found only in its own target's phrase goes after the
    // others: "sent a protest note to the EU delegation" sends a note (114), not a delegation
    // (042): the delegation is whom the note went to.
    // And of lines as specific, one whose object word is only where the thing goes or what it
    // counts as goes after the others: "delivered food and water to the ship" delivers food (073),
    // not a ship (072); "pledged 50,000 tonnes of wheat as humanitarian aid" pledges wheat. (Not
    // the means: "attacked with chlorine gas" is a chemical attack.)
    candidates.sort(Comparator.comparingInt(VerbPattern::specificity).reversed()
        .thenComparingInt(p -> verbObjects.onlyThroughCompound(verb, objects, p.objects()) ? 1 : 0)
        .thenComparingInt(p -> objectWordOnlyInTarget(verb, objects, p) ? 1 : 0)
        .thenComparingInt(p -> objectWordOnlyInDestination(verb, objects, p) || objectWordOnlyWhereObjectGoes(objects, p) ? 1 : 0));
    // Round 0 tries only patterns whose object word is the verb's own object or oblique, not
    // in a clause it controls: "pledged $50 million to support X" is a pledge of money before
    // it is a pledge of support. A verb with a particle ("called on") is read by its particle
    // patterns first, as ever.
    boolean particle = !index.children(verb, Set.of("compound:prt")).isEmpty();
    for (int round = particle ? 1 : 0; round < 3; round++) {
      int pass = round == 0 ? 0 : round - 1;
      for (VerbPattern pattern : candidates) {
        if (pattern.passiveOnly() && !passive) {
          continue;
        }
        if (pattern.undertaking() && !undertakes(verb)) {
          continue;
        }
        if (pattern.infinitive() && index.children(verb).stream().noneMatch(d -> isToInfinitive(d) && index.token(d.dependent()).isVerb())) {
          continue;
        }
        // A passive is a transitive use too: "forces flown in by the frigate's helicopter" were
        // carried, and the helicopter made no visit.
        if (pattern.intransitive() && (passive || !index.children(verb, Set.of("obj")).isEmpty())) {
          continue;
        }
        if (pattern.unplacedObject() && index.children(verb, Set.of("obj")).stream().anyMatch(o -> actors.at(o).stream().anyMatch(a -> a.actor().country().isPresent()))) {
          continue;
        }
        if (pattern.announced() && !announced(verb)) {
          continue;
        }
        if (pattern.conditional() && index.children(verb).stream().noneMatch(d -> CONDITION_CLAUSES.contains(d.relation()))) {
          continue;
        }
        if (pattern.befalling() && !tellsWhatBefalls(verb)) {
          continue;
        }
        // "ended two days of talks in Wellington": a round of talks that comes to its end was
        // held, not broken off (164); the talks are left to the event noun.
        if (pattern.code().startsWith(HALTING_NEGOTIATIONS) && SupportVerbs.ENDING.contains(lemma(verb)) && !objects.isEmpty() && objects.stream().allMatch(this::isRoundOfTalks)) {
          continue;
        }
        if ((round == 0 || pattern.ownObject()) && !pattern.objects().isEmpty() && !verbObjects.hasOwnObjectLemma(verb, objects, pattern.objects())) {
          continue;
        }
        if (round == 0 && pattern.objects().isEmpty()) {
          continue;
        }
        if (pattern.particle().isPresent() && !index.hasChildLemma(verb, "compound:prt", Set.of(pattern.particle().get()))
            && !hasParticleAsOtherWord(verb, pattern.particle().get(), !pattern.objects().isEmpty())) {
          continue;
        }
        if (!pattern.objects().isEmpty() && !verbObjects.hasObjectLemma(verb, objects, pattern.objects())) {
          continue;
        }
        // "called the vote peaceful": a verb of calling that goes on to say what its object is
        // judges it, and is read by what it calls it, not by the object alone ("called a vote"
        // convenes one). A judgment's own line may name the object ('called the attack "a
        // murder"').
        if (!pattern.objects().isEmpty() && NAMING.contains(lemma(verb)) && !CameoCodebook.JUDGMENT_ROOTS.contains(pattern.code().substring(0, 2))
            && objects.stream().anyMatch(o -> pattern.objects().contains(lemma(o)))) {
          List<Integer> called = calledAs(verb, objects);
          if (!called.isEmpty() && called.stream().noneMatch(c -> pattern.objects().contains(lemma(c)))) {
            continue;
          }
        }
        // 'what the Philippine leader called "a generous act of compassion"': a thing called by a
        // word of praise is not judged ill, whatever the noun ("an act of aggression" is).
        if (NAMING.contains(lemma(verb)) && pattern.code().startsWith(DISAPPROVAL) && praised(verb, objects)) {
          continue;
        }
        List<Integer> targets = withoutTheName(slotTokens.of(verb, objects, pattern.target()), pattern);
        // With two objects, an actor the verb takes itself, not one named inside what the first
        // is called: 'called the move "collective punishment" of 70,000 Dominicans' phoned no one
        // ("called the leaders of France and Germany" still phones them).
        // (Two objects only: "at its border crossings with Sierra Leone on Monday" fills a
        // prepositional slot twice, with a day and a thing that stands for a country.)
        // ('calling the schools "a danger to both our countries"': a second object that names no
        // one is what the first is called, though the first is an actor.)
        List<Integer> ownObjects = index.children(verb, Set.of("obj"));
        boolean namingTwoThings = pattern.target().kind() == TargetSlot.Kind.OBJECT
            && ((targets.size() > 1 && targets.stream().allMatch(t -> actors.at(t).isEmpty()))
                || (ownObjects.size() > 1 && actors.at(ownObjects.stream().mapToInt(Integer::intValue).max().getAsInt()).isEmpty()));
        // "calling the fishermen Chinese compatriots": an object the verb goes on to name (a
        // predicate noun or adjective after it) is called something, not phoned.
        boolean namedAsSomething = index.children(verb, Set.of("xcomp")).stream().anyMatch(x -> !index.token(x).isVerb())
            || targets.stream().anyMatch(t -> index.children(t, Set.of("dep")).stream().anyMatch(d -> d > t && index.token(d).isNoun()));
        if (pattern.actorTarget() && (nounActors.of(targets).isEmpty() || namingTwoThings || namedAsSomething)) {
          continue;
        }
        // A slot filled by no actor ("warned Tehran against supplying drones") is as good as empty.
        if (pass == 0 && pattern.target().kind() != TargetSlot.Kind.NONE && nounActors.of(targets).isEmpty()) {
          continue;
        }
        // "hosted Hashimoto for a meeting": a pattern whose object word sits in an oblique and
        // that has no target slot would lose the actor the verb takes as its object, when a
        // plain pattern of the verb ("043 host obj") makes that actor the target.
        if (pass == 0 && pattern.target().kind() == TargetSlot.Kind.NONE && !pattern.objects().isEmpty()
            && objects.stream().noneMatch(o -> pattern.objects().contains(lemma(o))) && objects.stream().anyMatch(o -> !actors.at(o).isEmpty())
            && lexicon.verbPatterns(token.lemma()).stream().anyMatch(p -> p.objects().isEmpty() && p.target().kind() == TargetSlot.Kind.OBJECT)) {
          continue;
        }
        // Without its preposition a prepositional pattern says nothing ("held drills" is not
        // "held drills near X"); a bare or object pattern, or the event noun, decides.
        if (pass == 1 && pattern.target().kind() == TargetSlot.Kind.PREPOSITION && targets.isEmpty() && !pattern.objects().isEmpty()) {
          continue;
        }
        return Optional.of(new Choice(pattern, targets));
      }
    }
    return Optional.empty();
  }

  /** Halt negotiations (164). */
  private static final String HALTING_NEGOTIATIONS = "164";
  /** Whether the object is a length or round of something: "two days of talks". */
  private boolean isRoundOfTalks(int object) {
    return SupportVerbs.SPANS.contains(lemma(object)) && !index.children(object, Set.of("nmod:of")).isEmpty();
  }

  /** Disapproval (11x). */
  private static final String DISAPPROVAL = "11";
  /** Words of praise for what a thing is called: "a generous act of compassion". */
  private static final Set<String> PRAISING = Set.of("generous", "brave", "courageous", "noble", "humane", "wise", "historic", "positive",
      "constructive", "welcome", "good", "great", "important", "kind", "magnanimous", "gracious", "compassionate");

  /** Whether what the verb calls its object, or the object itself, bears a word of praise. */
  private boolean praised(int verb, List<Integer> objects) {
    List<Integer> called = new java.util.ArrayList<>(objects);
    called.addAll(calledAs(verb, objects));
    return called.stream().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), index.children(c, Set.of("amod")).stream()))
        .anyMatch(w -> PRAISING.contains(lemma(w)));
  }

  /** Verbs that name a thing as something: "called the vote peaceful". */
  private static final Set<String> NAMING = Set.of("call", "brand", "label", "term", "dub", "describe");

  /**
   * What the verb's object is called, and the words that judge it: a predicate after the object
   * ({@code xcomp}, not a verb) or one the parser hung on the object ({@code dep}), and their
   * adjectives.
   */
  private List<Integer> calledAs(int verb, List<Integer> objects) {
    List<Integer> predicates = new java.util.ArrayList<>(index.children(verb, Set.of("xcomp")).stream().filter(x -> !index.token(x).isVerb()).toList());
    objects.forEach(o -> index.children(o, Set.of("dep")).stream().filter(d -> d > o && (index.token(d).isNoun() || index.token(d).tag().startsWith("JJ")))
        .forEach(predicates::add));
    List<Integer> words = new java.util.ArrayList<>(predicates);
    predicates.forEach(p -> words.addAll(index.children(p, Set.of("amod"))));
    return words;
  }

  /** Prepositions of where a thing goes and of what it counts as. */
  private static final Set<String> DESTINATIONS = Set.of("to", "into", "onto", "toward", "towards", "at", "as");

  /** Whether the line's object word is not the verb's object but only in a phrase of where it goes or what it counts as. */
  private boolean objectWordOnlyInDestination(int verb, List<Integer> objects, VerbPattern pattern) {
    if (pattern.objects().isEmpty() || verbObjects.hasDirectObjectLemma(objects, pattern.objects())) {
      return false;
    }
    List<Dependency> named = index.children(verb).stream().filter(d -> d.baseRelation().equals("obl") && pattern.objects().contains(lemma(d.dependent()))).toList();
    return !named.isEmpty() && named.stream().allMatch(d -> DESTINATIONS.contains(d.suffix()));
  }

  /**
   * Whether the line's object word is found only where the verb's object goes: "froze payments to
   * two projects" freezes payments (1621), not projects (160).
   */
  private boolean objectWordOnlyWhereObjectGoes(List<Integer> objects, VerbPattern pattern) {
    if (pattern.objects().isEmpty() || objects.stream().anyMatch(o -> pattern.objects().contains(lemma(o)))) {
      return false;
    }
    return objects.stream().anyMatch(o -> index.children(o).stream()
        .anyMatch(d -> GOING_TO.contains(d.relation()) && pattern.objects().contains(lemma(d.dependent()))));
  }

  /**
   * Phrases of where an object goes: "payments to two projects". (Not "for", which may name what
   * the object is: "rejected a French request for consultations" rejects consultations.)
   */
  private static final Set<String> GOING_TO = Set.of("nmod:to", "nmod:into");

  /** Whether the line's object word is found only in a phrase of the line's own target preposition. */
  private boolean objectWordOnlyInTarget(int verb, List<Integer> objects, VerbPattern pattern) {
    if (pattern.objects().isEmpty() || pattern.target().kind() != TargetSlot.Kind.PREPOSITION || verbObjects.hasDirectObjectLemma(objects, pattern.objects())) {
      return false;
    }
    List<Dependency> named = index.children(verb).stream().filter(d -> d.baseRelation().equals("obl") && pattern.objects().contains(lemma(d.dependent()))).toList();
    return !named.isEmpty() && named.stream().allMatch(d -> pattern.target().prepositions().contains(d.suffix()));
  }

  /**
   * Of two objects, the one the line names is what the other is called, and whom it is said of
   * is no target: 'called the move "collective punishment" of 70,000 Dominicans' judges the
   * move's maker, not the Dominicans ("called Bangladesh a trusted partner" keeps Bangladesh).
   */
  private List<Integer> withoutTheName(List<Integer> targets, VerbPattern pattern) {
    if (pattern.target().kind() != TargetSlot.Kind.OBJECT || pattern.objects().isEmpty() || targets.size() < 2) {
      return targets;
    }
    List<Integer> things = targets.stream().filter(t -> !pattern.objects().contains(lemma(t))).toList();
    return things.isEmpty() ? targets : things;
  }

  /**
   * The verb governs something its subject takes upon itself to do: a to-infinitive ("agreed to
   * reopen the border"), a "to" noun ("agreed to an extension of the mandate") or a clause with
   * a modal of what is to come ("agreed that their countries should cooperate"); not a view
   * shared ("agreed that the situation was grave", "agreed with Paris").
   */
  private boolean undertakes(int verb) {
    for (Dependency d : index.children(verb)) {
      boolean toInfinitive = isToInfinitive(d);
      boolean toNoun = d.relation().equals("obl:to") && index.token(d.dependent()).isNoun();
      boolean modalClause = d.relation().equals("ccomp") && index.hasChildLemma(d.dependent(), "aux", UNDERTAKING_MODALS);
      if (toInfinitive || toNoun || modalClause) {
        return true;
      }
    }
    return false;
  }

  /** A controlled clause with "to": "agreed [to reopen]", "told Lome [to open]". */
  private boolean isToInfinitive(Dependency d) {
    return d.relation().equals("xcomp") && index.hasChildLemma(d.dependent(), "mark", Set.of("to"));
  }

  /**
   * Verbs of what a thing costs, whose object is lost by no one's hand: "warned that the measure
   * could cost jobs in coastal communities" is a gloomy comment, as "that prices would rise" is.
   */
  private static final Set<String> COSTING_VERBS = Set.of("cost");
  /** Verbs that say only that something is or is had: "warned that there would be consequences". */
  private static final Set<String> BEING_VERBS = Set.of("be", "have");

  /**
   * The verb's "that" clause tells what would befall, done by no one: "warned that fuel queues
   * would form", "that prices would rise". Its subject is a thing of no one named, neither a side
   * nor an act ("that more sanctions could follow", "that Moscow would respond" are threats); it
   * is active and acts on nothing ("that the affair could harm the ties between the two countries"
   * blames, but "that the measure could cost jobs" does not; a boat "entering Honduran waters" is a
   * misparse of "would be seized"), has no "there",
   * and does more than be, but for being ready or done ("that the link across their border would
   * not be ready by 2030"). A thing of someone's ("that its patience was running out") is no
   * happening of no one, but for the teller's own amount falling ({@link #ownAmountFalls}).
   */
  private boolean tellsWhatBefalls(int verb) {
    return index.children(verb, Set.of("ccomp")).stream().anyMatch(clause -> {
      List<Integer> subjects = index.children(clause, Set.of("nsubj"));
      boolean actsOnSomething = !COSTING_VERBS.contains(index.lemma(clause)) && !index.children(clause, Set.of("obj", "iobj")).isEmpty();
      return !subjects.isEmpty() && index.children(clause, Set.of("expl", "nsubj:pass", "aux:pass", "xcomp", "ccomp")).isEmpty() && !actsOnSomething
          && !BEING_VERBS.contains(index.lemma(clause)) && (index.token(clause).isVerb() || stateOfAThing(clause))
          && subjects.stream().allMatch(s -> index.token(s).isNoun() && !index.token(s).isProperNoun() && actors.at(s).isEmpty()
              && ((lexicon.nounPatterns(index.lemma(s)).isEmpty() && index.children(s, Set.of("nmod:poss")).isEmpty()) || ownAmountFalls(verb, clause, s)));
    });
  }

  /** Verbs of an amount falling: "that their shipments to Mexico could fall by a third". */
  private static final Set<String> FALLING_VERBS = Set.of("fall", "drop", "decline", "shrink", "plunge", "slump", "halve", "dwindle");

  /**
   * A thing of the teller's own ("their shipments", told by the exporters; a pronoun that names
   * no one else) that would fall in amount, an act's word though it be, with no side named where
   * it falls: a gloomy comment on the teller's own lot ("its missiles would fall on Tel Aviv"
   * names where, and stays a threat).
   */
  private boolean ownAmountFalls(int warning, int clause, int thing) {
    List<Actor> tellers = index.children(warning, Set.of("nsubj")).stream().flatMap(t -> actors.at(t).stream()).map(ActorMention::actor).toList();
    boolean tellersOwn = index.children(thing, Set.of("nmod:poss")).stream()
        .allMatch(owner -> index.token(owner).tag().equals("PRP$") && actors.at(owner).stream().allMatch(a -> tellers.contains(a.actor())));
    boolean namesWhere = index.children(clause).stream().anyMatch(d -> d.baseRelation().equals("obl") && !actors.at(d.dependent()).isEmpty());
    return FALLING_VERBS.contains(index.lemma(clause).toLowerCase(java.util.Locale.ROOT)) && tellersOwn && !namesWhere;
  }

  /** Adjectives of a thing's being done or to hand: "the link would not be ready by 2030". */
  private static final Set<String> STATES_OF_THINGS = Set.of("ready", "complete", "finished", "available", "sufficient", "enough", "operational");

  /** Nouns of peril a thing is "at" or "in": "thousands of jobs were at risk", "in danger". */
  private static final Set<String> PERILS = Set.of("risk", "danger", "jeopardy", "stake");

  /** A copula and such an adjective: "would not be ready"; or a copula and a peril: "were at risk". */
  private boolean stateOfAThing(int clause) {
    String lemma = index.lemma(clause).toLowerCase(java.util.Locale.ROOT);
    boolean peril = PERILS.contains(lemma) && !index.children(clause, Set.of("case")).isEmpty();
    return (STATES_OF_THINGS.contains(lemma) || peril) && !index.children(clause, Set.of("cop")).isEmpty();
  }

  /** The verb, or the verb it is joined to ("would respond and retaliate"), has a modal of what is to come or may be. */
  private boolean announced(int verb) {
    List<Integer> clause = new ArrayList<>(List.of(verb));
    index.parents(verb).stream().filter(d -> d.relation().startsWith("conj") && d.governor() >= 0).forEach(d -> clause.add(d.governor()));
    return clause.stream().anyMatch(v -> index.children(v, Set.of("aux")).stream().anyMatch(a -> ANNOUNCING_MODALS.contains(index.token(a).text().toLowerCase(java.util.Locale.ROOT))));
  }

  /**
   * Whether the verb has the particle where the parser put it other than as a particle: a
   * preposition of its own ("hit out at") or, for a line that names its object, the first word
   * of one ("escorted the vessel out of the bay", {@code obl:out_of}; not "to pull out of the
   * overseas market", which no object makes a retreat) or of a phrase that names an actor
   * ("walked out of Uganda's parliament"), or, after its object, an adverb ("flew 48 migrants
   * back to France").
   */
  private boolean hasParticleAsOtherWord(int verb, String particle, boolean objectNamed) {
    // (Not a time: "Tajani on Sunday called the fee 'discriminatory'" calls on no one. Nor a
    // place "in" which the act was done: "took 31 migrants to the detention centre in Nassau"
    // took no one in.)
    return index.children(verb).stream().anyMatch(d -> (d.baseRelation().equals("obl") && (d.suffix().equals(particle) || ((objectNamed || !actors.at(d.dependent()).isEmpty()) && d.suffix().startsWith(particle + "_")))
            && index.text().timexes().stream().noneMatch(t -> t.covers(d.dependent())) && !(particle.equals("in") && isPlaceName(d.dependent())))
        || (d.relation().equals("advmod") && d.dependent() > verb && lemma(d.dependent()).equalsIgnoreCase(particle))
        // "called for the embargo to be lifted": the preposition opens a clause of its own.
        || (VerbObjects.FOR_CLAUSE_MARK.equals(particle) && VerbObjects.isForClause(index, d)));
  }

  private boolean isPlaceName(int token) {
    return index.token(token).isProperNoun() && index.token(token).entity().equals("LOCATION");
  }

  private String lemma(int token) {
    return index.lemma(token);
  }
}
