package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What coordination does to the actors of a phrase: coordinated countries or owners name one
 * actor each ("Hungarian and Romanian officials"), and a group of no country takes the country
 * of the phrase it is coordinated with ("Israeli helicopters and tanks").
 */
final class Coordination {
  private final DependencyIndex index;
  private final StateActors states;
  private final ModifierActors modifiers;
  private final ResolvedHeads heads;

  Coordination(DependencyIndex index, StateActors states, ModifierActors modifiers, ResolvedHeads heads) {
    this.index = index;
    this.states = states;
    this.modifiers = modifiers;
    this.heads = heads;
  }

  /**
   * "Israeli helicopters and tanks": a country adjective on the first of coordinated nouns
   * places the groups the others name.
   */
  List<ActorMention> sharedCountry(int firstConjunct, List<ActorMention> conjunct) {
    if (conjunct.isEmpty() || conjunct.stream().anyMatch(m -> m.actor().kind() != ActorKind.GROUP || m.actor().country().isPresent())) {
      return conjunct;
    }
    Optional<String> iso3 = index.children(firstConjunct).stream()
        .filter(d -> d.relation().equals("amod") || d.relation().equals("compound"))
        .map(d -> modifiers.modifierActor(index.token(d.dependent())).filter(a -> a.kind() == ActorKind.STATE).flatMap(Actor::country))
        .flatMap(Optional::stream).findFirst();
    if (iso3.isEmpty()) {
      return conjunct;
    }
    return conjunct.stream().map(m -> new ActorMention(m.span(), m.surface(), states.stateActor(iso3.get(), m.actor().sector()))).toList();
  }

  /**
   * "South African growers accused Gaborone of breaking the rules, and truck drivers blocked the
   * border post": people of no country who do the second of two joined clauses are of the
   * country of the people who do the first (not of the state's: "Police arrested ..., and
   * protesters marched" says nothing of where the protesters are from). Likewise a state's
   * office of no country is of the country whose state body does the first ("Sudan's army sent
   * reinforcements, and the foreign ministry accused Ethiopian militias").
   */
  List<ActorMention> sharedCountryOfJoinedClause(int head, List<ActorMention> found) {
    boolean people = !found.isEmpty() && found.stream().allMatch(m -> isPeopleOfNoCountry(m.actor()));
    boolean office = !found.isEmpty() && found.stream().allMatch(m -> isOfficeOfNoCountry(m.actor()));
    if (!people && !office) {
      return found;
    }
    Optional<Integer> verb = index.head(head).filter(d -> d.relation().equals("nsubj") && d.governor() >= 0).map(Dependency::governor);
    // The second clause opens with ", and": the parser may hang it on a word of the first
    // ({@code dep(breaking, blocked)}); the first clause's doer is the nearest subject above.
    int opening = head;
    while (opening > 0 && PHRASE_WORD_TAGS.stream().anyMatch(index.token(opening - 1).tag()::startsWith)) {
      opening--;
    }
    boolean afterAnd = opening >= 2 && index.token(opening - 1).text().equalsIgnoreCase("and") && index.token(opening - 2).text().equals(",");
    Optional<Integer> first = verb.flatMap(v -> index.parents(v).stream()
        .filter(d -> d.governor() >= 0 && d.governor() < head && (d.relation().equals("conj:and") || (afterAnd && JOINED_LOOSELY.contains(d.relation()))))
        .map(Dependency::governor).findFirst());
    for (int steps = 0; steps < 3 && first.isPresent() && index.children(first.get(), Set.of("nsubj")).isEmpty(); steps++) {
      first = index.head(first.get()).map(Dependency::governor).filter(g -> g >= 0);
    }
    if (first.isEmpty()) {
      return found;
    }
    for (int subject : index.children(first.get(), Set.of("nsubj"))) {
      if (subject == head) {
        continue;
      }
      List<ActorMention> doers = heads.resolve(subject);
      Optional<String> iso3 = doers.stream().map(ActorMention::actor)
          .filter(a -> a.kind() != ActorKind.PERSON && a.country().isPresent() && a.sector().isPresent() && ActorResolver.STATE_SECTORS.contains(a.sector().get()) == office)
          .map(a -> a.country().get()).distinct().reduce((a, b) -> a.equals(b) ? a : "");
      if (iso3.isPresent() && !iso3.get().isEmpty()) {
        return found.stream().map(m -> new ActorMention(m.span(), m.surface(), states.stateActor(iso3.get(), m.actor().sector()))).toList();
      }
    }
    return found;
  }

  /** Words a noun phrase opens with before its head, which the parser may hang elsewhere ("truck drivers"). */
  private static final List<String> PHRASE_WORD_TAGS = List.of("NN", "JJ", "DT", "CD");
  /** How the parser may hang a clause after ", and" on the clause before it. */
  private static final Set<String> JOINED_LOOSELY = Set.of("dep", "parataxis", "conj:and", "ccomp");

  private static boolean isOfficeOfNoCountry(Actor actor) {
    return actor.kind() != ActorKind.PERSON && actor.country().isEmpty() && actor.sector().filter(ActorResolver.STATE_SECTORS::contains).isPresent();
  }

