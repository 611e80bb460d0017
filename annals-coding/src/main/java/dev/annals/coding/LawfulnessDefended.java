package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Ecuador's foreign ministry sent a protest note to China's embassy ... The embassy said the
 * vessels were fishing legally in international waters": a side that says its own people or
 * things act lawfully defends them in words (052) against whoever last took it to task, not a
 * plain statement. (What another side does, called lawful, is no defence: its subject names that
 * side.)
 */
final class LawfulnessDefended {
  /** Words that call an act lawful: "fishing legally", "the flights were lawful". */
  private static final Set<String> LAWFUL = Set.of("legally", "lawfully", "legal", "lawful");

  /** Defend verbally (052). */
  private static final String DEFENCE = "052";

  private final EventType defendVerbally;

  LawfulnessDefended(CameoCodebook codebook) {
    this.defendVerbally = codebook.require("052", "lawfulness defended");
  }

  List<CodedMention> read(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      // "Slovakia's foreign ministry defended the police": a state defending its own body answers
      // whoever last took its side to task, not the body.
      if (m.type().code().startsWith(DEFENCE) && m.target().filter(t -> Sides.speaksFor(m.source().actor(), t.actor())).isPresent()) {
        result.add(EarlierEvents.saidToSourceSide(result, m).map(critic -> m.withTarget(ActorMention.at(index.token(m.trigger()), critic))).orElse(m));
        continue;
      }
      // ("rejected the protest, saying ... the patrol was lawful": a participle tells the act it
      // hangs on again, the rejection, and is no defence of its own.)
      boolean participle = index.token(m.trigger()).tag().equals("VBG");
      if (!m.type().code().equals("010") || !m.speech() || participle || m.source().actor().country().isEmpty() || !defendsOwnSide(index, actors, m)) {
        result.add(m);
        continue;
      }
      // A defence answers someone: with no one who took the speaker's side to task before ("We
      // have acted both legally and constitutionally," Spicer said), the words stay a statement.
      CodedMention defence = m.withType(defendVerbally);
      result.add(EarlierEvents.saidToSourceSide(result, m).map(critic -> defence.withTarget(ActorMention.at(index.token(m.trigger()), critic))).orElse(m));
    }
    return result;
  }

  /** "its boats", "Chile's boats" in the speaker's own words: the speaker's own. */
  private static boolean ownedBySpeaker(DependencyIndex index, ArticleActors actors, CodedMention m, int thing) {
    return index.children(thing, Set.of("nmod:poss")).stream().anyMatch(p -> index.token(p).tag().equals("PRP$")
        || actors.at(p).stream().anyMatch(a -> a.actor().country().equals(m.source().actor().country())));
  }

  /** The statement says that what the speaker's side does is lawful: its clause has a side of its own for subject and a word of lawfulness. */
  private static boolean defendsOwnSide(DependencyIndex index, ArticleActors actors, CodedMention m) {
    for (int clause : index.children(m.trigger(), Set.of("ccomp"))) {
      boolean lawful = LAWFUL.contains(index.lemma(clause).toLowerCase(java.util.Locale.ROOT)) && !index.children(clause, Set.of("cop")).isEmpty()
          || index.children(clause, Set.of("advmod")).stream().anyMatch(a -> LAWFUL.contains(index.lemma(a).toLowerCase(java.util.Locale.ROOT)));
      // "the vessels", named before with no side of their own here, or "its boats", are taken as
      // the speaker's: one defends what is one's own.
      List<Integer> subjects = index.children(clause, Set.of("nsubj", "nsubj:pass"));
      boolean ownSide = subjects.stream().flatMap(s -> actors.at(s).stream()).anyMatch(a -> a.actor().country().equals(m.source().actor().country()))
          || subjects.stream().anyMatch(s -> actors.at(s).isEmpty() && index.token(s).isNoun() && !index.token(s).isProperNoun()
              && (index.isDefinite(s) || ownedBySpeaker(index, actors, m, s)));
      if (lawful && ownSide) {
        return true;
      }
    }
    return false;
  }
}
