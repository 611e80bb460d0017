package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "The European Commission said on Saturday that Lithuania had applied the sanctions correctly": a
 * side that says another acted rightly approves of its conduct (051, praise or endorse), as "praised
 * Lithuania for applying the sanctions" does. The approving words are adverbs of doing a thing right
 * on the reported clause's verb; its subject is the side approved, of another side than the
 * speaker's (a side that says it acted lawfully itself defends itself: {@link LawfulnessDefended}).
 * Said not to have acted rightly ("saying Prague had not properly assessed the risks"), the side is
 * criticised (111), not praised in the negative.
 */
final class ApprovedConduct {
  /** Adverbs that say a deed was done right. */
  private static final Set<String> RIGHTLY = Set.of("correctly", "rightly", "properly", "appropriately", "responsibly", "lawfully", "legitimately");
  private static final String PRAISE = "051";
  private static final String CRITICISE = "111";

  private final EventType praise;
  private final EventType criticism;

  ApprovedConduct(CameoCodebook codebook) {
    this.praise = codebook.require(PRAISE, "conduct approved in what is said");
    this.criticism = codebook.require(CRITICISE, "conduct said not to be right");
  }

  List<CodedMention> read(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    return SaidJudgments.add(index, coded, (speech, said) -> {
      if (coded.stream().anyMatch(c -> c.trigger() == said) || index.children(said, Set.of("advmod")).stream()
          .noneMatch(a -> RIGHTLY.contains(index.token(a).text().toLowerCase(Locale.ROOT)))) {
        return Optional.empty();
      }
      boolean not = index.hasChildLemma(said, "advmod", Set.of("not"));
      return index.children(said, Set.of("nsubj")).stream().flatMap(s -> actors.at(s).stream())
          .filter(a -> !Sides.speaksFor(speech.source().actor(), a.actor())).findFirst()
          .map(side -> new CodedMention(speech.sentence(), said, List.of(said, speech.trigger()), speech.source(), Optional.of(side),
              not ? criticism : praise, Modality.ASSERTED, false, false, speech.tense(), (not ? "conduct faulted: " : "conduct approved: ") + index.lemma(said)));
    });
  }
}
