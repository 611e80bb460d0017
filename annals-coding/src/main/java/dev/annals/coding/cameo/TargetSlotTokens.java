package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Dependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The tokens a verb pattern's target slot points at: the object, the indirect object, or the nouns after its prepositions. */
final class TargetSlotTokens {
  /** Verbs of making an accord with a side: "signed with Iran", "concluded with Kenya". */
  private static final Set<String> SIGNING = Set.of("sign", "conclude", "negotiate", "ink", "seal", "strike");

  /** Verbs whose object receives what their "with" names: "supply X with Y", "equip X with Y". */
  private static final Set<String> PROVIDE_WITH_VERBS = Set.of("supply", "provide", "equip", "arm", "furnish");
  private final DependencyIndex index;
  private final VerbObjects verbObjects;

  TargetSlotTokens(DependencyIndex index, VerbObjects verbObjects) {
    this.index = index;
    this.verbObjects = verbObjects;
  }

  /** The tokens in the slot on this verb, whose objects are given (the passive's subject for a passive verb). */
  List<Integer> of(int verb, List<Integer> objects, TargetSlot slot) {
    switch (slot.kind()) {
      case OBJECT:
        return objects;
      case INDIRECT_OBJECT:
        return index.children(verb, Set.of("iobj"));
      case PREPOSITION: {
        List<Integer> found = new ArrayList<>();
        // "called on Western allies" parsed with "on" as a particle: the object is the target.
        boolean particleIsPreposition = index.children(verb).stream()
            .anyMatch(d -> d.relation().equals("compound:prt") && slot.prepositions().contains(lemma(d.dependent())));
        if (particleIsPreposition) {
          found.addAll(index.children(verb, Set.of("obj")));
        }
        // "supply the Philippines with radar systems": with these verbs the object is who
        // receives and "with" names what is given.
        if (PROVIDE_WITH_VERBS.contains(lemma(verb)) && slot.prepositions().contains("with") && !index.children(verb, Set.of("obl:with")).isEmpty()) {
          found.addAll(index.children(verb, Set.of("obj")));
        }
        // "asked for a meeting with Norway": with no object, what a "for" asks for stands as one,
        // and the phrase on it names whom it is with.
        List<Integer> own = index.children(verb, Set.of("obj"));
        List<Integer> objectsOfSlot = new ArrayList<>(verbObjects.throughPartitives(own));
        if (own.isEmpty() && slot.prepositions().contains(WITH)) {
          objectsOfSlot.addAll(index.children(verb, Set.of("obl:for")));
        }
        // "arrived in Roseau with water and emergency shelters for Dominica": with no object,
        // what a "with" brings stands as one, and the phrase on it names whom it is for.
        if (own.isEmpty() && !slot.prepositions().contains(WITH)) {
          objectsOfSlot.addAll(index.children(verb, Set.of("obl:with")));
        }
        found.addAll(prepositionTargetsOf(verb, objectsOfSlot, slot));
        if (found.isEmpty()) {
          // "flew 48 migrants back to France": the parser hangs the phrase on the particle, read
          // as an adverb of the verb.
          for (Dependency adverb : index.children(verb)) {
            if (adverb.relation().equals("advmod") && adverb.dependent() > verb) {
              index.children(adverb.dependent()).stream().filter(d -> inSlot(d, "obl", slot)).forEach(d -> found.add(d.dependent()));
            }
          }
        }
        if (found.isEmpty()) {
          // "imposed duties of up to 42.7% on dairy products from the EU": the parser hangs
          // the preposition on the rate inside the object, not on the object.
          for (int object : index.children(verb, Set.of("obj"))) {
            for (int inside : index.subtree(object, CLAUSES)) {
              if (isRate(inside)) {
                index.children(inside).stream().filter(d -> inSlot(d, "nmod", slot)).forEach(d -> found.add(d.dependent()));
              }
            }
          }
        }
        if (found.isEmpty() && slot.prepositions().contains("with")) {
          // "signed agreements on pork exports and police training with Taiwan's president":
          // the parser hangs the other side on a noun deep inside the object (here a participle
          // it took "training" for), but an agreement is signed with someone, not a training.
          // So in the clause that tells what was agreed ("signed an agreement to share data from
          // its coastal radar network with the island nation").
          List<Integer> whatWasAgreed = new ArrayList<>(index.children(verb, Set.of("obj")));
          // (Only a clause the object controls, "an agreement to share": "planned to visit troops
          // before meetings with members of parliament" tells of no agreement.)
          index.children(verb, Set.of("xcomp")).stream()
              .filter(x -> index.children(x, Set.of("nsubj:xsubj")).stream().anyMatch(s -> index.children(verb, Set.of("obj")).contains(s)))
              .forEach(whatWasAgreed::add);
          for (int object : whatWasAgreed) {
            for (int inside : index.subtree(object, CLAUSES)) {
              if (inside != object) {
                index.children(inside).stream()
                    .filter(d -> d.relation().equals("nmod:with") || (d.relation().equals("obl:with") && index.token(inside).tag().equals("VBG")))
                    .forEach(d -> found.add(d.dependent()));
              }
            }
          }
        }
        if (found.isEmpty() && slot.prepositions().contains("with")) {
          // "cancelled a defence cooperation memorandum that the previous government signed with
          // Iran": what was signed with a side is dealt with that side, whoever signed it.
          for (int object : index.children(verb, Set.of("obj"))) {
            index.children(object, Set.of("acl:relcl")).stream().filter(clause -> SIGNING.contains(index.lemma(clause).toLowerCase(java.util.Locale.ROOT)))
                .forEach(clause -> found.addAll(index.children(clause, Set.of("obl:with"))));
          }
        }
        if (found.isEmpty()) {
          // "discussed the dispute by telephone with Xi", "spoke over video with Modi": the
          // parser hangs the one spoken with on the means.
          for (int means : index.children(verb, MEANS)) {
            index.children(means).stream().filter(d -> inSlot(d, "nmod", slot)).forEach(d -> found.add(d.dependent()));
          }
        }
        if (found.isEmpty() && slot.prepositions().contains("to") && index.token(verb).lemma().equalsIgnoreCase("hand")) {
          // "Morocco handed over two men wanted in Belgium": people handed over with no one to
          // whom go to the state that sought them.
          for (int object : index.children(verb, Set.of("obj"))) {
            for (int participle : dev.annals.coding.SoughtPeople.participlesOf(index, object)) {
              index.children(participle).stream().filter(d -> d.relation().equals("obl:in") || d.relation().equals("obl:by"))
                  .forEach(d -> found.add(d.dependent()));
            }
          }
        }
        if (found.isEmpty() && slot.prepositions().contains("of")) {
          // "upheld Kolesnikova's conviction" is "upheld the conviction of Kolesnikova". A
          // possessive pronoun is left out: in "lifted its blockade" it is the subject's own.
          for (int object : index.children(verb, Set.of("obj"))) {
            index.children(object, Set.of("nmod:poss")).stream().filter(p -> !index.token(p).tag().startsWith("PRP")).forEach(found::add);
          }
        }
        if (found.isEmpty() && !slot.prepositions().contains("on")) {
          // "offered to negotiate with Armenia", "promised to continue aid to Mozambique": the
          // controlled verb carries the preposition. Not a topic: "agreed to set up a working
          // group on migrants' rights" is no agreement on the migrants. A gerund the parser hung
          // loose is such a verb too ("will resume issuing visas to Pakistanis").
          List<Integer> complements = new ArrayList<>(index.children(verb, Set.of("xcomp")));
          index.children(verb).stream().filter(d -> VerbObjects.isLooseGerund(index, d)).map(Dependency::dependent).forEach(complements::add);
          for (int complement : complements) {
            found.addAll(prepositionTargetsOf(complement, index.children(complement, Set.of("obj")), slot));
            for (int inner : index.children(complement, Set.of("xcomp"))) {
              found.addAll(prepositionTargetsOf(inner, index.children(inner, Set.of("obj")), slot));
            }
          }
        }
        return found;
      }
      default:
        return List.of();
    }
  }

