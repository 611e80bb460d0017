package dev.annals.coding.actors;

import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors of one article, by the token that heads each mention. A head may stand for several
 * actors ("the two countries", "they").
 */
public final class ArticleActors {
  private final Map<Integer, List<ActorMention>> byHead;
  private final java.time.LocalDate when;

  ArticleActors(Map<Integer, List<ActorMention>> byHead, java.time.LocalDate when) {
    this.when = when;
    Map<Integer, List<ActorMention>> copy = new HashMap<>();
    byHead.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.byHead = Collections.unmodifiableMap(copy);
  }

  /** The day the article's actors were resolved for (dated codes hold on it). */
  public java.time.LocalDate when() {
    return when;
  }

  /** The actors the noun phrase headed by this token refers to; empty when it is no actor. */
  public List<ActorMention> at(int headToken) {
    return byHead.getOrDefault(headToken, List.of());
  }

  /** Every mention once, in text order. */
  public List<ActorMention> all() {
    List<ActorMention> all = new ArrayList<>();
    byHead.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> e.getValue().forEach(m -> {
          if (!all.contains(m)) {
            all.add(m);
          }
        }));
    all.sort(Comparator.comparingInt(m -> m.span().start()));
    return all;
  }
}
