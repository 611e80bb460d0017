package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorKind;
import java.util.Optional;
import java.util.Set;

/**
 * "Kostunica promised to democratize Serbia": an intent whose content names the source's own
 * country is a domestic pledge, not a parse that missed its target, so it is kept without one
 * (a promise to one's own country is no relation between two actors).
 */
final class DomesticPledges {
  /** What an intent promises: "promised [to democratize Serbia]". */
  private static final Set<String> CLAUSAL_COMPLEMENTS = Set.of("ccomp", "xcomp");

  private DomesticPledges() {}

  static boolean isPledge(DependencyIndex index, ArticleActors actors, CodedMention m) {
    Optional<String> country = m.source().actor().country();
    if (!m.type().rootCode().equals("03") || country.isEmpty()) {
      return false;
    }
    for (var d : index.children(m.trigger())) {
      if (!CLAUSAL_COMPLEMENTS.contains(d.relation())) {
        continue;
      }
      for (int token : index.subtree(d.dependent(), Set.of("nsubj:xsubj", "nsubj"))) {
        boolean ownCountry = actors.at(token).stream().anyMatch(a -> a.actor().kind() == ActorKind.STATE
            && a.actor().sector().isEmpty() && a.actor().country().equals(country));
        if (ownCountry) {
          return true;
        }
      }
    }
    return false;
  }
}