  /** How a verb names the means it is done by: "by telephone", "over the phone", "via video link". */
  private static final Set<String> MEANS = Set.of("obl:by", "obl:over", "obl:via");

  /** Nouns after one of the slot's prepositions on a verb or on one of its objects. */
  private List<Integer> prepositionTargetsOf(int verb, List<Integer> objects, TargetSlot slot) {
    List<Integer> found = new ArrayList<>();
    for (Dependency d : index.children(verb)) {
      // "tightened checks on Monday": a time is no one an act is aimed at.
      if (inSlot(d, "obl", slot) && !verbObjects.isTime(d.dependent())) {
        found.add(d.dependent());
      }
      // "will set aside a fuel depot at the port of Conakry for Malian importers": the parser hangs
      // a phrase of the slot after a place on the place; places have no beneficiaries.
      if (PLACES.contains(d.relation())) {
        for (Dependency onPlace : index.children(d.dependent())) {
          if (inSlot(onPlace, "nmod", slot) && onPlace.dependent() > d.dependent()) {
            found.add(onPlace.dependent());
          }
        }
      }
    }
    List<Integer> objectNouns = new ArrayList<>(objects);
    if (slot.prepositions().contains(FROM)) {
      // "suspended imports of meat and live animals from Mongolia": where goods come from may be
      // told on what the object is of, or on a noun joined to it.
      for (int object : objects) {
        for (int inner : index.children(object, GOODS_OF)) {
          objectNouns.add(inner);
          objectNouns.addAll(index.children(inner, JOINED));
        }
        objectNouns.addAll(index.children(object, JOINED));
      }
    }
    for (int object : objectNouns) {
      for (Dependency d : index.children(object)) {
        if (inSlot(d, "nmod", slot) && (objects.contains(object) || d.suffix().equals(FROM))) {
          found.add(d.dependent());
        }
        // "would review the development aid it gives Nicaragua": whom a thing is given to, told by
        // the relative clause that describes it, is whom a slot of "to" names.
        // (Only the thing itself given: "the project, which will give its north-eastern states a
        // route to the sea" gives the states a route, not the project.)
        if (d.relation().equals("acl:relcl") && slot.prepositions().contains("to") && objects.contains(object)
            && index.children(d.dependent(), Set.of("obj")).contains(object)) {
          found.addAll(index.children(d.dependent(), Set.of("iobj", "obl:to")));
        }
        // "handed back statues taken from Congo": where things were taken from is told by the
        // participle that describes them; so is whom they were made or held with ("suspended the
        // drills planned with Manila", "an observatory run with China").
        if (d.relation().equals("acl") && isParticiple(d.dependent())) {
          for (String preposition : PARTICIPLES_PREPOSITIONS) {
            if (slot.prepositions().contains(preposition) && (preposition.equals(FROM) || objects.contains(object))) {
              index.children(d.dependent(), Set.of("obl:" + preposition)).forEach(found::add);
            }
          }
        }
      }
    }
    return found;
  }

