package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Her Botswana counterpart, Duma Boko, expressed regret in a telephone call": what someone's
 * counterpart does with no one named to receive it is done to that someone, the other side of
 * the pair the word makes. Not a plain statement ("his counterpart said"), which is said to the
 * press as often as to anyone.
 */
final class CounterpartTargets {
  /** Nouns for the holder of the same office in another state. */
  private static final Set<String> COUNTERPART_NOUNS = Set.of("counterpart");
  /** The root of plain statements. */
  private static final String STATEMENT = "01";

  private CounterpartTargets() {}

  static List<CodedMention> aim(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      Optional<ActorMention> other = m.target().isEmpty() && !m.type().rootCode().equals(STATEMENT) ? whoseCounterpart(index, actors, m) : Optional.empty();
      result.add(other.map(m::withTarget).orElse(m));
    }
    return result;
  }

  /** The side whose counterpart the event's subject is, when it is another country's. */
  private static Optional<ActorMention> whoseCounterpart(DependencyIndex index, ArticleActors actors, CodedMention m) {
    for (int subject : index.children(m.trigger(), Set.of("nsubj"))) {
      List<Integer> nouns = new ArrayList<>(List.of(subject));
      // "Duma Boko, her Botswana counterpart, …": the title may stand beside the name.
      nouns.addAll(index.children(subject, Set.of("appos")));
      for (int noun : nouns) {
        if (!COUNTERPART_NOUNS.contains(index.lemma(noun))) {
          continue;
        }
        for (int owner : index.children(noun, Set.of("nmod:poss"))) {
          for (ActorMention who : actors.at(owner)) {
            if (who.actor().country().isPresent() && !who.actor().country().equals(m.source().actor().country())) {
              return Optional.of(who);
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
