package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Workers at three German-owned car wiring factories near Sousse went on strike on Monday to
 * demand a 15 percent pay rise": a strike, or a demand made with it, by the people of a workplace
 * that a business of a country owns, naming no one it is aimed at, is aimed at that business,
 * their employer, not at their own government.
 */
final class StrikesAtOwnedWorkplaces {
  /** Strikes and boycotts. */
  private static final String STRIKE = "143";
  /** Demands. */
  private static final String DEMAND_ROOT = "10";
  private static final String BUSINESS = "BUS";

  private StrikesAtOwnedWorkplaces() {}

  static List<CodedMention> aim(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    return coded.stream().map(m -> m.target().isEmpty() && !m.negated() && (m.type().code().startsWith(STRIKE) || m.type().rootCode().equals(DEMAND_ROOT))
        ? employer(index, actors, m).map(m::withTarget).orElse(m) : m).toList();
  }

  /** The business of a country that owns the workplace the source's phrase places its people at: "workers at … factories". */
  private static Optional<ActorMention> employer(DependencyIndex index, ArticleActors actors, CodedMention m) {
    return index.lastTokenIn(m.source().span()).stream().flatMap(head -> index.children(head, Set.of("nmod:at")).stream())
        .flatMap(workplace -> actors.at(workplace).stream())
        .filter(owner -> owner.actor().sector().filter(BUSINESS::equals).isPresent() && owner.actor().country().isPresent())
        .findFirst();
  }
}
