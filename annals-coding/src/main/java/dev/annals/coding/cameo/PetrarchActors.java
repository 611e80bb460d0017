package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Sentence;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Actors as PETRARCH's phrase-structure reading finds them around a verb: any actor name in a
 * phrase, actors named inside the subject, the first actor after the verb in its clause.
 */
final class PetrarchActors {
  private final DependencyIndex index;
  private final ArticleActors actors;
  private final ActorResolver resolver;
  private final NounActors nounActors;

  PetrarchActors(DependencyIndex index, ArticleActors actors, ActorResolver resolver, NounActors nounActors) {
    this.index = index;
    this.actors = actors;
    this.resolver = resolver;
    this.nounActors = nounActors;
  }

  /**
   * The actors a token heads, else the actor its word names even inside another noun's phrase
   * ("an anti- Gondor parade"), as PETRARCH reads any actor name in a phrase.
   */
  List<ActorMention> orNamed(int token) {
    List<ActorMention> direct = nounActors.of(List.of(token));
    if (!direct.isEmpty()) {
      return direct;
    }
    Token word = index.token(token);
    if (!word.isProperNoun() && !word.tag().startsWith("JJ")) {
      return List.of();
    }
    return resolver.modifierActor(word, actors.when()).map(a -> List.of(ActorMention.at(word, a))).orElse(List.of());
  }

  /** Actors named inside the phrase of the verb's subject (or its controller's), by PETRARCH's reading. */
  List<ActorMention> namedInsideSubject(int verb) {
    int current = verb;
    for (int depth = 0; depth < 4; depth++) {
      List<Integer> subjects = index.children(current, Set.of("nsubj", "nsubj:pass"));
      if (!subjects.isEmpty()) {
        List<ActorMention> found = new ArrayList<>();
        for (int subject : subjects) {
          List<Integer> heads = new ArrayList<>(List.of(subject));
          index.children(subject).stream().filter(d -> d.baseRelation().equals("conj")).forEach(d -> heads.add(d.dependent()));
          for (int head : heads) {
            for (Dependency d : index.children(head)) {
              if (Set.of("compound", "amod", "nmod:poss", "nmod:of", "flat").contains(d.relation())) {
                found.addAll(orNamed(d.dependent()));
              }
            }
          }
        }
        return ActorMentions.distinct(found);
      }
      Optional<Dependency> up = index.head(current).filter(d -> d.relation().equals("xcomp") || d.baseRelation().equals("conj"));
      if (up.isEmpty() || up.get().governor() < 0) {
        return List.of();
      }
      current = up.get().governor();
    }
    return List.of();
  }

  /**
   * The first actor after the verb in its own clause, with the actors coordinated with it. A
   * phrase counts by its head ("Gondor's government", not "Gondor"), and a pronoun for the
   * sources ("welcomed their resumption of ties with Osgiliath") is passed over.
   */
  List<ActorMention> firstInClause(Sentence sentence, int verb, List<ActorMention> sources) {
    Set<String> stops = Set.of("nsubj", "nsubj:pass", "csubj", "advcl", "ccomp", "parataxis", "conj", "acl:relcl", "punct", "nsubj:xsubj");
    List<ActorMention> inClause = firstActorAmong(index.subtree(verb, stops), verb, sources);
    if (!inClause.isEmpty()) {
      return inClause;
    }
    // "allowed that Mordor isn't a pleasant place": the complement's actor, its subject too;
    // and a purpose clause ("signed an accord to supply Gondor"), not a clause of time or cause.
    Set<String> fewerStops = Set.of("advcl:after", "advcl:before", "advcl:when", "advcl:while", "advcl:until", "advcl:if", "advcl:because", "advcl:as",
        "advcl:since", "advcl:though", "advcl:although", "parataxis", "conj", "acl:relcl", "punct");
    Set<Integer> ownSubject = new HashSet<>();
    for (Dependency d : index.children(verb)) {
      if (d.relation().startsWith("nsubj") || d.relation().equals("csubj")) {
        ownSubject.addAll(index.subtree(d.dependent(), Set.of()));
      }
    }
    List<ActorMention> inComplement = firstActorAmong(index.subtree(verb, fewerStops).stream().filter(t -> !ownSubject.contains(t)).toList(), verb, sources);
    if (!inComplement.isEmpty()) {
      return inComplement;
    }
    // A parse that hangs "with Gondor" on a later verb: the next named actor in the text, as
    // PETRARCH's phrase-structure reading of the verb phrase would find it; not one in an
    // adverbial clause of the verb's own ("after a hafling was reported at Cirith Ungol").
    Set<Integer> elsewhere = new HashSet<>(ownSubject);
    for (Dependency d : index.children(verb)) {
      if (d.baseRelation().equals("advcl")) {
        elsewhere.addAll(index.subtree(d.dependent(), Set.of()));
      }
    }
    // Nor the subject of another verb ("..., a senior Bree official said").
    for (int t = verb + 1; t < sentence.endToken(); t++) {
      for (Dependency d : index.parents(t)) {
        if (d.relation().startsWith("nsubj") && d.governor() != verb) {
          elsewhere.addAll(index.subtree(t, Set.of()));
        }
      }
    }
    List<Integer> rest = new ArrayList<>();
    for (int t = verb + 1; t < sentence.endToken(); t++) {
      if (!elsewhere.contains(t)) {
        rest.add(t);
      }
    }
    return firstActorAmong(rest, verb, sources).stream().filter(m -> m.actor().country().isPresent()).toList();
  }

  private List<ActorMention> firstActorAmong(List<Integer> tokens, int verb, List<ActorMention> sources) {
    Set<String> insidePhrase = Set.of("nmod:poss", "compound", "amod", "flat", "nummod", "det");
    for (int t : tokens) {
      if (t <= verb || orNamed(t).isEmpty()) {
        continue;
      }
      int head = t;
      for (Optional<Dependency> up = index.head(head); up.isPresent() && insidePhrase.contains(up.get().relation()) && up.get().governor() >= 0
          && !actors.at(up.get().governor()).isEmpty(); up = index.head(head)) {
        head = up.get().governor();
      }
      List<ActorMention> here = orNamed(head);
      boolean allSources = here.stream().allMatch(a -> sources.stream().anyMatch(s -> s.actor().code().equals(a.actor().code())));
      if (allSources) {
        continue;
      }
      List<ActorMention> group = new ArrayList<>(here);
      index.children(head).stream().filter(d -> d.baseRelation().equals("conj")).forEach(d -> group.addAll(orNamed(d.dependent())));
      return ActorMentions.distinct(group);
    }
    return List.of();
  }
}
