package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Finland's minister asked for a meeting of officials from both sides": a meeting asked for,
 * offered or proposed with no one named to receive the request, between a pair of sides the
 * asker is one of ("both sides", "the two countries"), is asked of the other side of the pair.
 */
final class MeetingsOfBothSides {
  /** Nouns of the meetings such a request is for. */
  private static final Set<String> MEETING_NOUNS = Set.of("meeting", "talk", "negotiation", "dialogue", "summit", "consultation", "discussion");
  /** Roots of appeals (02) and of intents (03), which ask for or offer a meeting. */
  private static final Set<String> ASKING_ROOTS = Set.of("02", "03");
  /** The relations by which a verb of asking or offering takes the meeting: "asked for", "proposed". */
  private static final Set<String> TAKING = Set.of("obj", "obl:for");

  private MeetingsOfBothSides() {}

  static List<CodedMention> aim(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      Optional<ActorMention> other = m.target().isEmpty() && ASKING_ROOTS.contains(m.type().rootCode()) ? otherSide(index, actors, m) : Optional.empty();
      result.add(other.map(m::withTarget).orElse(m));
    }
    return result;
  }

  /** The other member of a pair named in the phrase of the meeting the mention asks for. */
  private static Optional<ActorMention> otherSide(DependencyIndex index, ArticleActors actors, CodedMention m) {
    Optional<String> own = m.source().actor().country();
    if (own.isEmpty()) {
      return Optional.empty();
    }
    for (int meeting : index.children(m.trigger(), TAKING)) {
      if (!MEETING_NOUNS.contains(index.lemma(meeting))) {
        continue;
      }
      for (int word : index.subtree(meeting, Set.of("acl", "acl:relcl"))) {
        List<ActorMention> pair = actors.at(word);
        if (word == meeting || pair.size() != 2 || pair.stream().noneMatch(a -> a.actor().country().equals(own))) {
          continue;
        }
        Optional<ActorMention> other = pair.stream().filter(a -> a.actor().country().isPresent() && !a.actor().country().equals(own)).findFirst();
        if (other.isPresent()) {
          return other;
        }
      }
    }
    return Optional.empty();
  }
}
