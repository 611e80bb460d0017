package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Kuwaiti police detained about 300 Indian workers …, India's embassy in Kuwait said, adding that
 * it had asked for consular access to them": access to people asked for with no addressee is asked
 * of the side the story told holding them, a side of another country than the asker's.
 */
final class AccessAskedOfTheHolder {
  /** CAMEO's appeal for access (0255), and the demand for it (1055). */
  private static final Set<String> ACCESS_ASKED = Set.of("0255", "1055");
  /** Detentions and arrests (173), by whose side the people are held. */
  private static final String HOLDING = "173";

  private AccessAskedOfTheHolder() {}

  static List<CodedMention> aim(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    return coded.stream().map(m -> m.target().isEmpty() && !m.negated() && ACCESS_ASKED.contains(m.type().code())
        ? holder(index, actors, coded, m).map(m::withTarget).orElse(m) : m).toList();
  }

  private static Optional<ActorMention> holder(DependencyIndex index, ArticleActors actors, List<CodedMention> coded, CodedMention m) {
    // Whom access is asked to: "access to them", on the access noun the verb asks for.
    List<ActorMention> held = m.anchors().stream().flatMap(a -> index.children(a).stream())
        .flatMap(d -> index.children(d.dependent(), Set.of("nmod:to")).stream()).flatMap(p -> actors.at(p).stream()).toList();
    for (ActorMention people : held) {
      Optional<ActorMention> holder = coded.stream().filter(c -> c.type().code().startsWith(HOLDING) && c.sentence() <= m.sentence())
          .filter(c -> c.target().filter(t -> t.actor().equals(people.actor())).isPresent())
          .map(CodedMention::source).filter(s -> s.actor().country().isPresent() && !s.actor().country().equals(m.source().actor().country()))
          .reduce((first, second) -> second);
      if (holder.isPresent()) {
        return holder;
      }
    }
    return Optional.empty();
  }
}
