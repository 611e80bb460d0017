package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.ActorMention;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "France's energy minister agreed to let Belgian experts inspect the site": an intent or
 * agreement of no target that lets, allows or permits a side do something is aimed at that side;
 * so is a refusal to let it ("Somalia refused to let a Swedish charter flight land").
 */
final class PermissionsGiven {
  /** Verbs of letting a side act. */
  private static final Set<String> LETTING = Set.of("let", "allow", "permit");
  /** CAMEO's roots of expressing intent to cooperate and of rejecting. */
  private static final Set<String> LETTING_ROOTS = Set.of("03", "12");

  private PermissionsGiven() {}

  /**
   * @param modifierActor the actor a word before a noun names ("Belgian" experts), as {@code
   *     ActorResolver.modifierActor} reads it
   */
  static List<CodedMention> aim(DependencyIndex index, ArticleActors actors, java.util.function.Function<Token, Optional<Actor>> modifierActor, List<CodedMention> coded) {
    return coded.stream().map(m -> m.target().isEmpty() && !m.negated() && LETTING_ROOTS.contains(m.type().rootCode())
        ? sideLet(index, actors, modifierActor, m).map(m::withTarget).orElse(m) : m).toList();
  }

  private static Optional<ActorMention> sideLet(DependencyIndex index, ArticleActors actors, java.util.function.Function<Token, Optional<Actor>> modifierActor,
      CodedMention m) {
    for (int letting : index.children(m.trigger(), Set.of("xcomp"))) {
      if (!LETTING.contains(index.lemma(letting).toLowerCase(Locale.ROOT))) {
        continue;
      }
      // "let Belgian experts inspect": the side is the object, or the parser's subject of the
      // clause let happen ({@code ccomp(let, inspect)}, {@code nsubj(inspect, experts)}).
      List<Integer> sides = new java.util.ArrayList<>(index.children(letting, Set.of("obj", "iobj")));
      index.children(letting, Set.of("ccomp", "xcomp")).forEach(clause -> sides.addAll(index.children(clause, Set.of("nsubj"))));
      for (int side : sides) {
        // "Belgian experts": people of no sector the coder keeps are of the country their adjective names.
        List<ActorMention> candidates = new java.util.ArrayList<>(actors.at(side));
        index.children(side, Set.of("amod", "compound")).forEach(word -> modifierActor.apply(index.token(word))
            .ifPresent(actor -> candidates.add(ActorMention.at(index.token(side), actor))));
        Optional<ActorMention> named = candidates.stream()
            .filter(a -> a.actor().country().isPresent() && !a.actor().country().equals(m.source().actor().country())).findFirst();
        if (named.isPresent()) {
          return named;
        }
      }
    }
    return Optional.empty();
  }
}
