package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The European Commission said it had sent four more aircraft ... after Skopje asked for
 * assistance": a request for aid of no addressee, in a clause that tells when or why another side
 * acted, was made of that side, which answered it.
 */
final class AidAskedOfTheGiver {
  /** CAMEO's appeal for aid, and its kinds (0231 economic ... 0234 protection). */
  private static final String AID_APPEAL = "023";
  /** Clauses that tell what an act answered: "after Skopje asked", "when Skopje asked", "because Skopje asked". */
  private static final Set<String> ANSWERING = Set.of("advcl:after", "advcl:when", "advcl:because", "advcl:as");

  private AidAskedOfTheGiver() {}

  static List<CodedMention> aim(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    return coded.stream().map(m -> m.target().isEmpty() && !m.negated() && m.type().code().startsWith(AID_APPEAL)
        ? giver(index, actors, m).map(m::withTarget).orElse(m) : m).toList();
  }

  private static Optional<ActorMention> giver(DependencyIndex index, ArticleActors actors, CodedMention m) {
    for (Dependency clause : index.parents(m.trigger())) {
      if (clause.governor() < 0 || !ANSWERING.contains(clause.relation())) {
        continue;
      }
      for (int subject : index.children(clause.governor(), Set.of("nsubj"))) {
        Optional<ActorMention> side = actors.at(subject).stream()
            .filter(a -> a.actor().country().isPresent() || a.actor().kind() == dev.annals.model.ActorKind.ORGANISATION)
            .filter(a -> !a.actor().equals(m.source().actor())).findFirst();
        if (side.isPresent()) {
          return side;
        }
      }
    }
    return Optional.empty();
  }
}