  private static boolean isPeopleOfNoCountry(Actor actor) {
    return actor.kind() == ActorKind.GROUP && actor.country().isEmpty() && actor.sector().filter(ActorResolver.STATE_SECTORS::contains).isEmpty()
        && actor.sector().isPresent();
  }

  /**
   * "Hungarian and Romanian officials", "U.S. and Russian negotiators": coordinated country
   * modifiers of one noun name one actor each, with the noun's sector.
   */
  List<ActorMention> withCoordinatedCountries(int head, List<ActorMention> found) {
    if (found.size() != 1 || found.get(0).actor().kind() != ActorKind.STATE || found.get(0).actor().country().isEmpty()) {
      return found;
    }
    ActorMention first = found.get(0);
    List<ActorMention> all = new ArrayList<>(found);
    for (Dependency modifier : index.children(head)) {
      if (!modifier.relation().equals("amod") && !modifier.relation().equals("compound")) {
        continue;
      }
      List<Integer> joined = new ArrayList<>();
      for (Dependency conjunct : index.children(modifier.dependent())) {
        if (conjunct.baseRelation().equals("conj")) {
          joined.add(conjunct.dependent());
        }
      }
      // "Australian and New Zealand military aircraft": the phrase found the two-word name, so
      // the first modifier, joined to its last word, is the other country.
      if (!joined.isEmpty()) {
        joined.add(0, modifier.dependent());
      }
      for (int conjunct : joined) {
        Optional<String> iso3 = modifiers.modifierActor(index.token(conjunct)).flatMap(Actor::country);
        if (iso3.isPresent() && all.stream().noneMatch(m -> m.actor().country().equals(iso3))) {
          all.add(new ActorMention(first.span(), first.surface(), states.stateActor(iso3.get(), first.actor().sector())));
        }
      }
    }
    return all;
  }

  /**
   * "Lawmakers in Fornost and Gondor", "the ambassadors of Arnor, Osgiliath and Gondor": a
   * sector noun owned by coordinated countries stands for that sector of each.
   */
  List<ActorMention> withEveryOwner(int head, List<ActorMention> found) {
    if (found.size() != 1 || found.get(0).actor().sector().isEmpty() || found.get(0).actor().kind() != ActorKind.STATE) {
      return found;
    }
    ActorMention one = found.get(0);
    String sector = one.actor().sector().get();
    // The owners one relation names: "in Fornost and Gondor". Two relations name an owner and a
    // place ("Algeria's embassy in Bamako"), not two owners.
    java.util.Map<String, List<String>> ownersByRelation = new java.util.HashMap<>();
    for (Dependency d : index.children(head)) {
      boolean ownerRelation = d.relation().equals("nmod:in") || d.relation().equals("nmod:of") || d.relation().equals("nmod:poss") || d.relation().equals("nmod:from");
      if (!ownerRelation || d.dependent() == head) {
        continue;
      }
      List<String> owners = ownersByRelation.computeIfAbsent(d.relation(), r -> new ArrayList<>());
      for (ActorMention owner : heads.resolve(d.dependent())) {
        owner.actor().country().filter(c -> owner.actor().kind() == ActorKind.STATE && !owners.contains(c)).ifPresent(owners::add);
      }
    }
    // Only when the owners made the actor: "the Russian embassy in Warsaw" is Russia's alone.
    List<String> owners = ownersByRelation.values().stream().filter(o -> o.size() >= 2 && o.contains(one.actor().country().orElse(""))).findFirst().orElse(List.of());
    if (owners.isEmpty()) {
      return found;
    }
    List<ActorMention> all = new ArrayList<>(found);
    for (String country : owners) {
      if (all.stream().noneMatch(m -> m.actor().country().equals(Optional.of(country)))) {
        all.add(new ActorMention(one.span(), one.surface(), states.stateActor(country, Optional.of(sector))));
      }
    }
    return all;
  }

  /**
   * "Lawmakers and officials in A", "Danish media and government": a group of no country
   * coordinated with one that has a country (or several) belongs to the same.
   */
  List<ActorMention> withCountryOfConjunct(int head, List<ActorMention> found) {
    if (found.size() != 1 || found.get(0).actor().kind() != ActorKind.GROUP || found.get(0).actor().country().isPresent()) {
      return found;
    }
    ActorMention group = found.get(0);
    for (Dependency d : index.parents(head)) {
      if (!d.baseRelation().equals("conj") || d.governor() < 0 || d.governor() == head) {
        continue;
      }
      List<ActorMention> placed = new ArrayList<>();
      for (ActorMention first : heads.resolve(d.governor())) {
        Optional<String> country = first.actor().country();
        if (first.actor().kind() == ActorKind.STATE && country.isPresent() && first.actor().sector().isPresent()
            && placed.stream().noneMatch(m -> m.actor().country().equals(country))) {
          placed.add(new ActorMention(group.span(), group.surface(), states.stateActor(country.get(), group.actor().sector())));
        }
      }
      if (!placed.isEmpty()) {
        return placed;
      }
    }
    return found;
  }
}
