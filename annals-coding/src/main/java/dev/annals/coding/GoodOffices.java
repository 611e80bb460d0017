package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "The Southern African Development Community offered to host talks on a joint border post": an
 * offer of good offices (to mediate, to host or hold talks) by a third party, with no one named to
 * receive it, in a story of two states, is made to those two. A third party is an organisation or
 * a state other than the story's two; the two are the states its actors name most, each at least
 * twice, with no third named as often. Only an offer whose sentence names no one else: "agreed to
 * reopen the road in a deal brokered by the United Nations" is brokered between whom it names.
 */
final class GoodOffices {
  /** Offers to meet or negotiate, offers of mediation, and mediating itself. */
  private static final Set<String> GOOD_OFFICES = Set.of("036", "039", "045");
  /** How often each of the two states must be named to make a story of two. */
  private static final int TIMES_NAMED = 2;

  private GoodOffices() {}

  static List<CodedMention> aim(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<ActorMention> pair = storyPair(actors);
    if (pair.size() != 2) {
      return coded.stream().flatMap(m -> betweenThoseWhoActedTogether(coded, m).stream()).toList();
    }
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean thirdParty = m.source().actor().kind() == ActorKind.ORGANISATION
          || (m.source().actor().kind() == ActorKind.STATE && m.source().actor().country().isPresent()
              && pair.stream().noneMatch(p -> p.actor().country().equals(m.source().actor().country())));
      if (m.target().isEmpty() && thirdParty && GOOD_OFFICES.contains(m.type().code()) && namesOnlyItsSource(index, actors, m)) {
        pair.forEach(side -> result.add(m.withTarget(side)));
      } else {
        result.addAll(betweenThoseWhoActedTogether(coded, m));
      }
    }
    return result;
  }

  /** Mediating (045). */
  static final String MEDIATION = "045";

  /**
   * "Saudi Arabia and Yemen's Houthi movement exchanged 168 prisoners ... The exchange followed
   * two weeks of talks in Muscat that Oman mediated": mediation naming no one, which the story's
   * pair does not take, is between the two sides that just did something together, when the
   * mediator is neither.
   */
  private static List<CodedMention> betweenThoseWhoActedTogether(List<CodedMention> coded, CodedMention m) {
    Optional<CodedMention> together = m.target().isEmpty() && m.type().code().equals(MEDIATION)
        ? EarlierEvents.doneTogether(coded, m, EarlierEvents.REACH) : Optional.empty();
    return together.map(t -> List.of(m.withTarget(t.source()), m.withTarget(t.target().get()))).orElse(List.of(m));
  }

  private static boolean namesOnlyItsSource(DependencyIndex index, ArticleActors actors, CodedMention m) {
    dev.annals.model.Span sentence = index.text().sentences().get(m.sentence()).span();
    List<dev.annals.model.Span> apart = clausesOfTheirOwn(index, m);
    return actors.all().stream().filter(a -> sentence.contains(a.span()) && apart.stream().noneMatch(c -> c.contains(a.span())))
        .allMatch(a -> a.actor().code().equals(m.source().actor().code()) || a.span().equals(m.source().span()));
  }

  /**
   * "Brazil offered to mediate, and Peru said it would study the proposal": a clause joined to the
   * sentence with a subject of its own, not holding the offer, names no one the offer is made to.
   */
  private static List<dev.annals.model.Span> clausesOfTheirOwn(DependencyIndex index, CodedMention m) {
    List<dev.annals.model.Span> apart = new ArrayList<>();
    dev.annals.model.Sentence sentence = index.text().sentences().get(m.sentence());
    for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
      for (int joined : index.children(t, Set.of("conj:and", "conj:but"))) {
        List<Integer> clause = index.subtree(joined, Set.of());
        if (!index.children(joined, Set.of("nsubj")).isEmpty() && index.token(joined).isVerb() && !clause.contains(m.trigger())) {
          apart.add(index.spanOf(java.util.Collections.min(clause), java.util.Collections.max(clause)));
        }
      }
    }
    return apart;
  }

  /** The two states the story is about, each by its last country-level mention, or nothing. */
  private static List<ActorMention> storyPair(ArticleActors actors) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, ActorMention> last = new HashMap<>();
    for (ActorMention mention : actors.all()) {
      if (mention.actor().kind() != ActorKind.STATE && mention.actor().kind() != ActorKind.PERSON) {
        continue;
      }
      mention.actor().country().ifPresent(c -> {
        counts.merge(c, 1, Integer::sum);
        if (mention.actor().kind() == ActorKind.STATE && mention.actor().sector().isEmpty()) {
          last.put(c, mention);
        }
      });
    }
    List<String> ranked = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    if (ranked.size() < 2 || counts.get(ranked.get(1)) < TIMES_NAMED || (ranked.size() > 2 && counts.get(ranked.get(2)).equals(counts.get(ranked.get(1))))) {
      return List.of();
    }
    List<ActorMention> pair = new ArrayList<>();
    for (String country : ranked.subList(0, 2)) {
      Optional.ofNullable(last.get(country)).ifPresent(pair::add);
    }
    return pair;
  }
}
