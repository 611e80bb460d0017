package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "The Gulf Cooperation Council said it stood with its two members", after "Kuwait and Saudi Arabia
 * signed a contract": a body's members are the member states (organisations.tsv) the article
 * named, the latest first, as many as the phrase counts.
 */
final class BodyMembers {
  /** Words for a body's members: "its members", "its member states". */
  private static final Set<String> MEMBER_NOUNS = Set.of("member");

  private final DependencyIndex index;
  private final ActorDictionary dictionary;
  private final MentionHistory history;
  private final ResolvedHeads heads;

  BodyMembers(DependencyIndex index, ActorDictionary dictionary, MentionHistory history, ResolvedHeads heads) {
    this.index = index;
    this.dictionary = dictionary;
    this.history = history;
    this.heads = heads;
  }

  /** Whether an actor is a body of a country's people, not of its state: labour, business, a non-governmental body. */
  private static boolean isBodyOfPeople(Actor actor) {
    return actor.kind() == ActorKind.STATE && actor.country().isPresent()
        && actor.sector().filter(sector -> !ActorResolver.STATE_SECTORS.contains(sector)).isPresent();
  }

  Optional<List<ActorMention>> resolve(Token token, Span span) {
    if (!token.tag().equals("NNS") || !MEMBER_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    List<Actor> owners = index.children(token.index(), Set.of("nmod:poss")).stream()
        .flatMap(owner -> heads.resolve(owner).stream()).map(ActorMention::actor).toList();
    Optional<List<String>> members = owners.stream().filter(a -> a.kind() == ActorKind.ORGANISATION)
        .flatMap(a -> dictionary.organisation(a.code()).stream())
        .map(Organisation::members).filter(m -> !m.isEmpty()).findFirst();
    if (members.isEmpty()) {
      // "A union of Moroccan truckers said its members would stop driving": the members of a
      // body of a country's people (its labour, business, civil society) act as the body does.
      // (Not "its 27 crew members": a word before "members" says who they are.)
      boolean bare = index.children(token.index(), Set.of("compound", "amod")).isEmpty();
      return owners.stream().filter(owner -> bare && isBodyOfPeople(owner)).findFirst()
          .map(body -> List.of(new ActorMention(span, span.of(index.text().text()), body)));
    }
    // The member states named, latest first, one mention each.
    Map<String, Actor> named = new LinkedHashMap<>();
    List<ActorMention> things = new ArrayList<>(history.things());
    java.util.Collections.reverse(things);
    for (ActorMention mention : things) {
      Actor actor = mention.actor();
      if (actor.kind() == ActorKind.STATE && actor.country().filter(members.get()::contains).isPresent()) {
        named.putIfAbsent(actor.country().get(), actor);
      }
    }
    int count = index.children(token.index(), Set.of("nummod")).stream()
        .map(n -> PairPhrases.GROUP_NUMBERS.get(index.token(n).text().toLowerCase(Locale.ROOT))).filter(java.util.Objects::nonNull).findFirst().orElse(named.size());
    if (named.isEmpty() || named.size() < count) {
      return Optional.empty();
    }
    String surface = span.of(index.text().text());
    return Optional.of(named.values().stream().limit(count).map(a -> new ActorMention(span, surface, a)).toList());
  }
}