  private static final String FROM = "from";
  /** The prepositions a participle of the object may carry for the verb: where from, with whom. */
  private static final List<String> PARTICIPLES_PREPOSITIONS = List.of(FROM, "with");
  /** What an object is of ("imports of meat") and nouns joined to it ("meat and live animals"). */
  private static final Set<String> GOODS_OF = Set.of("nmod:of");
  private static final Set<String> JOINED = Set.of("conj:and", "conj:or");
  private static final String WITH = "with";

  /** Where a verb is done: "at the port", "in the capital". */
  private static final Set<String> PLACES = Set.of("obl:at", "obl:in");

  /** An edge of the base relation whose preposition is one of the slot's: {@code obl:with}, {@code nmod:on}. */
  private static boolean inSlot(Dependency d, String baseRelation, TargetSlot slot) {
    return d.baseRelation().equals(baseRelation) && slot.prepositions().contains(d.suffix().replace('_', ' '));
  }

  /** Clauses inside an object phrase, which say something else than the phrase. */
  private static final Set<String> CLAUSES = Set.of("acl:relcl", "ccomp", "advcl", "parataxis", "conj", "appos");

  /**
   * A participle, by its tag or, for one spelled as its base form and tagged so ("an observatory
   * run with China"), by having no "to" or auxiliary, which an infinitive would.
   */
  private boolean isParticiple(int verb) {
    String tag = index.token(verb).tag();
    return tag.equals("VBN") || (tag.equals("VB") && index.children(verb, Set.of("mark", "aux", "aux:pass")).isEmpty());
  }

  /** A rate or amount: "42.7%", "25 percent". */
  private boolean isRate(int token) {
    String word = index.token(token).text().toLowerCase(java.util.Locale.ROOT);
    return word.equals("%") || word.equals("percent") || word.equals("cent");
  }

  private String lemma(int token) {
    return index.lemma(token);
  }
}
